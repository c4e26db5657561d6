// Package upload holds the checks every surface applies to uploaded files:
// a size limit, the type read from the content (never from the name or what
// the browser claims), clean file names, and downloads sent as attachments
// under a safe name.
package upload

import (
	"mime"
	"net/http"
	"path"
	"strings"
	"unicode"
)

// DefaultMaxBytes is the largest file taken unless configured otherwise (20 MB).
const DefaultMaxBytes = 20 << 20

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

// Sniff decides from the first bytes of a file whether it is taken, and
// under which type: PDF, images, Word and OpenDocument texts, plain text.
// Word and OpenDocument files are zip archives; a zip is taken only under
// such a name. An executable is refused whatever it is called.
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

// Disposition makes a Content-Disposition that always downloads and carries
// the name safely, non-ASCII names included (RFC 2231).
func Disposition(name string) string {
	d := mime.FormatMediaType("attachment", map[string]string{"filename": CleanName(name)})
	if d == "" {
		return `attachment; filename="file"`
	}
	return d
}
