package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"io"
	"unicode/utf16"
)

// ContainsText reports whether a PDF made by this package is well formed in
// outline (header, cross-reference table, trailer, end marker) and shows s
// in one of its content streams. It reads what fpdf writes: Flate-compressed
// streams with text in UTF-16BE; it is no general PDF reader, and serves
// tests that have no pdftotext at hand.
func ContainsText(doc []byte, s string) (bool, error) {
	if !bytes.HasPrefix(doc, []byte("%PDF-1.")) {
		return false, errors.New("pdf: no %PDF header")
	}
	for _, part := range []string{"\nxref", "trailer", "startxref", "%%EOF"} {
		if !bytes.Contains(doc, []byte(part)) {
			return false, errors.New("pdf: no " + part)
		}
	}
	want := utf16BE(s)
	rest := doc
	for {
		i := bytes.Index(rest, []byte("stream\n"))
		if i < 0 {
			return false, nil
		}
		rest = rest[i+len("stream\n"):]
		j := bytes.Index(rest, []byte("endstream"))
		if j < 0 {
			return false, errors.New("pdf: stream without end")
		}
		raw := rest[:j]
		rest = rest[j:]
		content := raw
		if zr, err := zlib.NewReader(bytes.NewReader(raw)); err == nil {
			if inflated, err := io.ReadAll(zr); err == nil || errors.Is(err, io.ErrUnexpectedEOF) {
				content = inflated
			}
		}
		if bytes.Contains(content, want) {
			return true, nil
		}
	}
}

func utf16BE(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return b
}
