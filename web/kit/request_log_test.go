package kit

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// F4 (issue 11, finding 11): every log line of a request carries its id
// (also sent back as X-Request-ID), the agency and who made it, whichever
// handler logs it; never a name or an address.
func TestRequestLogLines_F4(t *testing.T) {
	var out bytes.Buffer
	log := slog.New(LogHandler(slog.NewTextHandler(&out, nil)))
	h := RequestID(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		NoteTenant(r.Context(), 7)
		NoteWho(r.Context(), "portal", 42)
		log.ErrorContext(r.Context(), "request failed", "err", "boom")
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/portal/", nil))
	id := rec.Header().Get("X-Request-ID")
	line := out.String()
	if len(id) < 16 || !strings.Contains(line, "request_id="+id) || !strings.Contains(line, "tenant_id=7") ||
		!strings.Contains(line, "user=portal:42") {
		t.Fatalf("log line %q, X-Request-ID %q", line, id)
	}
	out.Reset()
	log.Error("outside a request")
	if strings.Contains(out.String(), "request_id") {
		t.Fatalf("a line outside a request names one: %q", out.String())
	}
}
