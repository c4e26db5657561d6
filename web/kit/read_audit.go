package kit

import (
	"log/slog"
	"net/http"
	"strings"

	"github.com/matchpoint/matchpoint/store"
)

// ReadAuditor writes the audit entries (F4) of the persons' records a GET
// request read: who (the signed-in person on r), when, what (the route's
// pattern) and from where.
type ReadAuditor func(r *http.Request, pattern string, reads []store.Read) error

// AuditReads puts read auditing around the handler of one route: the
// request carries a store.ReadLog, and before the first byte of a successful
// answer goes out, every person whose record the handler read gets an
// audit entry (unless the handler wrote one itself). When that entry cannot
// be written the answer is a 500 and shows nothing: no read goes
// unrecorded. Reads after the answer started (rare) are recorded at its
// end. Only GET routes are wrapped; a write is audited by its use case.
func AuditReads(audit ReadAuditor, pattern string, log *slog.Logger, h http.Handler) http.Handler {
	if audit == nil {
		return h
	}
	if !strings.HasPrefix(pattern, http.MethodGet+" ") {
		return withClientAddr(h)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, reads := store.WithReadLog(store.WithClientAddr(r.Context(), ClientAddr(r)))
		r = r.WithContext(ctx)
		flush := func() error {
			if list := reads.Unaudited(); len(list) > 0 {
				return audit(r, pattern, list)
			}
			return nil
		}
		aw := &auditWriter{ResponseWriter: w, flush: flush}
		h.ServeHTTP(aw, r)
		if !aw.started {
			aw.WriteHeader(http.StatusOK)
		}
		if aw.status < 400 && !aw.failed {
			if err := flush(); err != nil {
				log.ErrorContext(ctx, "audit of reads after the answer", "pattern", pattern, "err", err)
			}
		}
	})
}

// withClientAddr lets every audit entry h's use cases write say from where
// the request came (F4).
func withClientAddr(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(w, r.WithContext(store.WithClientAddr(r.Context(), ClientAddr(r))))
	})
}

// auditWriter writes the audit entries of the reads so far when the answer
// starts, and refuses the answer when they cannot be written.
type auditWriter struct {
	http.ResponseWriter
	flush   func() error
	started bool
	failed  bool
	status  int
}

func (w *auditWriter) WriteHeader(status int) {
	if w.started {
		return
	}
	w.started, w.status = true, status
	if status < 400 {
		if err := w.flush(); err != nil {
			w.failed = true
			w.Header().Del("Content-Disposition")
			http.Error(w.ResponseWriter, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
			return
		}
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *auditWriter) Write(b []byte) (int, error) {
	if !w.started {
		w.WriteHeader(http.StatusOK)
	}
	if w.failed {
		return len(b), nil
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *auditWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
