// Package pdf renders documents people print or pass on, such as a
// timesheet fit for invoicing (G3). Texts come in already translated, so
// the package knows nothing of languages; the Go fonts are embedded, so
// accents and other non-ASCII names render on any machine.
package pdf

import (
	"fmt"
	"io"
	"strconv"

	"github.com/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// Timesheet is a timesheet as printed: every text is final.
type Timesheet struct {
	Title     string // "Timesheet week 10 of 2026"
	Fields    []Field
	DayLabels []string // seven column heads, Monday first
	TypeLabel string   // head of the first column
	TotalText string   // "Total"
	Rows      []Row
	DayTotals []int   // minutes per day
	Total     int     // minutes
	Log       []Field // who did what when; Label is the when and who, Value the what
	Footer    string
}

// Field is a label with its value.
type Field struct {
	Label string
	Value string
}

// Row is a declaration type's minutes per day.
type Row struct {
	Label   string
	Minutes []int // seven, Monday first
	Total   int
}

// Hours formats minutes as hours with two decimals ("7.50"), the way the
// back office shows them; zero is blank in the grid.
func Hours(minutes int) string { return strconv.FormatFloat(float64(minutes)/60, 'f', 2, 64) }

const font = "go"

// WriteTimesheet renders t as an A4 landscape PDF to w.
func WriteTimesheet(w io.Writer, t Timesheet) error {
	doc := fpdf.New("L", "mm", "A4", "")
	doc.SetTitle(t.Title, true)
	doc.SetCreator("Matchpoint", true)
	doc.AddUTF8FontFromBytes(font, "", goregular.TTF)
	doc.AddUTF8FontFromBytes(font, "B", gobold.TTF)
	doc.SetMargins(15, 15, 15)
	doc.SetAutoPageBreak(true, 15)
	if t.Footer != "" {
		doc.SetFooterFunc(func() {
			doc.SetY(-12)
			doc.SetFont(font, "", 8)
			doc.CellFormat(0, 5, t.Footer, "", 0, "C", false, 0, "")
		})
	}
	doc.AddPage()

	doc.SetFont(font, "B", 16)
	doc.CellFormat(0, 10, t.Title, "", 1, "L", false, 0, "")
	doc.Ln(2)
	for _, f := range t.Fields {
		doc.SetFont(font, "B", 10)
		doc.CellFormat(45, 6, f.Label, "", 0, "L", false, 0, "")
		doc.SetFont(font, "", 10)
		doc.MultiCell(0, 6, f.Value, "", "L", false)
	}
	doc.Ln(4)
	grid(doc, t)
	if len(t.Log) > 0 {
		doc.Ln(6)
		for _, f := range t.Log {
			doc.SetFont(font, "", 9)
			doc.CellFormat(90, 5, f.Label, "", 0, "L", false, 0, "")
			doc.MultiCell(0, 5, f.Value, "", "L", false)
		}
	}
	if err := doc.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	if err := doc.Output(w); err != nil {
		return fmt.Errorf("pdf: write: %w", err)
	}
	return nil
}

// grid draws the declaration types by days with row, day and grand totals.
func grid(doc *fpdf.Fpdf, t Timesheet) {
	const first, col, last, h = 60.0, 24.0, 29.0, 7.0
	doc.SetFillColor(235, 235, 235)
	doc.SetFont(font, "B", 9)
	doc.CellFormat(first, h, t.TypeLabel, "1", 0, "L", true, 0, "")
	for _, d := range t.DayLabels {
		doc.CellFormat(col, h, d, "1", 0, "C", true, 0, "")
	}
	doc.CellFormat(last, h, t.TotalText, "1", 1, "R", true, 0, "")
	doc.SetFont(font, "", 9)
	for _, r := range t.Rows {
		doc.CellFormat(first, h, r.Label, "1", 0, "L", false, 0, "")
		for _, m := range r.Minutes {
			s := ""
			if m != 0 {
				s = Hours(m)
			}
			doc.CellFormat(col, h, s, "1", 0, "R", false, 0, "")
		}
		doc.SetFont(font, "B", 9)
		doc.CellFormat(last, h, Hours(r.Total), "1", 1, "R", false, 0, "")
		doc.SetFont(font, "", 9)
	}
	doc.SetFont(font, "B", 9)
	doc.CellFormat(first, h, t.TotalText, "1", 0, "L", true, 0, "")
	for _, m := range t.DayTotals {
		doc.CellFormat(col, h, Hours(m), "1", 0, "R", true, 0, "")
	}
	doc.CellFormat(last, h, Hours(t.Total), "1", 1, "R", true, 0, "")
}
