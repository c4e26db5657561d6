package kit

import (
	"net/http"
	"testing"
)

// A lagged pattern the table does not mount, or one that is not a GET
// route, stops the start-up instead of leaving its page on the primary.
func TestLagNamesMountedGetRoutes(t *testing.T) {
	h := HandlerFunc(func(http.ResponseWriter, *http.Request) error { return nil })
	routes := []Route[int]{{"GET /office/candidates", h, 0}, {"POST /office/candidates", h, 0}}
	mount := func(patterns ...string) (panicked bool) {
		defer func() { panicked = recover() != nil }()
		s := &Surface{Lag: NewLag(patterns, false)}
		Mount(http.NewServeMux(), s, routes, func(_ int, h http.Handler) http.Handler { return h })
		return false
	}
	if mount("GET /office/candidates") {
		t.Error("a mounted GET route was refused")
	}
	for _, bad := range []string{"GET /office/candidate", "POST /office/candidates"} {
		if !mount(bad) {
			t.Errorf("%q was taken", bad)
		}
	}
}
