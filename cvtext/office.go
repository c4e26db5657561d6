package cvtext

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// errTooLarge is returned when a part decompresses past Limits.MaxXML (a
// zip bomb, or a document no CV is).
var errTooLarge = errors.New("cvtext: document part too large")

// zipFormat tells a DOCX from an ODT by the parts of the archive.
func zipFormat(content []byte) Format {
	zr, err := zip.NewReader(bytes.NewReader(content), int64(len(content)))
	if err != nil {
		return FormatOther
	}
	for _, f := range zr.File {
		switch f.Name {
		case "word/document.xml":
			return FormatDOCX
		case "content.xml":
			return FormatODT
		}
	}
	return FormatOther
}

// zipPart opens one part of an archive, reading at most max bytes of it
// whatever its header claims.
func zipPart(content []byte, name string, max int64) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(content), int64(len(content)))
	if err != nil {
		return nil, fmt.Errorf("cvtext: open archive: %w", err)
	}
	f, err := zr.Open(name)
	if err != nil {
		return nil, fmt.Errorf("cvtext: open %s: %w", name, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("cvtext: read %s: %w", name, err)
	}
	if int64(len(b)) > max {
		return nil, errTooLarge
	}
	return b, nil
}

// xmlText walks a document's XML and writes the character data of the
// elements text names; breaks names the elements after which a line ends,
// and spaces those that stand for a space or tab. Only local names count,
// so the namespace prefix a writer chose does not matter.
type xmlText struct {
	text    map[string]bool
	lineEnd map[string]bool // a line ends after the element (a paragraph)
	breaks  map[string]bool // the element is a line break
	spaces  map[string]bool
}

func (x xmlText) read(doc []byte, maxRunes int) (string, error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = false
	var b strings.Builder
	depth := 0 // inside a text element
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return b.String(), fmt.Errorf("cvtext: xml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case x.text[t.Name.Local]:
				depth++
			case x.spaces[t.Name.Local]:
				b.WriteString(" ")
			case x.breaks[t.Name.Local]:
				b.WriteString("\n")
			}
		case xml.EndElement:
			switch {
			case x.text[t.Name.Local]:
				depth = max(depth-1, 0)
			case x.lineEnd[t.Name.Local]:
				b.WriteString("\n")
			}
		case xml.CharData:
			if depth > 0 {
				b.Write(t)
			}
		}
		if maxRunes > 0 && b.Len() > 4*maxRunes {
			break
		}
	}
	return b.String(), nil
}

// docxText reads the body of a Word document: runs' text (w:t), tabs and
// breaks, one line per paragraph and table cell.
func docxText(content []byte, lim Limits) (string, error) {
	doc, err := zipPart(content, "word/document.xml", lim.MaxXML)
	if err != nil {
		return "", err
	}
	return xmlText{
		text:    map[string]bool{"t": true},
		lineEnd: map[string]bool{"p": true, "tc": true},
		breaks:  map[string]bool{"br": true, "cr": true},
		spaces:  map[string]bool{"tab": true},
	}.read(doc, lim.MaxRunes)
}

// odtText reads the body of an OpenDocument text: paragraphs and headings
// (text:p, text:h) are lines, text:s and text:tab spaces, text:line-break
// a line end.
func odtText(content []byte, lim Limits) (string, error) {
	doc, err := zipPart(content, "content.xml", lim.MaxXML)
	if err != nil {
		return "", err
	}
	return odtReader(doc, lim.MaxRunes)
}

func odtReader(doc []byte, maxRunes int) (string, error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = false
	var b strings.Builder
	depth := 0 // inside text:p or text:h
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return b.String(), fmt.Errorf("cvtext: xml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "p", "h":
				depth++
			case "s", "tab":
				b.WriteString(" ")
			case "line-break":
				b.WriteString("\n")
			}
		case xml.EndElement:
			if t.Name.Local == "p" || t.Name.Local == "h" {
				depth = max(depth-1, 0)
				b.WriteString("\n")
			}
		case xml.CharData:
			if depth > 0 {
				b.Write(t)
			}
		}
		if maxRunes > 0 && b.Len() > 4*maxRunes {
			break
		}
	}
	return b.String(), nil
}
