package tabular

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Writer writes rows of text as CSV or XLSX.
type Writer interface {
	Write(row []string) error
	Close() error // finishes the file
}

// NewWriter writes format to w. CSV gets a byte-order mark, so that
// spreadsheet programs read it as UTF-8, and cells a spreadsheet would
// take for a formula are written as text (CSV injection).
func NewWriter(w io.Writer, format Format) (Writer, error) {
	switch format {
	case CSV:
		if _, err := io.WriteString(w, "\xEF\xBB\xBF"); err != nil {
			return nil, fmt.Errorf("tabular: write: %w", err)
		}
		return &csvWriter{w: csv.NewWriter(w)}, nil
	case XLSX:
		f := excelize.NewFile()
		sw, err := f.NewStreamWriter("Sheet1")
		if err != nil {
			return nil, fmt.Errorf("tabular: xlsx: %w", err)
		}
		return &xlsxWriter{f: f, sw: sw, out: w}, nil
	}
	return nil, ErrFormat
}

type csvWriter struct{ w *csv.Writer }

func (c *csvWriter) Write(row []string) error {
	out := make([]string, len(row))
	for i, v := range row {
		out[i] = defuse(v)
	}
	return c.w.Write(out)
}

func (c *csvWriter) Close() error {
	c.w.Flush()
	return c.w.Error()
}

// defuse prefixes a cell that starts like a formula with an apostrophe.
func defuse(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}

type xlsxWriter struct {
	f   *excelize.File
	sw  *excelize.StreamWriter
	out io.Writer
	row int
}

func (x *xlsxWriter) Write(row []string) error {
	x.row++
	cells := make([]any, len(row))
	for i, v := range row {
		// A string cell is never a formula in XLSX; it stays text.
		cells[i] = v
	}
	cell, err := excelize.CoordinatesToCellName(1, x.row)
	if err != nil {
		return fmt.Errorf("tabular: xlsx: %w", err)
	}
	return x.sw.SetRow(cell, cells)
}

func (x *xlsxWriter) Close() error {
	if err := x.sw.Flush(); err != nil {
		return fmt.Errorf("tabular: xlsx: %w", err)
	}
	if _, err := x.f.WriteTo(x.out); err != nil {
		return fmt.Errorf("tabular: xlsx: %w", err)
	}
	return x.f.Close()
}
