package upload

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
)

// Refusal says why a file was not taken.
type Refusal int

const (
	Accepted    Refusal = iota
	Missing             // no file chosen
	TooBig              // over the limit
	Empty               // zero bytes
	TypeRefused         // content of a type not taken
	BadForm             // the request could not be read
	BadText             // a text field holds a NUL byte or invalid UTF-8
)

// Status is the HTTP status that goes with a refusal.
func (r Refusal) Status() int {
	switch r {
	case Accepted:
		return http.StatusOK
	case TooBig:
		return http.StatusRequestEntityTooLarge
	case TypeRefused:
		return http.StatusUnsupportedMediaType
	}
	return http.StatusUnprocessableEntity
}

// Key is the message key shown next to a file field whose upload was
// refused: the back office, the Hiring Portal and the use cases that check
// bytes themselves (a timesheet receipt, D3) share it; the Professional
// Portal words its own for candidates.
func (r Refusal) Key() string {
	switch r {
	case Missing:
		return "validation.required"
	case TooBig:
		return "attachment.too_big"
	case Empty:
		return "attachment.empty"
	case TypeRefused:
		return "attachment.type_refused"
	case BadText:
		return domain.KeyBadText
	}
	return "error.bad_form"
}
