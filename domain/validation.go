package domain

import (
	"net/mail"
	"strings"
)

// FieldErrors maps a form field name to a message key. HTML forms and the API
// share it: the handler shows each key next to its field.
type FieldErrors map[string]string

// ValidationError wraps field errors as an error of KindInvalid.
type ValidationError struct {
	Fields FieldErrors
}

func (v *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString("invalid input:")
	for f, k := range v.Fields {
		b.WriteString(" " + f + "=" + k)
	}
	return b.String()
}

// Is makes a ValidationError match ErrInvalid.
func (v *ValidationError) Is(target error) bool { return target == ErrInvalid }

// ErrInvalid is matched by every ValidationError.
var ErrInvalid = &Error{Kind: KindInvalid, Key: "error.invalid"}

// Validator collects field errors.
type Validator struct {
	errs FieldErrors
}

// Check records key for field when ok is false and the field has no error yet.
func (v *Validator) Check(ok bool, field, key string) {
	if ok {
		return
	}
	if v.errs == nil {
		v.errs = FieldErrors{}
	}
	if _, seen := v.errs[field]; !seen {
		v.errs[field] = key
	}
}

// Required checks that s is not blank.
func (v *Validator) Required(s, field string) {
	v.Check(strings.TrimSpace(s) != "", field, "validation.required")
}

// MaxLen checks that s has at most n characters.
func (v *Validator) MaxLen(s string, n int, field string) {
	v.Check(len([]rune(s)) <= n, field, "validation.too_long")
}

// Email checks that s, when not empty, is a plain address.
func (v *Validator) Email(s, field string) {
	if s == "" {
		return
	}
	a, err := mail.ParseAddress(s)
	v.Check(err == nil && a.Address == s, field, "validation.email")
}

// Err returns a *ValidationError when any check failed, else nil.
func (v *Validator) Err() error {
	if len(v.errs) == 0 {
		return nil
	}
	return &ValidationError{Fields: v.errs}
}
