package kit

import "net/http"

// MountNotFound puts the surface's own not-found page behind every address
// under prefix that no route of its table takes, so an unknown address
// speaks the person's language in the surface's layout instead of Go's bare
// "404 page not found". peek tells, without demanding a sign-in, who is
// signed in (nil: nobody).
func MountNotFound(mux *http.ServeMux, prefix string, s *Surface, peek func(http.Handler) http.Handler) {
	var h http.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.ErrorPage(w, r, http.StatusNotFound, "error.not_found")
	})
	if peek != nil {
		h = peek(h)
	}
	// Not Routed: the metrics keep counting such requests as "unmatched".
	mux.Handle(prefix+"/", NoStore(h))
}
