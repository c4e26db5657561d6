package kit

import (
	"context"
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
)

// PathID reads a numeric path value; anything but a positive number is not
// found, as a guessed id must be (B5).
func PathID(r *http.Request, name string) (domain.ID, error) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, domain.NotFound("path " + name)
	}
	return id, nil
}

// PageIndex reads the ?page= number of a list (1 is the first, anything
// else counts as 1) as a page index (0 is the first).
func PageIndex(r *http.Request) int {
	n, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil || n < 1 {
		return 0
	}
	return n - 1
}

// Redirect answers a successful form post with 303 See Other to url.
func Redirect(w http.ResponseWriter, r *http.Request, url string) error {
	http.Redirect(w, r, url, http.StatusSeeOther)
	return nil
}

// PathRecord loads the record whose id is the path value name with load (a
// store or service read, scoped to the request's agency): a malformed id
// and another agency's id are both not found.
func PathRecord[T any](r *http.Request, name string, load func(context.Context, domain.ID) (T, error)) (T, error) {
	id, err := PathID(r, name)
	if err != nil {
		var zero T
		return zero, err
	}
	return load(r.Context(), id)
}
