package store

import (
	"context"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// ReserveHit counts one hit for key in the agency of ctx and returns how
// many the key has had in its current window, this one included. A window
// that started window or longer ago starts again at now. The read and the
// increment are one statement, so parallel requests (and several instances
// on one database) each see a count of their own.
func (s *Store) ReserveHit(ctx context.Context, key string, now time.Time, window time.Duration) (hits int, err error) {
	defer domain.Wrap(&err, "store.ReserveHit")
	tid, err := tenant(ctx)
	if err != nil {
		return 0, err
	}
	at, expired := now.UnixMilli(), now.Add(-window).UnixMilli()
	err = s.w.QueryRowContext(ctx, `
		INSERT INTO rate_limits (tenant_id, key, window_start, hits) VALUES ($1, $2, $3, 1)
		ON CONFLICT (tenant_id, key) DO UPDATE SET
			hits = CASE WHEN rate_limits.window_start <= $4 THEN 1 ELSE rate_limits.hits + 1 END,
			window_start = CASE WHEN rate_limits.window_start <= $4 THEN $3 ELSE rate_limits.window_start END
		RETURNING hits`, tid, key, at, expired).Scan(&hits)
	return hits, translate(err)
}

// ReleaseHit gives back one hit of key (an attempt that succeeded).
func (s *Store) ReleaseHit(ctx context.Context, key string) (err error) {
	defer domain.Wrap(&err, "store.ReleaseHit")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	_, err = s.w.ExecContext(ctx, `UPDATE rate_limits SET hits = hits - 1 WHERE tenant_id = $1 AND key = $2 AND hits > 0`, tid, key)
	return translate(err)
}

// Hits is the count of key in its current window; 0 when the window ended.
func (s *Store) Hits(ctx context.Context, key string, now time.Time, window time.Duration) (hits int, err error) {
	defer domain.Wrap(&err, "store.Hits")
	tid, err := tenant(ctx)
	if err != nil {
		return 0, err
	}
	err = s.r.QueryRowContext(ctx, `SELECT COALESCE(MAX(hits), 0) FROM rate_limits WHERE tenant_id = $1 AND key = $2 AND window_start > $3`,
		tid, key, now.Add(-window).UnixMilli()).Scan(&hits)
	return hits, translate(err)
}

// PruneRateLimits deletes the windows of every agency that started before
// cutoff; it keeps the table as small as the keys in use.
func (db *DB) PruneRateLimits(ctx context.Context, cutoff time.Time) (err error) {
	defer domain.Wrap(&err, "store.PruneRateLimits")
	_, err = db.write.ExecContext(ctx, `DELETE FROM rate_limits WHERE window_start < $1`, cutoff.UnixMilli())
	return translate(err)
}
