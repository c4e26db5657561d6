package pdf

import (
	"fmt"
	"io"

	"github.com/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// Invoice is an invoice or a credit note as printed (issue 17): every text
// final, in the client's language, amounts already formatted.
type Invoice struct {
	Title    string   // "Invoice 2026-000042"
	Seller   []string // name, address lines, identifiers
	Buyer    []string
	Fields   []Field // dates, period, references
	Heads    [5]string
	Lines    []InvoiceRow
	VATHeads [3]string
	VAT      []InvoiceVAT
	Totals   []Field // net, VAT, total
	Notes    []string
	Footer   string
}

// InvoiceRow is one line: description, quantity, price, VAT rate, amount.
type InvoiceRow struct {
	Description, Quantity, Price, VAT, Amount string
}

// InvoiceVAT is one row of the VAT breakdown.
type InvoiceVAT struct {
	Label, Base, Tax string
}

// WriteInvoice renders inv as an A4 portrait PDF to w.
func WriteInvoice(w io.Writer, inv Invoice) error {
	doc := fpdf.New("P", "mm", "A4", "")
	doc.SetTitle(inv.Title, true)
	doc.SetCreator("Matchpoint", true)
	doc.AddUTF8FontFromBytes(font, "", goregular.TTF)
	doc.AddUTF8FontFromBytes(font, "B", gobold.TTF)
	doc.SetMargins(15, 15, 15)
	doc.SetAutoPageBreak(true, 18)
	doc.SetFooterFunc(func() {
		doc.SetY(-12)
		doc.SetFont(font, "", 7)
		doc.CellFormat(0, 4, inv.Footer, "", 0, "C", false, 0, "")
	})
	doc.AddPage()

	// The two parties side by side: the seller left, the buyer right.
	top := doc.GetY()
	doc.SetFont(font, "", 9)
	for i, s := range inv.Seller {
		if i == 0 {
			doc.SetFont(font, "B", 10)
		}
		doc.SetXY(15, top+float64(i)*4.5)
		doc.CellFormat(90, 4.5, s, "", 0, "L", false, 0, "")
		doc.SetFont(font, "", 9)
	}
	for i, s := range inv.Buyer {
		if i == 0 {
			doc.SetFont(font, "B", 10)
		}
		doc.SetXY(115, top+float64(i)*4.5)
		doc.CellFormat(80, 4.5, s, "", 0, "L", false, 0, "")
		doc.SetFont(font, "", 9)
	}
	doc.SetXY(15, top+float64(max(len(inv.Seller), len(inv.Buyer)))*4.5+6)

	doc.SetFont(font, "B", 15)
	doc.CellFormat(0, 9, inv.Title, "", 1, "L", false, 0, "")
	for _, f := range inv.Fields {
		doc.SetFont(font, "B", 9)
		doc.CellFormat(45, 5, f.Label, "", 0, "L", false, 0, "")
		doc.SetFont(font, "", 9)
		doc.MultiCell(0, 5, f.Value, "", "L", false)
	}
	doc.Ln(4)

	widths := [5]float64{92, 20, 24, 14, 30}
	aligns := [5]string{"L", "R", "R", "R", "R"}
	doc.SetFillColor(235, 235, 235)
	doc.SetFont(font, "B", 8.5)
	for i, h := range inv.Heads {
		doc.CellFormat(widths[i], 6, h, "1", 0, aligns[i], true, 0, "")
	}
	doc.Ln(-1)
	doc.SetFont(font, "", 8.5)
	for _, r := range inv.Lines {
		cells := [5]string{r.Description, r.Quantity, r.Price, r.VAT, r.Amount}
		lines := doc.SplitText(r.Description, widths[0]-2)
		h := float64(max(1, len(lines))) * 4.5
		if doc.GetY()+h > 275 {
			doc.AddPage()
		}
		x, y := doc.GetX(), doc.GetY()
		doc.MultiCell(widths[0], 4.5, cells[0], "1", "L", false)
		doc.SetXY(x+widths[0], y)
		for i := 1; i < 5; i++ {
			doc.CellFormat(widths[i], h, cells[i], "1", 0, aligns[i], false, 0, "")
		}
		doc.SetXY(x, y+h)
	}
	doc.Ln(4)

	doc.SetFont(font, "B", 8.5)
	vw := [3]float64{60, 35, 35}
	for i, h := range inv.VATHeads {
		doc.CellFormat(vw[i], 6, h, "1", 0, map[bool]string{true: "L", false: "R"}[i == 0], true, 0, "")
	}
	doc.Ln(-1)
	doc.SetFont(font, "", 8.5)
	for _, v := range inv.VAT {
		doc.CellFormat(vw[0], 5.5, v.Label, "1", 0, "L", false, 0, "")
		doc.CellFormat(vw[1], 5.5, v.Base, "1", 0, "R", false, 0, "")
		doc.CellFormat(vw[2], 5.5, v.Tax, "1", 1, "R", false, 0, "")
	}
	doc.Ln(3)
	for i, t := range inv.Totals {
		style := ""
		if i == len(inv.Totals)-1 {
			style = "B"
		}
		doc.SetFont(font, style, 10)
		doc.CellFormat(150, 6, t.Label, "", 0, "R", false, 0, "")
		doc.CellFormat(30, 6, t.Value, "", 1, "R", false, 0, "")
	}
	doc.Ln(4)
	doc.SetFont(font, "", 9)
	for _, n := range inv.Notes {
		doc.MultiCell(0, 5, n, "", "L", false)
	}
	if err := doc.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	if err := doc.Output(w); err != nil {
		return fmt.Errorf("pdf: write: %w", err)
	}
	return nil
}
