package kit

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
)

// testRoute is a route table entry as a surface declares it; true access
// means "signed in only".
type testRoute Route[bool]

// Mount puts each route's guard in front of its handler by its access, sends
// a handler's error to the surface's error page (a record not found is 404,
// B5) and keeps every answer out of caches.
func TestMountGuardsErrorsNoStore_B5(t *testing.T) {
	bundle, err := i18n.Load()
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := ParseTemplates(fstest.MapFS{
		"t/layout.html": {Data: []byte(`{{define "layout"}}{{template "content" .}}{{end}}`)},
		"t/error.html":  {Data: []byte(`{{define "content"}}{{.Status}} {{.Key}}{{end}}`)},
	}, "t", "layout.html")
	if err != nil {
		t.Fatal(err)
	}
	s := &Surface{Bundle: bundle, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Templates: tmpl}
	reached := map[string]bool{}
	ok := func(name string) HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) error {
			reached[name] = true
			_, err := io.WriteString(w, name)
			return err
		}
	}
	missing := func(w http.ResponseWriter, r *http.Request) error { return domain.NotFound("record 7") }
	routes := []testRoute{
		{"GET /open", ok("open"), false},
		{"GET /closed", ok("closed"), true},
		{"GET /missing", missing, false},
	}
	guarded := map[bool]bool{}
	mux := http.NewServeMux()
	Mount(mux, s, routes, func(signedIn bool, h http.Handler) http.Handler {
		guarded[signedIn] = true
		if !signedIn {
			return h
		}
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "sign in", http.StatusUnauthorized)
		})
	})
	if !guarded[false] || !guarded[true] {
		t.Errorf("guard saw accesses %v, want both", guarded)
	}

	for _, tc := range []struct {
		path   string
		status int
		body   string
	}{
		{"/open", http.StatusOK, "open"},
		{"/closed", http.StatusUnauthorized, "sign in"},
		{"/missing", http.StatusNotFound, "404 error.not_found"},
	} {
		w := httptest.NewRecorder()
		r := httptest.NewRequest(http.MethodGet, tc.path, nil)
		mux.ServeHTTP(w, r.WithContext(request("en", "").Context()))
		if w.Code != tc.status || !strings.Contains(w.Body.String(), tc.body) {
			t.Errorf("%s = %d %q, want %d %q", tc.path, w.Code, w.Body.String(), tc.status, tc.body)
		}
		if got := w.Header().Get("Cache-Control"); got != "no-store" {
			t.Errorf("%s Cache-Control = %q, want no-store", tc.path, got)
		}
	}
	if reached["closed"] {
		t.Error("the guarded handler ran without its guard letting it through")
	}
}
