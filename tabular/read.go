// Package tabular reads and writes the spreadsheets records move in and
// out of Matchpoint in (issue 16 items 8 and 9): CSV through the standard
// library's encoding/csv, XLSX through github.com/xuri/excelize/v2. A
// reader yields rows of text one at a time with their line number, within
// limits on columns and cell size, so a hostile file cannot blow up the
// server.
package tabular

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
)

// Limits of one file.
const (
	MaxColumns   = 200
	MaxCellRunes = 10_000
	// maxUnzipped bounds what an XLSX may inflate to (a zip bomb).
	maxUnzipped = 512 << 20
)

// Format is a spreadsheet's kind.
type Format string

const (
	CSV  Format = "csv"
	XLSX Format = "xlsx"
)

// ErrFormat is returned for a file that is neither CSV nor XLSX.
var ErrFormat = errors.New("tabular: not a CSV or XLSX file")

// Detect tells an XLSX (a zip) from a CSV (text) by the content.
func Detect(content []byte) (Format, error) {
	switch {
	case bytes.HasPrefix(content, []byte("PK\x03\x04")):
		return XLSX, nil
	case len(content) > 0 && bytes.IndexByte(content[:min(len(content), 8192)], 0) < 0:
		return CSV, nil
	}
	return "", ErrFormat
}

// Reader yields a file's rows.
type Reader interface {
	// Next returns the next row and its line (1 is the first row); io.EOF
	// after the last.
	Next() (row []string, line int, err error)
	Close() error
}

// Open reads content as CSV or XLSX (the first sheet).
func Open(content []byte) (Reader, error) {
	f, err := Detect(content)
	if err != nil {
		return nil, err
	}
	if f == XLSX {
		return openXLSX(content)
	}
	return openCSV(content), nil
}

type csvReader struct {
	r    *csv.Reader
	line int
}

// openCSV reads UTF-8 (with or without a byte-order mark) or, when the
// bytes are no UTF-8, Windows-1252, as spreadsheet programs in nl, de and
// fr save it; the separator is the one of comma, semicolon and tab the
// first line has most of.
func openCSV(content []byte) *csvReader {
	content = bytes.TrimPrefix(content, []byte("\xEF\xBB\xBF"))
	if !utf8.Valid(content) {
		if out, err := charmap.Windows1252.NewDecoder().Bytes(content); err == nil {
			content = out
		}
	}
	first, _, _ := bytes.Cut(content, []byte("\n"))
	sep, best := ',', -1
	for _, c := range []rune{',', ';', '\t'} {
		if n := bytes.Count(first, []byte(string(c))); n > best {
			sep, best = c, n
		}
	}
	r := csv.NewReader(bytes.NewReader(content))
	r.Comma, r.FieldsPerRecord, r.LazyQuotes, r.ReuseRecord = sep, -1, true, false
	return &csvReader{r: r}
}

func (c *csvReader) Next() ([]string, int, error) {
	row, err := c.r.Read()
	if err == io.EOF {
		return nil, 0, io.EOF
	}
	line, _ := c.r.FieldPos(0)
	c.line = line
	if err != nil {
		return nil, line, fmt.Errorf("tabular: csv line %d: %w", line, err)
	}
	return clean(row), line, checkRow(row, line)
}

func (c *csvReader) Close() error { return nil }

type xlsxReader struct {
	f    *excelize.File
	rows *excelize.Rows
	line int
}

func openXLSX(content []byte) (*xlsxReader, error) {
	f, err := excelize.OpenReader(bytes.NewReader(content), excelize.Options{UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: 16 << 20})
	if err != nil {
		return nil, fmt.Errorf("tabular: open xlsx: %w", err)
	}
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		f.Close()
		return nil, ErrFormat
	}
	rows, err := f.Rows(sheets[0])
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("tabular: read xlsx: %w", err)
	}
	return &xlsxReader{f: f, rows: rows}, nil
}

func (x *xlsxReader) Next() ([]string, int, error) {
	if !x.rows.Next() {
		if err := x.rows.Error(); err != nil {
			return nil, x.line, fmt.Errorf("tabular: xlsx row %d: %w", x.line+1, err)
		}
		return nil, 0, io.EOF
	}
	x.line++
	row, err := x.rows.Columns()
	if err != nil {
		return nil, x.line, fmt.Errorf("tabular: xlsx row %d: %w", x.line, err)
	}
	return clean(row), x.line, checkRow(row, x.line)
}

func (x *xlsxReader) Close() error {
	x.rows.Close()
	return x.f.Close()
}

// ErrTooWide and ErrCellTooLong refuse a row past the limits.
var (
	ErrTooWide     = errors.New("tabular: too many columns")
	ErrCellTooLong = errors.New("tabular: cell too long")
)

func checkRow(row []string, line int) error {
	if len(row) > MaxColumns {
		return fmt.Errorf("line %d: %w", line, ErrTooWide)
	}
	for _, c := range row {
		if len(c) > 4*MaxCellRunes && utf8.RuneCountInString(c) > MaxCellRunes {
			return fmt.Errorf("line %d: %w", line, ErrCellTooLong)
		}
	}
	return nil
}

// clean trims cells and drops invalid UTF-8 and NUL bytes.
func clean(row []string) []string {
	for i, c := range row {
		c = strings.ToValidUTF8(c, "")
		c = strings.ReplaceAll(c, "\x00", "")
		row[i] = strings.TrimSpace(c)
	}
	return row
}
