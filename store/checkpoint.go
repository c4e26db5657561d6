package store

import (
	"context"
	"fmt"
)

// Checkpoint copies SQLite's write-ahead log into the database file and
// truncates the log to nothing (F2): after an erasure, the log would
// otherwise keep the erased values in the frames of earlier versions of
// their pages until it is overwritten. With secure_delete on, the
// checkpointed pages hold zeros where the values were. It waits for readers
// (busy_timeout) and fails when one still holds the log after that. On
// PostgreSQL it does nothing: see the README on erasure and VACUUM.
func (db *DB) Checkpoint(ctx context.Context) error {
	if db.Dialect != SQLite {
		return nil
	}
	var busy, logFrames, done int
	if err := db.write.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logFrames, &done); err != nil {
		return fmt.Errorf("wal checkpoint: %w", err)
	}
	if busy != 0 {
		return fmt.Errorf("wal checkpoint: readers held the log (%d of %d frames copied)", done, logFrames)
	}
	return nil
}
