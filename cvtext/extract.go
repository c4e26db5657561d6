package cvtext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits bound one extraction.
type Limits struct {
	MaxRunes int   // text kept; the rest is cut off
	MaxXML   int64 // bytes decompressed from a DOCX or ODT part
	MaxPages int   // PDF pages read
}

// DefaultLimits are generous for a CV (a few pages of text) and small for
// a server.
var DefaultLimits = Limits{MaxRunes: 200_000, MaxXML: 32 << 20, MaxPages: 60}

// Format is the kind of document a file is.
type Format string

const (
	FormatPDF   Format = "pdf"
	FormatDOCX  Format = "docx"
	FormatODT   Format = "odt"
	FormatText  Format = "text"
	FormatOther Format = ""
)

// ErrUnsupported is returned for a file that has no text to read here (an
// image, an unknown kind).
var ErrUnsupported = errors.New("cvtext: no text in this kind of file")

// Detect tells the format from the content, never from the name alone: a
// zip is a DOCX or ODT by the parts it holds.
func Detect(content []byte) Format {
	switch {
	case bytes.HasPrefix(content, []byte("%PDF-")):
		return FormatPDF
	case bytes.HasPrefix(content, []byte("PK\x03\x04")):
		return zipFormat(content)
	case looksLikeText(content):
		return FormatText
	}
	return FormatOther
}

// looksLikeText is true for content with no NUL in its first 8 kB, or with
// a UTF-16 byte-order mark.
func looksLikeText(b []byte) bool {
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return true
	}
	head := b[:min(len(b), 8192)]
	return len(b) > 0 && bytes.IndexByte(head, 0) < 0
}

// Extract returns the text of content, cleaned (valid UTF-8, no control
// characters but newlines and tabs, runs of blank lines folded) and cut to
// lim.MaxRunes. It stops with ctx's error when ctx ends first; the reading
// goroutine is then left to finish alone, which is why servers use a
// Sandbox.
func Extract(ctx context.Context, content []byte, lim Limits) (string, error) {
	type result struct {
		text string
		err  error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{err: fmt.Errorf("cvtext: reader failed: %v", r)}
			}
		}()
		text, err := extract(content, lim)
		done <- result{text, err}
	}()
	select {
	case r := <-done:
		return r.text, r.err
	case <-ctx.Done():
		return "", fmt.Errorf("cvtext: %w", ctx.Err())
	}
}

func extract(content []byte, lim Limits) (string, error) {
	var (
		raw string
		err error
	)
	switch Detect(content) {
	case FormatPDF:
		raw, err = pdfText(content, lim)
	case FormatDOCX:
		raw, err = docxText(content, lim)
	case FormatODT:
		raw, err = odtText(content, lim)
	case FormatText:
		raw = plainText(content)
	default:
		return "", ErrUnsupported
	}
	if err != nil {
		return "", err
	}
	return Clean(raw, lim.MaxRunes), nil
}

// Clean makes text safe to store and pleasant to read: invalid UTF-8 and
// control characters go, spaces are folded within lines, lines are trimmed,
// more than one blank line in a row becomes one, and the result holds at
// most maxRunes runes (0: no limit).
func Clean(s string, maxRunes int) string {
	s = strings.ToValidUTF8(s, "")
	var b strings.Builder
	blank := 0
	runes := 0
	for line := range strings.Lines(s) {
		line = strings.Map(func(r rune) rune {
			switch {
			case r == '\t', r == '\u00a0', r == '\u2007', r == '\u202f':
				return ' '
			case r == '\r', r == '\n':
				return -1
			case unicode.IsControl(r), r == '\ufeff', r == utf8.RuneError:
				return -1
			}
			return r
		}, line)
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n")
			if blank > 0 {
				b.WriteString("\n")
			}
		}
		blank = 0
		n := utf8.RuneCountInString(line)
		if maxRunes > 0 && runes+n > maxRunes {
			r := []rune(line)
			b.WriteString(string(r[:maxRunes-runes]))
			break
		}
		runes += n
		b.WriteString(line)
	}
	return b.String()
}
