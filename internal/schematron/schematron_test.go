package schematron

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// rulesDir finds shared/standards/peppol-bis-billing-3 beside the checkout
// or a folder above it (a worktree sits deeper than the main checkout).
func rulesDir(t *testing.T) string {
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for ; dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		p := filepath.Join(dir, "shared", "standards", "peppol-bis-billing-3")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Fatal("no shared/standards/peppol-bis-billing-3 above the checkout")
	return ""
}

// saxon returns the command that runs Saxon-HE, or skips outside CI when
// it is not installed (.ci/run installs it and fails on skips).
func saxon(t *testing.T) []string {
	jar := os.Getenv("MATCHPOINT_SAXON_JAR")
	if jar == "" {
		jar = "/usr/share/java/Saxon-HE.jar"
	}
	if _, err := os.Stat(jar); err != nil {
		t.Skipf("Saxon-HE not installed (%s): apt-get install libsaxonhe-java", jar)
	}
	return []string{"java", "-cp", jar, "net.sf.saxon.Transform"}
}

// Issue 17: the Peppol BIS Billing 3.0 rules compile to XSLT that Saxon
// runs; the official examples pass, and a copy without buyer reference and
// with an unknown endpoint scheme fails with exactly those two rules.
func TestPeppolRules_I17(t *testing.T) {
	rules := rulesDir(t)
	sch, err := os.Open(filepath.Join(rules, "sch", "PEPPOL-EN16931-UBL.sch"))
	if err != nil {
		t.Fatal(err)
	}
	defer sch.Close()
	xsl, err := Compile(sch)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(xsl, []byte("<xsl:if test=")); n < 150 {
		t.Fatalf("only %d asserts compiled", n)
	}
	cmd := saxon(t)
	dir := t.TempDir()
	xslPath := filepath.Join(dir, "peppol.xsl")
	if err := os.WriteFile(xslPath, xsl, 0o644); err != nil {
		t.Fatal(err)
	}
	example := filepath.Join(rules, "examples", "base-example.xml")
	orig, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(orig), "<cbc:BuyerReference>0150abc</cbc:BuyerReference>", "", 1)
	broken = strings.Replace(broken, `schemeID="0088">9482348239847239874`, `schemeID="9999">9482348239847239874`, 1)
	brokenPath := filepath.Join(dir, "broken.xml")
	if err := os.WriteFile(brokenPath, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	// One Saxon run over a folder: the official examples and the broken copy.
	docs, results := filepath.Join(dir, "docs"), filepath.Join(dir, "results")
	if err := errors.Join(os.MkdirAll(docs, 0o755), os.MkdirAll(results, 0o755)); err != nil {
		t.Fatal(err)
	}
	examples, _ := filepath.Glob(filepath.Join(rules, "examples", "*.xml"))
	for _, ex := range examples {
		data, err := os.ReadFile(ex)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(docs, filepath.Base(ex)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Rename(brokenPath, filepath.Join(docs, "broken.xml")); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(cmd[0], append(cmd[1:], "-s:"+docs, "-xsl:"+xslPath, "-o:"+results)...).CombinedOutput(); err != nil {
		t.Fatalf("saxon: %v\n%s", err, out)
	}
	read := func(name string) string {
		out, err := os.ReadFile(filepath.Join(results, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	for _, ex := range examples {
		if out := read(filepath.Base(ex)); strings.Contains(out, "fatal ") {
			t.Errorf("official example %s fails:\n%s", filepath.Base(ex), out)
		}
	}
	out := read("broken.xml")
	for _, id := range []string{"PEPPOL-EN16931-R003", "PEPPOL-EN16931-CL008"} {
		if !strings.Contains(out, "fatal "+id+":") {
			t.Errorf("the broken example does not fail %s:\n%s", id, out)
		}
	}
	if n := strings.Count(out, "fatal "); n != 2 {
		t.Errorf("%d failures, want 2:\n%s", n, out)
	}
}
