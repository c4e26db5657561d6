package upload

import (
	"strings"
	"testing"
)

// A1: uploaded file names are cleaned and contents sniffed, never trusted.
func TestCleanFileNameAndSniff_A1(t *testing.T) {
	for in, want := range map[string]string{
		"cv.pdf":                          "cv.pdf",
		`C:\Users\x\cv final.pdf`:         "cv final.pdf",
		"../../etc/passwd":                "passwd",
		"a\"b\r\nc.txt":                   "a_b__c.txt",
		"":                                "file",
		"..":                              "file",
		"rapport é.docx":                  "rapport é.docx",
		strings.Repeat("x", 300) + ".pdf": strings.Repeat("x", 146) + ".pdf",
	} {
		if got := CleanName(in); got != want {
			t.Errorf("CleanName(%q) = %q, want %q", in, got, want)
		}
	}
	zip := []byte("PK\x03\x04rest")
	for _, tc := range []struct {
		name string
		head []byte
		ok   bool
	}{
		{"a.pdf", []byte("%PDF-1.7\n"), true},
		{"a.pdf", []byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"), false},
		{"a.png", []byte("\x89PNG\r\n\x1a\n"), true},
		{"a.docx", zip, true},
		{"a.odt", zip, true},
		{"a.zip", zip, false},
		{"a.txt", []byte("hello world"), true},
		{"a.html", []byte("<html><script>"), false},
	} {
		if _, ok := Sniff(tc.name, tc.head); ok != tc.ok {
			t.Errorf("sniff %s %q = %v", tc.name, tc.head, ok)
		}
	}
	if d := Disposition("é.pdf"); !strings.HasPrefix(d, "attachment; filename*=") {
		t.Errorf("disposition %q", d)
	}
}
