package store

import (
	"fmt"
	"testing"

	"github.com/jackc/pgerrcode"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/matchpoint/matchpoint/domain"
)

// PostgreSQL's codes map to the domain's kinds whatever the message says.
func TestTranslatePostgresCodes(t *testing.T) {
	for _, c := range []struct {
		code string
		kind domain.Kind
		key  string
	}{
		{pgerrcode.UniqueViolation, domain.KindConflict, "error.duplicate"},
		{pgerrcode.ForeignKeyViolation, domain.KindInvalid, "error.reference"},
		{pgerrcode.NotNullViolation, domain.KindInvalid, "error.invalid"},
		{pgerrcode.CheckViolation, domain.KindInvalid, "error.invalid"},
		{pgerrcode.SerializationFailure, domain.KindUnavailable, "error.busy"},
		{pgerrcode.DeadlockDetected, domain.KindUnavailable, "error.busy"},
		{pgerrcode.UndefinedTable, domain.KindInternal, ""},
	} {
		err := translate(fmt.Errorf("wrapped: %w", &pgconn.PgError{Code: c.code, Message: "a message in any language"}))
		if domain.KindOf(err) != c.kind || (c.key != "" && domain.KeyOf(err) != c.key) {
			t.Errorf("code %s: kind %v key %q, want %v %q", c.code, domain.KindOf(err), domain.KeyOf(err), c.kind, c.key)
		}
	}
}
