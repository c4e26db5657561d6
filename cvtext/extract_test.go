package cvtext_test

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/cvparse/cvcorpus"
	"github.com/matchpoint/matchpoint/cvtext"
)

// TestMain lets this test binary be the sandbox's child, as the matchpoint
// binary is in the server.
func TestMain(m *testing.M) {
	if os.Getenv("CVTEXT_TEST_CHILD") == "1" {
		if err := cvtext.ChildMain(os.Stdin, os.Stdout, os.Getenv); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func sandbox(timeout time.Duration) cvtext.Sandbox {
	return cvtext.Sandbox{Command: []string{os.Args[0]}, Env: []string{"CVTEXT_TEST_CHILD=1"}, Timeout: timeout, MemoryBytes: 256 << 20}
}

var sample = cvcorpus.Document{Main: []cvcorpus.Block{
	{Style: cvcorpus.Title, Text: "Jürgen Müller"},
	{Style: cvcorpus.Heading, Text: "Expérience professionnelle"},
	{Style: cvcorpus.Body, Text: "03/2015 – 06/2019\tDéveloppeur, Société Générale"},
}}

// TestExtractFormats_Issue16: the text of a PDF (standard and embedded
// font), DOCX, ODT and plain text, read in this process and in the sandbox.
func TestExtractFormats_Issue16(t *testing.T) {
	utf8Doc := sample
	utf8Doc.UTF8Font = true
	files := map[string][]byte{}
	var err error
	if files["pdf"], err = cvcorpus.PDF(sample); err != nil {
		t.Fatal(err)
	}
	if files["pdf-utf8"], err = cvcorpus.PDF(utf8Doc); err != nil {
		t.Fatal(err)
	}
	if files["docx"], err = cvcorpus.DOCX(sample); err != nil {
		t.Fatal(err)
	}
	if files["odt"], err = cvcorpus.ODT(sample); err != nil {
		t.Fatal(err)
	}
	files["txt"] = []byte("Jürgen Müller\r\nExpérience professionnelle\r\n03/2015 – 06/2019 Développeur, Société Générale\r\n")
	files["txt-1252"] = []byte("J\xfcrgen M\xfcller\nExp\xe9rience professionnelle\nD\xe9veloppeur, Soci\xe9t\xe9 G\xe9n\xe9rale\n")
	for name, b := range files {
		for _, ex := range []cvtext.Extractor{cvtext.InProcess{}, sandbox(10 * time.Second)} {
			text, err := ex.Extract(context.Background(), b)
			if err != nil {
				t.Errorf("%s (%T): %v", name, ex, err)
				continue
			}
			for _, want := range []string{"Jürgen Müller", "Expérience professionnelle", "Développeur, Société Générale"} {
				if !strings.Contains(text, want) {
					t.Errorf("%s (%T): %q lacks %q", name, ex, text, want)
				}
			}
		}
	}
	if _, err := (cvtext.InProcess{}).Extract(context.Background(), []byte("\x89PNG\r\n\x1a\n\x00\x00")); !errors.Is(err, cvtext.ErrUnsupported) {
		t.Errorf("image: %v", err)
	}
	if _, err := sandbox(10*time.Second).Extract(context.Background(), []byte("\x89PNG\r\n\x1a\n\x00\x00")); !errors.Is(err, cvtext.ErrUnsupported) {
		t.Errorf("image in sandbox: %v", err)
	}
}

// TestExtractHostile_Issue16: a zip bomb, a PDF whose page tree loops and a
// PDF whose content inflates to a gigabyte end in an error in bounded time
// and memory; NUL bytes and invalid UTF-8 never come out.
func TestExtractHostile_Issue16(t *testing.T) {
	// DOCX whose document.xml inflates to 200 MB of spaces.
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for i := 0; i < 200; i++ {
		w.Write(chunk)
	}
	zw.Close()
	if _, err := (cvtext.InProcess{}).Extract(context.Background(), buf.Bytes()); err == nil {
		t.Error("zip bomb: no error")
	}

	loop := hostilePDF(`<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>`, `<< /Type /Pages /Kids [3 0 R 3 0 R] /Count 1000000000 >>`, nil)
	bomb := hostilePDF(`<< /Type /Pages /Kids [3 0 R] /Count 1 >>`, `<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>`, inflating(1<<30))
	for name, b := range map[string][]byte{"loop": loop, "bomb": bomb} {
		start := time.Now()
		_, err := sandbox(3*time.Second).Extract(context.Background(), b)
		if err == nil {
			t.Errorf("%s: no error", name)
		}
		t.Logf("%s: %v after %s", name, err, time.Since(start))
		if d := time.Since(start); d > 8*time.Second {
			t.Errorf("%s: took %s", name, d)
		}
	}

	if c := cvtext.Clean("Naam: Jan\x00\x01 de \xffVries\n\n\n\nx", 0); c != "Naam: Jan de Vries\n\nx" {
		t.Errorf("cleaned %q", c)
	}
	text, err := (cvtext.InProcess{}).Extract(context.Background(), []byte("Naam: Jan\x01 de Vries\n"))
	if err != nil || strings.ContainsAny(text, "\x00\x01") || !strings.Contains(text, "Jan de Vries") {
		t.Errorf("cleaned %q, %v", text, err)
	}
	long := strings.Repeat("woord ", 100_000)
	text, err = (cvtext.InProcess{Limits: cvtext.Limits{MaxRunes: 1000}}).Extract(context.Background(), []byte(long))
	if err != nil || len([]rune(text)) > 1000 {
		t.Errorf("limit: %d runes, %v", len([]rune(text)), err)
	}
}

// hostilePDF writes a PDF with the given page tree root, third object and
// optional content stream (object 4), with a correct cross-reference table.
func hostilePDF(pages, third string, stream []byte) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	var offs []int
	obj := func(body string) {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offs), body)
	}
	obj(`<< /Type /Catalog /Pages 2 0 R >>`)
	obj(pages)
	obj(third)
	if stream != nil {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "4 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n", len(stream))
		b.Write(stream)
		b.WriteString("\nendstream\nendobj\n")
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, xref)
	return b.Bytes()
}
