package upload

import (
	"errors"
	"io"
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
)

// File is an accepted upload.
type File struct {
	Name        string // cleaned
	ContentType string // sniffed
	Content     []byte
}

// ParseForm reads a multipart request whose file may be at most max bytes
// (DefaultMaxBytes when max <= 0); the body is cut off past the limit plus
// room for the other fields. It reports TooBig or BadForm on failure, and
// BadText when a text field cannot be stored (domain.StorableText).
func ParseForm(w http.ResponseWriter, r *http.Request, max int64) Refusal {
	if max <= 0 {
		max = DefaultMaxBytes
	}
	r.Body = http.MaxBytesReader(w, r.Body, max+64<<10)
	if err := r.ParseMultipartForm(4 << 20); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return TooBig
		}
		return BadForm
	}
	// The text fields beside the file are stored too: refuse what no
	// database can store, as kit.NewForm does for every other form.
	for name, values := range r.MultipartForm.Value {
		if !domain.StorableText(name) {
			return BadText
		}
		for _, v := range values {
			if !domain.StorableText(v) {
				return BadText
			}
		}
	}
	return Accepted
}

// Read takes the file of field from a parsed multipart form, checking size
// and content.
func Read(r *http.Request, field string, max int64) (File, Refusal) {
	if max <= 0 {
		max = DefaultMaxBytes
	}
	file, hdr, err := r.FormFile(field)
	if err != nil {
		return File{}, Missing
	}
	defer file.Close()
	if hdr.Size > max {
		return File{}, TooBig
	}
	content, err := io.ReadAll(io.LimitReader(file, max+1))
	if err != nil {
		return File{}, BadForm
	}
	return Check(hdr.Filename, content, max)
}

// Check applies the size and content checks to a file already read, for
// use cases that get bytes rather than a request (a timesheet receipt, D3).
func Check(name string, content []byte, max int64) (File, Refusal) {
	if max <= 0 {
		max = DefaultMaxBytes
	}
	switch {
	case int64(len(content)) > max:
		return File{}, TooBig
	case len(content) == 0:
		return File{}, Empty
	}
	name = CleanName(name)
	ct, ok := Sniff(name, content[:min(len(content), 512)])
	if !ok {
		return File{}, TypeRefused
	}
	return File{Name: name, ContentType: ct, Content: content}, Accepted
}

// Send writes content as a download under a safe name, in the type sniffed
// at upload, and forbids the browser to guess another or run it.
func Send(w http.ResponseWriter, name, contentType string, content []byte) error {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Disposition", Disposition(name))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	h.Set("Content-Length", strconv.Itoa(len(content)))
	w.WriteHeader(http.StatusOK)
	_, err := w.Write(content)
	return err
}

// MB is the limit in whole megabytes, for messages.
func MB(max int64) int64 {
	if max <= 0 {
		max = DefaultMaxBytes
	}
	return (max + 1<<20 - 1) >> 20
}
