package kit

import (
	"context"
	"crypto/rand"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
)

// requestInfo is what every log line of a request says about it. Later
// middleware fills it in (the tenant once found, the person once signed in),
// so even the outermost handler's lines carry all of it.
type requestInfo struct {
	id     string
	tenant domain.ID
	who    string // kind and id, e.g. "office:12"
}

type requestInfoKey struct{}

// RequestID gives every request an id, sent back as X-Request-ID and put on
// every log line of the request (with LogHandler), so an error a person
// reports can be found in the log.
func RequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		info := &requestInfo{id: rand.Text()[:16]}
		w.Header().Set("X-Request-ID", info.id)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestInfoKey{}, info)))
	})
}

// NoteTenant records the request's agency for its log lines.
func NoteTenant(ctx context.Context, id domain.ID) {
	if info, ok := ctx.Value(requestInfoKey{}).(*requestInfo); ok {
		info.tenant = id
	}
}

// NoteWho records who makes the request, for its log lines: the kind
// (an audience, or "api_token") and the record's id, never a name or an
// e-mail address.
func NoteWho(ctx context.Context, kind string, id domain.ID) {
	if info, ok := ctx.Value(requestInfoKey{}).(*requestInfo); ok {
		info.who = kind + ":" + strconv.FormatInt(id, 10)
	}
}

// LogHandler adds the request id, the agency and the signed-in person of the
// context to every record logged with one (ErrorContext and the like).
func LogHandler(h slog.Handler) slog.Handler { return logHandler{h} }

type logHandler struct{ slog.Handler }

func (h logHandler) Handle(ctx context.Context, rec slog.Record) error {
	if info, ok := ctx.Value(requestInfoKey{}).(*requestInfo); ok {
		rec.AddAttrs(slog.String("request_id", info.id))
		if info.tenant != 0 {
			rec.AddAttrs(slog.Int64("tenant_id", info.tenant))
		}
		if info.who != "" {
			rec.AddAttrs(slog.String("user", info.who))
		}
	}
	return h.Handler.Handle(ctx, rec)
}

func (h logHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return logHandler{h.Handler.WithAttrs(attrs)}
}

func (h logHandler) WithGroup(name string) slog.Handler { return logHandler{h.Handler.WithGroup(name)} }
