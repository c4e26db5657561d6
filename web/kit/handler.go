// Package kit holds what the three surfaces and the API share: the handler
// wrapper that maps error kinds to status codes in one place, rendering, the
// surfaces' page plumbing (Surface: language, page data, error page),
// sessions, tenancy and security headers.
package kit

import (
	"errors"
	"log/slog"
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
)

// HandlerFunc is an HTTP handler that returns its error instead of writing it.
type HandlerFunc func(w http.ResponseWriter, r *http.Request) error

// ErrorPage writes an error for a person; surfaces supply one that renders
// their own layout.
type ErrorPage func(w http.ResponseWriter, r *http.Request, status int, key string)

// Status maps an error kind to its HTTP status. It is the one place that does.
func Status(err error) int {
	var verr *domain.ValidationError
	if errors.As(err, &verr) {
		return http.StatusUnprocessableEntity
	}
	if errors.Is(err, ErrBadAddress) {
		return http.StatusBadRequest
	}
	switch domain.KindOf(err) {
	case domain.KindNotFound, domain.KindForbidden:
		// A record one may not see is indistinguishable from one that does not exist (B5).
		return http.StatusNotFound
	case domain.KindInvalid:
		return http.StatusUnprocessableEntity
	case domain.KindConflict:
		return http.StatusConflict
	case domain.KindUnauthenticated:
		return http.StatusUnauthorized
	case domain.KindTooMany:
		return http.StatusTooManyRequests
	case domain.KindUnavailable:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// Wrap turns a HandlerFunc into an http.Handler: an error becomes its status
// and message key; only unexpected errors are logged.
func Wrap(log *slog.Logger, page ErrorPage, h HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		err := CheckAddress(r)
		if err == nil {
			err = h(w, r)
		}
		if err == nil {
			return
		}
		status := Status(err)
		key := domain.KeyOf(err)
		if status == http.StatusInternalServerError {
			log.ErrorContext(r.Context(), "request failed", "method", r.Method, "path", r.URL.Path, "err", err)
			key = "error.internal"
		}
		if status == http.StatusNotFound {
			key = "error.not_found"
		}
		page(w, r, status, key)
	})
}
