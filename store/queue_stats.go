package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// QueueStat is what waits in one delivery queue, over all agencies: rows
// not delivered yet (pending or being sent) and the oldest one's age.
type QueueStat struct {
	Queue  string // "mail" or "webhook"
	Depth  int
	Oldest time.Duration // 0 when the queue is empty
}

// QueueStats reads the depth of the mail outbox and the webhook deliveries
// for the operator's metrics. Like the workers' claims it spans every
// agency, so it hangs off *DB; it only reads.
func (db *DB) QueueStats(ctx context.Context) (_ []QueueStat, err error) {
	defer domain.Wrap(&err, "store.QueueStats")
	now := db.Now()
	var out []QueueStat
	for _, q := range []struct{ name, table string }{{"mail", mailQueue.table}, {"webhook", webhookQueue.table}} {
		st := QueueStat{Queue: q.name}
		err := db.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+q.table+` WHERE status IN ($1, $2)`,
			domain.OutboxPending, domain.OutboxSending).Scan(&st.Depth)
		if err != nil {
			return nil, err
		}
		if st.Depth > 0 {
			// ORDER BY … LIMIT 1 rather than MIN(): SQLite gives an
			// aggregate back as text, a column as the time it holds.
			var oldest time.Time
			err := db.read.QueryRowContext(ctx, `SELECT created_at FROM `+q.table+` WHERE status IN ($1, $2)
				ORDER BY created_at LIMIT 1`, domain.OutboxPending, domain.OutboxSending).Scan(&oldest)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return nil, err
			}
			if err == nil && now.After(oldest) {
				st.Oldest = now.Sub(oldest)
			}
		}
		out = append(out, st)
	}
	return out, nil
}
