// Package demo fills a migrated database with a realistic demo agency: one
// tenant with recruiters, candidates, client companies, contacts, vacancies,
// matches, placements with timesheets, documents and notes. The same seed
// gives the same agency. It writes with multi-row INSERTs in one transaction
// so that a million candidates load in minutes, on SQLite and PostgreSQL.
package demo

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/password"
	"github.com/matchpoint/matchpoint/store"
)

// Password is the password of every demo account.
const Password = "matchpoint-demo"

// Slug is the demo tenant's slug.
const Slug = "demo"

// Options say how big the demo is and what it starts from.
type Options struct {
	Candidates int       // total candidates, the demo candidate included; <= 0 means 200, else at least 20
	Seed       int64     // the same seed gives the same agency
	Progress   io.Writer // nil = silent; else a progress bar over candidates is written here
	Now        time.Time // "today" for all dates; zero = time.Now()
}

// SignIn is a demo account; Audience is "office", "portal" or "hiring".
type SignIn struct {
	Audience, Email, Password string
}

// Result tells what Load created.
type Result struct {
	TenantID domain.ID
	SignIns  []SignIn
	Counts   map[string]int64 // rows written per table
}

// Empty reports whether the database has no tenant yet; the server loads the
// demo only then.
func Empty(ctx context.Context, db *store.DB) (bool, error) {
	var n int
	err := db.Raw().QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT id FROM tenants LIMIT 1) t`).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("demo.Empty: %w", err)
	}
	return n == 0, nil
}

// Load creates the demo tenant (slug "demo") in a migrated database. It fails
// when the database already has a tenant with that slug. Everything is written
// in one transaction: on error nothing is left behind.
func Load(ctx context.Context, db *store.DB, opt Options) (res *Result, err error) {
	defer domain.Wrap(&err, "demo.Load")
	if opt.Candidates <= 0 {
		opt.Candidates = 200
	}
	// Below 20 the fixed parts (demo matches, placements) run out of
	// candidates to draw from.
	opt.Candidates = max(opt.Candidates, 20)
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	hash, err := password.Hash(Password, password.Default)
	if err != nil {
		return nil, err
	}

	// One connection for the whole load: SQLite pragmas are per connection.
	conn, err := db.Raw().Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("connect: %w", err)
	}
	defer conn.Close()
	if db.Dialect == store.SQLite {
		restore, err := sqliteTune(ctx, conn)
		if err != nil {
			return nil, err
		}
		defer restore()
	}

	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // no-op after commit

	var taken int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM tenants WHERE slug = $1`, Slug).Scan(&taken); err != nil {
		return nil, fmt.Errorf("check tenant: %w", err)
	}
	if taken > 0 {
		return nil, domain.Conflict("error.duplicate", errors.New("a tenant with slug \"demo\" exists already"))
	}

	l := newLoader(ctx, tx, db.Dialect, opt, hash)
	started := time.Now()
	l.run()
	if l.err != nil {
		return nil, l.err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	l.say("committed after %s", time.Since(started).Round(time.Millisecond))
	if err := l.finish(ctx, conn); err != nil {
		return nil, err
	}
	l.say("done in %s", time.Since(started).Round(time.Millisecond))

	res = &Result{TenantID: l.tenantID, Counts: map[string]int64{}}
	for _, t := range l.tables {
		if t.rows > 0 {
			res.Counts[t.name] = t.rows
		}
	}
	res.SignIns = SignIns()
	return res, nil
}

// The demo accounts.
const (
	recruiterEmail = "recruiter@demo.test"
	adminEmail     = "admin@demo.test"
	candidateEmail = "candidate@demo.test"
	contactEmail   = "contact@demo.test"
	// contactLanguage is the demo contact's language; English so that a
	// first look at the Hiring Portal needs no Dutch. Other contacts speak
	// all four languages.
	contactLanguage = "en"
)

// loader holds the state of one Load: the transaction, the tables being
// written and the ids of what was created so far.
type loader struct {
	ctx     context.Context
	tx      *sql.Tx
	dialect store.Dialect
	opt     Options
	seed    uint64
	now     time.Time   // UTC, whole seconds
	today   domain.Date // the calendar day of now
	hash    string      // password hash shared by every demo account
	err     error
	pending int
	tables  []*table

	t tables
	refs
}

func newLoader(ctx context.Context, tx *sql.Tx, d store.Dialect, opt Options, hash string) *loader {
	now := opt.Now.UTC().Truncate(time.Second)
	l := &loader{ctx: ctx, tx: tx, dialect: d, opt: opt, seed: uint64(opt.Seed), now: now, today: domain.DateOf(now), hash: hash}
	l.registerTables()
	return l
}

// rng returns a random stream of its own for one step, so that a change in
// how one step draws does not reshuffle the others.
func (l *loader) rng(step uint64) *rand.Rand {
	return rand.New(rand.NewPCG(l.seed, step*0x9E3779B97F4A7C15))
}

// run performs the steps in foreign-key order.
func (l *loader) run() {
	if l.dialect == store.SQLite {
		l.dropSearchTriggers()
	}
	steps := []struct {
		name string
		fn   func()
	}{
		{"agency", l.agency},
		{"companies and contacts", l.organisations},
		{"vacancies", l.vacancies},
		{"plan placements", l.planPlacements},
		{"candidates", l.candidates},
		{"matches", l.matches},
		{"placements and timesheets", l.placements},
		{"documents", l.documents},
		{"notes and privacy", l.activity},
		{"settings", l.settings},
		{"invoicing", l.invoicing},
	}
	for _, s := range steps {
		if l.err != nil {
			return
		}
		start := time.Now()
		s.fn()
		l.flushAll()
		if s.name != "candidates" {
			l.say("%-26s %s", s.name, time.Since(start).Round(time.Millisecond))
		}
	}
	l.closeAll()
	if l.err != nil {
		return
	}
	start := time.Now()
	if l.dialect == store.SQLite {
		l.rebuildSearch()
	} else {
		l.resetSequences()
	}
	l.say("%-26s %s", "search index / sequences", time.Since(start).Round(time.Millisecond))
}

// say writes a progress line when progress is wanted.
func (l *loader) say(format string, args ...any) {
	if l.opt.Progress != nil {
		fmt.Fprintf(l.opt.Progress, "demo: "+format+"\n", args...)
	}
}

// SignIns lists the demo accounts, for printing when the demo agency is
// already loaded.
func SignIns() []SignIn {
	return []SignIn{
		{Audience: string(domain.AudienceOffice), Email: recruiterEmail, Password: Password},
		{Audience: string(domain.AudienceOffice), Email: adminEmail, Password: Password},
		{Audience: string(domain.AudiencePortal), Email: candidateEmail, Password: Password},
		{Audience: string(domain.AudienceHiring), Email: contactEmail, Password: Password},
	}
}
