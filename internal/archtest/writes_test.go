package archtest

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

const module = "github.com/matchpoint/matchpoint"

// load type-checks the store and the packages matching patterns from
// source, all in one load so that they share the store's objects.
func load(t *testing.T, patterns ...string) (store *packages.Package, others []*packages.Package) {
	t.Helper()
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo,
		Dir:  filepath.Join("..", ".."),
	}
	pkgs, err := packages.Load(cfg, append([]string{module + "/store"}, patterns...)...)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("the packages do not type-check")
	}
	for _, p := range pkgs {
		if p.PkgPath == module+"/store" {
			store = p
		} else {
			others = append(others, p)
		}
	}
	if store == nil {
		t.Fatal("store not loaded")
	}
	return store, others
}

// TestWebDoesNotWrite fails when a package under web/ or cmd/ (test
// helpers aside) calls a store function that writes: every change of data
// goes through a service use case (issue 14). The commands may still call
// the writing methods of store.DB, which work on the database as a whole
// (Migrate, Backup, Restore), not on an agency's data.
func TestWebDoesNotWrite(t *testing.T) {
	st, web := load(t, module+"/web/...", module+"/cmd/...")
	writers := StoreWriters(st)
	var checked []*packages.Package
	for _, p := range web {
		if isTestHelper(p.PkgPath) {
			continue
		}
		checked = append(checked, p)
	}
	if len(checked) < 5 {
		t.Fatalf("only %d web packages loaded", len(checked))
	}
	for _, f := range WriteCalls(checked, writers) {
		if strings.Contains(f.Pos, "/cmd/") && strings.HasPrefix(f.Callee, "(*"+module+"/store.DB).") {
			continue // the commands migrate, back up and restore the database as a whole
		}
		t.Errorf("writes through the store, not a service use case: %s", f)
	}
}

// isTestHelper names the packages that only tests import (fixtures).
func isTestHelper(path string) bool {
	return strings.HasSuffix(path, "test") // web/webtest, web/browsertest
}

// TestWriteCallsFindsAWrite proves the test above can fail: the fixture
// writes through the store twice (a call in a transaction and a method
// value) and reads once.
func TestWriteCallsFindsAWrite(t *testing.T) {
	st, fx := load(t, "./internal/archtest/testdata/webfixture")
	found := WriteCalls(fx, StoreWriters(st))
	src, err := os.ReadFile(filepath.Join("testdata", "webfixture", "fixture.go"))
	if err != nil {
		t.Fatal(err)
	}
	var want []int
	for i, line := range strings.Split(string(src), "\n") {
		if strings.HasSuffix(line, "// want") {
			want = append(want, i+1)
		}
	}
	if len(found) != len(want) {
		t.Fatalf("found %d writes, want %d (lines %v): %v", len(found), len(want), want, found)
	}
	for i, f := range found {
		if !strings.Contains(f.Pos, "fixture.go:"+strconv.Itoa(want[i])+":") {
			t.Errorf("write %d at %s, want line %d", i, f.Pos, want[i])
		}
	}
}

// TestStoreWritersClassifies checks the classification on methods whose
// nature is known.
func TestStoreWritersClassifies(t *testing.T) {
	st, _ := load(t)
	w := StoreWriters(st)
	for name, writes := range map[string]bool{
		"CreateNote":      true,  // INSERT … RETURNING on the writer
		"UpdateCandidate": true,  // ExecContext
		"CreateSession":   true,  // ExecContext
		"Candidate":       false, // SELECT on the reader
		"InTx":            false, // the closure is the caller's
	} {
		_, got := w["(*"+module+"/store.Store)."+name]
		if got != writes {
			t.Errorf("%s: writes = %v, want %v", name, got, writes)
		}
	}
}
