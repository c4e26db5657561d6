// Package upload holds the rules every surface applies to an uploaded file:
// a size limit, a clean file name, and a type read from the content, never
// from the name or what the browser claims (A1, C4, D3, E10).
package upload

import (
	"io"
	"mime"
	"net/http"
	"path"
	"strings"
	"unicode"
)

// MaxBytes is the largest file accepted.
const MaxBytes = 20 << 20

// Message keys of the refusals, shown next to the file field.
const (
	KeyTooBig      = "attachment.too_big"
	KeyEmpty       = "attachment.empty"
	KeyTypeRefused = "attachment.type_refused"
	KeyUnreadable  = "error.bad_form"
)

// CleanName keeps the base name of an uploaded file without directory
// parts, control characters or characters that are awkward in headers and
// file systems; it never returns an empty name.
func CleanName(name string) string {
	name = strings.ReplaceAll(name, `\`, "/")
	name = path.Base(name)
	name = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsControl(r), strings.ContainsRune(`"<>:|?*/;`, r):
			return '_'
		case unicode.IsSpace(r):
			return ' '
		}
		return r
	}, name)
	name = strings.Trim(strings.TrimSpace(name), ".")
	if r := []rune(name); len(r) > 150 {
		ext := path.Ext(name)
		if len(ext) > 10 {
			ext = ""
		}
		name = string(r[:150-len([]rune(ext))]) + ext
	}
	if name == "" {
		return "file"
	}
	return name
}

// Sniff decides from the first bytes of a file (never from what the
// browser claims) whether it is taken, and under which type. Word
// and OpenDocument files are zip archives; a zip is taken only under such a name.
func Sniff(name string, head []byte) (string, bool) {
	ct := http.DetectContentType(head)
	base, _, _ := mime.ParseMediaType(ct)
	ext := strings.ToLower(path.Ext(name))
	switch {
	case base == "application/pdf":
		return base, true
	case base == "image/png", base == "image/jpeg", base == "image/gif", base == "image/webp":
		return base, true
	case base == "application/zip" && ext == ".docx":
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document", true
	case base == "application/zip" && ext == ".odt":
		return "application/vnd.oasis.opendocument.text", true
	case base == "text/plain":
		return "text/plain; charset=utf-8", true
	}
	return "", false
}

// Disposition makes a Content-Disposition that always downloads and
// carries the name safely, non-ASCII names included (RFC 2231).
func Disposition(name string) string {
	d := mime.FormatMediaType("attachment", map[string]string{"filename": CleanName(name)})
	if d == "" {
		return `attachment; filename="file"`
	}
	return d
}

// Read reads a whole file of at most MaxBytes from r. On refusal it returns
// the message key: too big, empty, unreadable.
func Read(r io.Reader) ([]byte, string) {
	content, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	switch {
	case err != nil:
		return nil, KeyUnreadable
	case len(content) > MaxBytes:
		return nil, KeyTooBig
	case len(content) == 0:
		return nil, KeyEmpty
	}
	return content, ""
}

// Check applies the rules to a file already read: it returns the clean name
// and the sniffed content type, or the message key of the refusal.
func Check(name string, content []byte) (cleanName, contentType, key string) {
	switch {
	case len(content) > MaxBytes:
		return "", "", KeyTooBig
	case len(content) == 0:
		return "", "", KeyEmpty
	}
	cleanName = CleanName(name)
	ct, ok := Sniff(cleanName, content[:min(len(content), 512)])
	if !ok {
		return "", "", KeyTypeRefused
	}
	return cleanName, ct, ""
}
