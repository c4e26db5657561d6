package store

import "database/sql"

// Pools names the connection pools of the database for the operator's
// metrics (sql.DBStats): "primary" on PostgreSQL; "write" and "read" on
// SQLite, whose single writer has a pool of its own; "replica" for an
// attached standby. Not for queries.
func (db *DB) Pools() map[string]*sql.DB {
	out := map[string]*sql.DB{"write": db.write.DB, "read": db.read.DB}
	if db.read == db.write {
		out = map[string]*sql.DB{"primary": db.write.DB}
	}
	if db.replica != nil {
		out["replica"] = db.replica.pool.DB
	}
	return out
}
