package kit

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode"

	"github.com/matchpoint/matchpoint/domain"
)

// Form reads submitted values and collects a message key per field that
// cannot be parsed; domain validation adds its own keys after.
type Form struct {
	r      *http.Request
	Errors domain.FieldErrors
}

// NewForm parses the request's form (URL-encoded or multipart) and refuses
// it with ErrBadText when a field cannot be stored as text.
func NewForm(r *http.Request) (*Form, error) {
	var err error
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/") {
		err = r.ParseMultipartForm(32 << 20)
	} else {
		err = r.ParseForm()
	}
	if err != nil {
		return nil, &domain.Error{Kind: domain.KindInvalid, Key: "error.bad_form", Err: err}
	}
	// Text fields of both encodings are in PostForm; a NUL byte or invalid
	// UTF-8 in any of them refuses the whole form before a handler reads it.
	if name, ok := badValue(r.PostForm); !ok {
		return nil, fmt.Errorf("form field %q: %w", domain.ShownText(name), ErrBadText)
	}
	return &Form{r: r, Errors: domain.FieldErrors{}}, nil
}

func (f *Form) fail(name, key string) {
	if _, ok := f.Errors[name]; !ok {
		f.Errors[name] = key
	}
}

// String is the trimmed value of name.
func (f *Form) String(name string) string { return strings.TrimSpace(f.r.PostFormValue(name)) }

// Text is the value of name with only its ends trimmed (multi-line text).
func (f *Form) Text(name string) string { return strings.TrimSpace(f.r.PostFormValue(name)) }

// Bool is true for a checked checkbox.
func (f *Form) Bool(name string) bool {
	v := f.r.PostFormValue(name)
	return v == "on" || v == "true" || v == "1"
}

// ID reads an optional reference; empty is 0.
func (f *Form) ID(name string) domain.ID {
	v := f.String(name)
	if v == "" {
		return 0
	}
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id < 0 {
		f.fail(name, "validation.choice")
		return 0
	}
	return id
}

// IDs reads every value of a multi-valued field (checkbox group).
func (f *Form) IDs(name string) []domain.ID {
	var out []domain.ID
	for _, v := range f.r.PostForm[name] {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id <= 0 {
			f.fail(name, "validation.choice")
			continue
		}
		out = append(out, id)
	}
	return out
}

// Int reads a whole number; empty is 0.
func (f *Form) Int(name string) int {
	v := f.String(name)
	if v == "" {
		return 0
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		f.fail(name, "validation.number")
		return 0
	}
	return n
}

// Date reads "2006-01-02"; empty is the zero Date.
func (f *Form) Date(name string) domain.Date {
	d, err := domain.ParseDate(f.String(name))
	if err != nil {
		f.fail(name, "validation.date")
	}
	return d
}

// Cents reads an amount like "12.50" or "12,50" as cents; an amount as the
// pages write it in the person's language ("1.234,50", "1 234,50",
// "1,234.50") reads too: spaces go, and of "." and "," the last is the
// decimal separator when both are there.
func (f *Form) Cents(name string) int64 {
	v := normalAmount(f.String(name))
	if v == "" {
		return 0
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil || x < 0 || x > 1e9 {
		f.fail(name, "validation.amount")
		return 0
	}
	return int64(x*100 + 0.5)
}

// Check merges the field errors of a domain validation into the form's and
// returns an error when there are any.
func (f *Form) Check(validation error) error {
	var verr *domain.ValidationError
	if errors.As(validation, &verr) {
		for k, v := range verr.Fields {
			f.fail(k, v)
		}
	} else if validation != nil {
		return validation
	}
	if len(f.Errors) > 0 {
		return &domain.ValidationError{Fields: f.Errors}
	}
	return nil
}

// Invalid reports whether err is a validation error (shown next to fields).
func Invalid(err error) bool {
	var verr *domain.ValidationError
	return errors.As(err, &verr)
}

// normalAmount turns an amount written in any of the four languages into
// Go's form: no grouping, "." as decimal separator.
func normalAmount(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u202f' || r == '\u00a0' || r == '\'' {
			return -1
		}
		return r
	}, s)
	if strings.Contains(s, ".") && strings.Contains(s, ",") {
		dec := max(strings.LastIndex(s, "."), strings.LastIndex(s, ","))
		s = strings.NewReplacer(".", "", ",", "").Replace(s[:dec]) + "." + s[dec+1:]
	}
	return strings.ReplaceAll(s, ",", ".")
}
