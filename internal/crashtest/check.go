package main

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/store"
)

// outboxRow is one mail as the check reads it.
type outboxRow struct {
	id        int64
	createdAt time.Time
	status    string
}

func outboxRows(ctx context.Context, db *store.DB) (map[int64]outboxRow, error) {
	rows, err := db.Raw().QueryContext(ctx, `SELECT id, created_at, status FROM outbox`)
	if err != nil {
		return nil, fmt.Errorf("read outbox: %w", err)
	}
	defer rows.Close()
	out := map[int64]outboxRow{}
	for rows.Next() {
		var r outboxRow
		if err := rows.Scan(&r.id, &r.createdAt, &r.status); err != nil {
			return nil, err
		}
		out[r.id] = r
	}
	return out, rows.Err()
}

// claimedIDs lists the mails claimed ('sending') right now: after a kill,
// the dead process's claims.
func claimedIDs(ctx context.Context, db *store.DB) ([]int64, error) {
	rows, err := db.Raw().QueryContext(ctx, `SELECT id FROM outbox WHERE status = 'sending'`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

func undelivered(ctx context.Context, db *store.DB) (int, error) {
	var n int
	err := db.Raw().QueryRowContext(ctx, `SELECT COUNT(*) FROM outbox WHERE status <> 'sent'`).Scan(&n)
	return n, err
}

// writeCounts counts the stored requests per token.
func writeCounts(ctx context.Context, db *store.DB) (map[string]int, error) {
	rows, err := db.Raw().QueryContext(ctx, `SELECT message, COUNT(*) FROM privacy_requests WHERE message LIKE 'crashtest-%' GROUP BY message`)
	if err != nil {
		return nil, fmt.Errorf("read requests: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var msg string
		var n int
		if err := rows.Scan(&msg, &n); err != nil {
			return nil, err
		}
		out[msg] = n
	}
	return out, rows.Err()
}

// outboxID reads the row id out of a Message-ID "<outbox-ID.TENANT@host>".
func outboxID(messageID string) (int64, bool) {
	s := strings.TrimPrefix(strings.Trim(messageID, "<>"), "outbox-")
	head, _, ok := strings.Cut(s, ".")
	if !ok {
		return 0, false
	}
	id, err := strconv.ParseInt(head, 10, 64)
	return id, err == nil
}

// incarnation returns the index in starts of the process that was running
// at t.
func incarnation(starts []time.Time, t time.Time) int {
	return max(0, sort.Search(len(starts), func(i int) bool { return starts[i].After(t) })-1)
}

// percentile of sorted durations.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, int(p*float64(len(sorted))))]
}
