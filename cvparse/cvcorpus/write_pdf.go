package cvcorpus

import (
	"bytes"
	"fmt"

	"github.com/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// PDF writes the document as an A4 PDF.
func PDF(d Document) ([]byte, error) {
	doc := fpdf.New("P", "mm", "A4", "")
	doc.SetCompression(true)
	doc.SetCreationDate(fixedTime)
	doc.SetModificationDate(fixedTime)
	family := "Helvetica"
	tr := doc.UnicodeTranslatorFromDescriptor("")
	if d.UTF8Font {
		family = "goregular"
		doc.AddUTF8FontFromBytes(family, "", goregular.TTF)
		doc.AddUTF8FontFromBytes(family, "B", gobold.TTF)
		tr = func(s string) string { return s }
	}
	doc.SetMargins(15, 15, 15)
	doc.SetAutoPageBreak(true, 15)
	doc.AddPage()
	set := func(b Block) float64 {
		switch b.Style {
		case Title:
			doc.SetFont(family, "B", 18)
			return 9
		case Heading:
			doc.SetFont(family, "B", 12)
			return 7
		case Small:
			doc.SetFont(family, "", 9)
			return 4.5
		}
		doc.SetFont(family, "", 10.5)
		return 5.5
	}
	write := func(blocks []Block, x, w float64) {
		for _, b := range blocks {
			h := set(b)
			if b.Style == Heading {
				doc.Ln(2)
			}
			doc.SetX(x)
			doc.MultiCell(w, h, tr(b.Text), "", "L", false)
		}
	}
	if len(d.Side) > 0 {
		// Sidebar left, main text right, both from the top.
		top := doc.GetY()
		write(d.Side, 15, 55)
		doc.SetPage(1)
		doc.SetY(top)
		doc.SetLeftMargin(75)
		write(d.Main, 75, 120)
	} else {
		write(d.Main, 15, 180)
	}
	var buf bytes.Buffer
	if err := doc.Output(&buf); err != nil {
		return nil, fmt.Errorf("cvcorpus: pdf: %w", err)
	}
	return buf.Bytes(), nil
}
