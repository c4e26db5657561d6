package cvcorpus

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"time"
)

// fixedTime dates every generated file, so the same seed gives the same bytes.
var fixedTime = time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)

func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

type zipFile struct {
	name, body string
	store      bool
}

func writeZip(files []zipFile) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		h := &zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: fixedTime}
		if f.store {
			h.Method = zip.Store
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			return nil, fmt.Errorf("cvcorpus: zip %s: %w", f.name, err)
		}
		if _, err := w.Write([]byte(f.body)); err != nil {
			return nil, fmt.Errorf("cvcorpus: zip %s: %w", f.name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("cvcorpus: zip: %w", err)
	}
	return buf.Bytes(), nil
}

// DOCX writes the document as a Word file: the three parts Word needs, one
// paragraph per block, headings in Word's heading styles' look (bold runs),
// the sidebar first.
func DOCX(d Document) ([]byte, error) {
	var body strings.Builder
	for _, b := range d.blocks() {
		rpr := ""
		switch b.Style {
		case Title:
			rpr = `<w:rPr><w:b/><w:sz w:val="36"/></w:rPr>`
		case Heading:
			rpr = `<w:rPr><w:b/><w:sz w:val="26"/></w:rPr>`
		case Small:
			rpr = `<w:rPr><w:sz w:val="18"/></w:rPr>`
		}
		body.WriteString(`<w:p>`)
		// A tab inside a line is a w:tab, as Word writes it.
		for i, part := range strings.Split(b.Text, "\t") {
			if i > 0 {
				body.WriteString(`<w:r>` + rpr + `<w:tab/></w:r>`)
			}
			body.WriteString(`<w:r>` + rpr + `<w:t xml:space="preserve">` + esc(part) + `</w:t></w:r>`)
		}
		body.WriteString(`</w:p>`)
	}
	return writeZip([]zipFile{
		{name: "[Content_Types].xml", body: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{name: "_rels/.rels", body: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{name: "word/document.xml", body: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() +
			`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`},
	})
}

// ODT writes the document as an OpenDocument text: the mimetype first and
// uncompressed, as the format requires.
func ODT(d Document) ([]byte, error) {
	var body strings.Builder
	for _, b := range d.blocks() {
		text := strings.ReplaceAll(esc(b.Text), "\t", "<text:tab/>")
		if b.Style == Heading || b.Style == Title {
			body.WriteString(`<text:h text:outline-level="1">` + text + `</text:h>`)
			continue
		}
		body.WriteString(`<text:p>` + text + `</text:p>`)
	}
	return writeZip([]zipFile{
		{name: "mimetype", body: "application/vnd.oasis.opendocument.text", store: true},
		{name: "META-INF/manifest.xml", body: `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`},
		{name: "content.xml", body: `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text>` +
			body.String() + `</office:text></office:body></office:document-content>`},
	})
}
