package store

import (
	"database/sql"
	"errors"

	"github.com/jackc/pgerrcode"
	"github.com/jackc/pgx/v5/pgconn"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/matchpoint/matchpoint/domain"
)

// translate turns a driver's error into the domain's kinds by the engine's
// error code, never by the text of its message: the same constraint gives
// the same kind on SQLite and PostgreSQL.
//
//	no row                          → not found
//	unique or primary key violated  → conflict "error.duplicate"
//	foreign key violated            → invalid "error.reference"
//	NOT NULL or CHECK violated      → invalid "error.invalid"
//	busy, locked, serialization     → unavailable "error.busy" (try again)
func translate(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		return domain.ErrNotFound
	}
	switch kindOf(err) {
	case codeDuplicate:
		return domain.Conflict("error.duplicate", err)
	case codeReference:
		return &domain.Error{Kind: domain.KindInvalid, Key: "error.reference", Err: err}
	case codeInvalid:
		return &domain.Error{Kind: domain.KindInvalid, Key: "error.invalid", Err: err}
	case codeBusy:
		return &domain.Error{Kind: domain.KindUnavailable, Key: "error.busy", Err: err}
	}
	return err
}

type driverCode int

const (
	codeOther driverCode = iota
	codeDuplicate
	codeReference
	codeInvalid
	codeBusy
)

// kindOf classifies a driver error by its code.
func kindOf(err error) driverCode {
	var lite *sqlite.Error
	if errors.As(err, &lite) {
		switch lite.Code() {
		case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
			return codeDuplicate
		case sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
			return codeReference
		case sqlite3.SQLITE_CONSTRAINT_NOTNULL, sqlite3.SQLITE_CONSTRAINT_CHECK:
			return codeInvalid
		}
		// Busy and locked come with extended codes (SQLITE_BUSY_SNAPSHOT …):
		// the primary code is the low byte.
		switch lite.Code() & 0xff {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return codeBusy
		}
		return codeOther
	}
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		switch pg.Code {
		case pgerrcode.UniqueViolation:
			return codeDuplicate
		case pgerrcode.ForeignKeyViolation:
			return codeReference
		case pgerrcode.NotNullViolation, pgerrcode.CheckViolation:
			return codeInvalid
		case pgerrcode.SerializationFailure, pgerrcode.DeadlockDetected, pgerrcode.LockNotAvailable:
			return codeBusy
		}
	}
	return codeOther
}
