package store

import (
	"context"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// Audit appends an entry to the tenant's audit log (F4): who saw or changed
// what, when, from where. Never pass a password or a secret in Detail.
func (s *Store) Audit(ctx context.Context, e domain.AuditEntry) (err error) {
	defer domain.Wrap(&err, "store.Audit(%s)", e.Action)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if e.At.IsZero() {
		e.At = s.now()
	}
	if e.RemoteAddr == "" {
		e.RemoteAddr = clientAddrOf(ctx)
	}
	_, err = s.w.ExecContext(ctx, `INSERT INTO audit_log (tenant_id, at, actor_kind, actor_id, actor_name, action, object_kind, object_id, detail, remote_addr)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		tid, e.At, e.ActorKind, e.ActorID, e.ActorName, e.Action, e.ObjectKind, e.ObjectID, e.Detail, e.RemoteAddr)
	if err == nil {
		noteAudited(ctx, e.ObjectKind, e.ObjectID)
	}
	return translate(err)
}

// AuditFilter selects audit entries. ObjectID counts only with ObjectKind;
// ActorName matches any part of the name, whatever its case; From and To
// bound the time (To excluded); zero values select everything.
type AuditFilter struct {
	ObjectKind string
	ObjectID   domain.ID
	Action     string
	ActorName  string
	From, To   time.Time
	Limit      int
	Offset     int
}

// AuditEntries lists audit entries, newest first.
func (s *Store) AuditEntries(ctx context.Context, f AuditFilter) (_ []domain.AuditEntry, more bool, err error) {
	defer domain.Wrap(&err, "store.AuditEntries")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, false, err
	}
	if f.Limit <= 0 || f.Limit > 500 {
		f.Limit = 100
	}
	where := "tenant_id = $1"
	args := []any{tid}
	and := func(cond string, v any) {
		args = append(args, v)
		where += " AND " + strings.ReplaceAll(cond, "?", "$"+itoa(len(args)))
	}
	if f.ObjectKind != "" {
		and("object_kind = ?", f.ObjectKind)
		if f.ObjectID != 0 {
			and("object_id = ?", f.ObjectID)
		}
	}
	if f.Action != "" {
		and("action = ?", f.Action)
	}
	if name := strings.TrimSpace(f.ActorName); name != "" {
		and(`lower(actor_name) LIKE ? ESCAPE '\'`, likePattern(name))
	}
	if !f.From.IsZero() {
		and("at >= ?", f.From.UTC())
	}
	if !f.To.IsZero() {
		and("at < ?", f.To.UTC())
	}
	args = append(args, f.Limit+1, f.Offset)
	rows, err := s.r.QueryContext(ctx, `SELECT id, tenant_id, at, actor_kind, actor_id, actor_name, action, object_kind, object_id, detail, remote_addr
		FROM audit_log WHERE `+where+` ORDER BY id DESC LIMIT $`+itoa(len(args)-1)+` OFFSET $`+itoa(len(args)), args...)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var out []domain.AuditEntry
	for rows.Next() {
		var e domain.AuditEntry
		if err := rows.Scan(&e.ID, &e.TenantID, &e.At, &e.ActorKind, &e.ActorID, &e.ActorName, &e.Action, &e.ObjectKind, &e.ObjectID, &e.Detail, &e.RemoteAddr); err != nil {
			return nil, false, err
		}
		out = append(out, e)
	}
	if len(out) > f.Limit {
		return out[:f.Limit], true, rows.Err()
	}
	return out, false, rows.Err()
}

// AuditMany appends several entries in one statement (F4: the reads of a
// list page), 100 rows at a time.
func (s *Store) AuditMany(ctx context.Context, entries []domain.AuditEntry) (err error) {
	defer domain.Wrap(&err, "store.AuditMany(%d)", len(entries))
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	now, addr := s.now(), clientAddrOf(ctx)
	for start := 0; start < len(entries); start += 100 {
		var sb strings.Builder
		var args []any
		sb.WriteString(`INSERT INTO audit_log (tenant_id, at, actor_kind, actor_id, actor_name, action, object_kind, object_id, detail, remote_addr) VALUES `)
		for i, e := range entries[start:min(start+100, len(entries))] {
			if e.At.IsZero() {
				e.At = now
			}
			if e.RemoteAddr == "" {
				e.RemoteAddr = addr
			}
			if i > 0 {
				sb.WriteString(", ")
			}
			n := len(args)
			sb.WriteString("(")
			for j := 1; j <= 10; j++ {
				if j > 1 {
					sb.WriteString(", ")
				}
				sb.WriteString("$" + itoa(n+j))
			}
			sb.WriteString(")")
			args = append(args, tid, e.At, e.ActorKind, e.ActorID, e.ActorName, e.Action, e.ObjectKind, e.ObjectID, e.Detail, e.RemoteAddr)
		}
		if _, err := s.w.ExecContext(ctx, sb.String(), args...); err != nil {
			return translate(err)
		}
	}
	for _, e := range entries {
		noteAudited(ctx, e.ObjectKind, e.ObjectID)
	}
	return nil
}
