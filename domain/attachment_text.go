package domain

import (
	"strings"
	"time"
	"unicode"
)

// TextStatus says how reading a file's text went (issue 16 item 5).
type TextStatus string

const (
	TextOK          TextStatus = "ok"          // text read
	TextEmpty       TextStatus = "empty"       // a readable file without text (a scanned PDF)
	TextUnsupported TextStatus = "unsupported" // a kind of file with no text to read (an image)
	TextFailed      TextStatus = "failed"      // the file could not be read in time or at all
)

// AttachmentText is the text read from an attachment, kept beside it.
type AttachmentText struct {
	AttachmentID ID
	TenantID     ID
	Status       TextStatus
	Text         string
	ExtractedAt  time.Time
}

// SearchFold is the form in which CV text is indexed and searched: folded
// (lower case, no accents) with every run of characters other than letters
// and digits one space, so both engines split it into the same words.
func SearchFold(s string) string {
	f := Fold(letterSpelling.Replace(strings.ToLower(s)))
	return strings.Join(strings.FieldsFunc(f, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// SearchTerms splits a recruiter's query into the folded words both
// engines look up, at most 8; none of either engine's query syntax remains.
func SearchTerms(q string) []string {
	words := strings.Fields(SearchFold(q))
	if len(words) > 8 {
		words = words[:8]
	}
	return words
}
