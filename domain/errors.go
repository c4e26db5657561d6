// Package domain holds Matchpoint's types, the rules the spec states as pure
// functions, and the error kinds every layer shares. It imports nothing of ours.
package domain

import (
	"errors"
	"fmt"
)

// Kind classifies an error so that one place (the web layer) can map it to a
// status code and a message key.
type Kind int

const (
	KindInternal Kind = iota
	KindNotFound
	KindInvalid
	KindConflict
	KindForbidden
	KindUnauthenticated
	KindTooMany
	// KindUnavailable is a refusal for now: the server is busy, try again.
	KindUnavailable
)

// Error carries a kind, a message key that is safe to show, and the wrapped
// cause that is only logged.
type Error struct {
	Kind Kind
	Key  string // message key for the person, e.g. "error.not_found"
	Op   string
	Err  error
}

func (e *Error) Error() string {
	msg := e.Key
	if e.Op != "" {
		msg = e.Op + ": " + msg
	}
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// Sentinel errors; compare with errors.Is.
var (
	ErrNotFound  = &Error{Kind: KindNotFound, Key: "error.not_found"}
	ErrConflict  = &Error{Kind: KindConflict, Key: "error.conflict"}
	ErrForbidden = &Error{Kind: KindForbidden, Key: "error.forbidden"}
)

// Is lets errors.Is match any *Error of the same kind and key.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	if !ok {
		return false
	}
	return t.Kind == e.Kind && (t.Key == "" || t.Key == e.Key)
}

// NotFound returns a not-found error for op.
func NotFound(op string) error {
	return &Error{Kind: KindNotFound, Key: "error.not_found", Op: op}
}

// Conflict returns a conflict error with a message key.
func Conflict(key string, err error) error {
	return &Error{Kind: KindConflict, Key: key, Err: err}
}

// KindOf reports the kind of err, KindInternal when it carries none.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return KindInternal
}

// KeyOf reports the message key of err, "error.internal" when it carries none.
func KeyOf(err error) string {
	var e *Error
	if errors.As(err, &e) && e.Key != "" {
		return e.Key
	}
	return "error.internal"
}

// Wrap adds context to *errp in one deferred line:
//
//	defer domain.Wrap(&err, "store.Candidate(%d)", id)
func Wrap(errp *error, format string, args ...any) {
	if *errp != nil {
		*errp = fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), *errp)
	}
}
