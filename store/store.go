package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// Store runs the tenant-scoped queries, either on the pools or inside one
// transaction.
type Store struct {
	db *DB
	r  querier // reads
	w  querier // writes
	tx bool
}

// Store returns a Store on the database's pools.
func (db *DB) Store() *Store { return &Store{db: db, r: db.reader(), w: db.write} }

// reader is what the store reads with: the read pool, or, with a standby
// attached, the pool that TolerateLag and the standby's lag choose.
func (db *DB) reader() querier {
	if db.replica == nil {
		return db.read
	}
	return replicaReader{primary: db.read, r: db.replica}
}

// Dialect reports the engine.
func (s *Store) Dialect() Dialect { return s.db.Dialect }

func (s *Store) now() time.Time { return s.db.Now() }

// InTx runs fn in one transaction; it commits when fn returns nil and rolls
// back otherwise (and on panic). Nested calls join the outer transaction.
func (s *Store) InTx(ctx context.Context, fn func(tx *Store) error) (err error) {
	if s.tx {
		return fn(s)
	}
	if g := s.db.write.group; g != nil {
		return g.run(ctx, func(sqlTx *sql.Tx) error {
			q := txQuerier{tx: sqlTx, p: s.db.write, detach: true}
			return fn(&Store{db: s.db, r: q, w: q, tx: true})
		})
	}
	sqlTx, err := s.db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", translate(err))
	}
	defer func() {
		if p := recover(); p != nil {
			_ = sqlTx.Rollback()
			panic(p)
		}
		if err != nil {
			_ = sqlTx.Rollback()
		}
	}()
	q := txQuerier{tx: sqlTx, p: s.db.write}
	if err = fn(&Store{db: s.db, r: q, w: q, tx: true}); err != nil {
		return err
	}
	if err = sqlTx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", translate(err))
	}
	return nil
}

type tenantKey struct{}

// WithTenant returns ctx carrying the tenant every store call is scoped to.
func WithTenant(ctx context.Context, tenantID domain.ID) context.Context {
	return context.WithValue(ctx, tenantKey{}, tenantID)
}

// TenantOf returns the tenant of ctx, or 0.
func TenantOf(ctx context.Context) domain.ID {
	id, _ := ctx.Value(tenantKey{}).(domain.ID)
	return id
}

// errNoTenant is returned when a tenant-scoped method runs without a tenant:
// failing closed keeps a forgotten scope from reading every tenant's rows.
var errNoTenant = errors.New("store: no tenant in context")

func tenant(ctx context.Context) (domain.ID, error) {
	id := TenantOf(ctx)
	if id == 0 {
		return 0, errNoTenant
	}
	return id, nil
}

// indexedBy names the index a query must use on SQLite (" INDEXED BY
// name"; nothing on PostgreSQL). It is for the few queries whose speed rests
// on one index: SQLite plans from sqlite_stat1/stat4, which ANALYZE, a
// migration or a new SQLite version change, and a plan that changes
// silently is a page that takes seconds. An INDEXED BY that SQLite cannot
// use fails the query instead, and TestQueryPlans checks the plan of each.
func (s *Store) indexedBy(index string) string {
	if s.db.Dialect == SQLite {
		return " INDEXED BY " + index
	}
	return ""
}

// nullID stores 0 as NULL for optional references.
func nullID(id domain.ID) any {
	if id == 0 {
		return nil
	}
	return id
}

// scanID reads a nullable reference as 0 when NULL.
type scanID struct{ dst *domain.ID }

func (s scanID) Scan(src any) error {
	var n sql.NullInt64
	if err := n.Scan(src); err != nil {
		return err
	}
	*s.dst = n.Int64
	return nil
}

// likePattern makes a case-insensitive substring pattern for LIKE.
func likePattern(q string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + strings.ToLower(r.Replace(q)) + "%"
}

// expectOne turns an UPDATE or DELETE that touched no row into not found.
func expectOne(res sql.Result, err error) error {
	if err != nil {
		return translate(err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return domain.ErrNotFound
	}
	return nil
}

func itoa(n int) string { return strconv.Itoa(n) }
