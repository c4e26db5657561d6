package demo

import (
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/matchpoint/matchpoint/store"
)

// rowsPerInsert is how many rows one INSERT statement carries. It keeps the
// number of parameters well below SQLite's limit of 32766 for the widest
// table (candidates, 26 columns).
const rowsPerInsert = 500

// flushAfter is how many buffered rows (over all tables) make tick write
// them out; it bounds memory to a few megabytes whatever the demo's size.
const flushAfter = 50_000

// table buffers rows for one table and writes them as multi-row INSERTs.
// The full-size statement is prepared once and reused for every batch; only
// the last, shorter batch of a flush gets a statement of its own.
//
// Rows reference rows of other tables (composite foreign keys, checked per
// statement on both engines), so a table never flushes on its own: the loader
// flushes every table in the order they were registered, parents first, at a
// point where every buffered child's parent is buffered too (tick).
//
// Errors are sticky on the loader, the way bufio.Writer keeps them: after the
// first failure add does nothing, and the loader reports the error when the
// step ends. This keeps the generators free of error plumbing per row.
type table struct {
	l      *loader
	name   string
	cols   []string
	withID bool // the first column is id and add assigns it
	base   int64
	rows   int64 // rows added so far
	per    int
	buf    []any
	stmt   *sql.Stmt
}

// newTable registers a table. withID tables start their ids after the highest
// id present, so a database holding other tenants keeps working.
func (l *loader) newTable(name string, withID bool, cols ...string) *table {
	if withID {
		cols = append([]string{"id"}, cols...)
	}
	t := &table{l: l, name: name, cols: cols, withID: withID, per: rowsPerInsert}
	if withID && l.err == nil {
		var top sql.NullInt64
		if err := l.tx.QueryRowContext(l.ctx, "SELECT MAX(id) FROM "+name).Scan(&top); err != nil {
			l.fail(fmt.Errorf("max id of %s: %w", name, err))
		}
		t.base = top.Int64
	}
	l.tables = append(l.tables, t)
	return t
}

// nextID is the id the next add will give its row.
func (t *table) nextID() int64 { return t.base + t.rows + 1 }

// add buffers one row (without the id for withID tables) and returns its id
// (0 for tables without one).
func (t *table) add(vals ...any) int64 {
	if t.l.err != nil {
		return 0
	}
	want := len(t.cols)
	var id int64
	if t.withID {
		want--
		id = t.nextID()
		t.buf = append(t.buf, id)
	}
	if len(vals) != want {
		t.l.fail(fmt.Errorf("%s: %d values for %d columns", t.name, len(vals), want))
		return 0
	}
	t.buf = append(t.buf, vals...)
	t.rows++
	t.l.pending++
	return id
}

// flush writes the buffered rows: full batches through the prepared
// statement, the rest in one shorter statement.
func (t *table) flush() {
	if t.l.err != nil || len(t.buf) == 0 {
		return
	}
	width := len(t.cols)
	rest := t.buf
	for len(rest) > 0 && t.l.err == nil {
		n := min(len(rest)/width, t.per)
		chunk := rest[:n*width]
		rest = rest[n*width:]
		var err error
		if n == t.per {
			if t.stmt == nil {
				t.stmt, err = t.l.tx.PrepareContext(t.l.ctx, t.insertSQL(n))
				if err != nil {
					t.l.fail(fmt.Errorf("prepare insert into %s: %w", t.name, err))
					return
				}
			}
			_, err = t.stmt.ExecContext(t.l.ctx, chunk...)
		} else {
			_, err = t.l.tx.ExecContext(t.l.ctx, t.insertSQL(n), chunk...)
		}
		if err != nil {
			t.l.fail(fmt.Errorf("insert into %s: %w", t.name, err))
			return
		}
	}
	clear(t.buf) // drop references so the strings can be collected
	t.buf = t.buf[:0]
}

// close flushes the rest and releases the prepared statement.
func (t *table) close() {
	t.flush()
	if t.stmt != nil {
		_ = t.stmt.Close()
		t.stmt = nil
	}
}

// insertSQL is INSERT INTO name (cols) VALUES ($1,…),(…) for n rows; on
// SQLite the placeholders are plain ?. SQLite treats $N as a named
// parameter, and naming costs a linear scan per parameter both when the
// statement is parsed and when the driver binds it: quadratic in a
// 10,000-parameter INSERT, which made the load twenty times slower.
func (t *table) insertSQL(n int) string {
	positional := t.l.dialect == store.SQLite
	var b strings.Builder
	b.Grow(32 + n*len(t.cols)*7)
	b.WriteString("INSERT INTO ")
	b.WriteString(t.name)
	b.WriteString(" (")
	b.WriteString(strings.Join(t.cols, ", "))
	b.WriteString(") VALUES ")
	p := 1
	for r := 0; r < n; r++ {
		if r > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('(')
		for c := range t.cols {
			if c > 0 {
				b.WriteByte(',')
			}
			if positional {
				b.WriteByte('?')
				continue
			}
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(p))
			p++
		}
		b.WriteByte(')')
	}
	return b.String()
}

// flushAll writes every table's rows, parents first: tables flush in the
// order they were registered.
func (l *loader) flushAll() {
	for _, t := range l.tables {
		t.flush()
	}
	l.pending = 0
}

// tick is called between units of work (a candidate with all its rows, a
// placement with its timesheets) and flushes once enough rows are waiting.
func (l *loader) tick() {
	if l.pending >= flushAfter {
		l.flushAll()
	}
}

func (l *loader) closeAll() {
	for _, t := range l.tables {
		t.close()
	}
}

// fail records the first error.
func (l *loader) fail(err error) {
	if l.err == nil {
		l.err = err
	}
}

// exec runs one statement unless an earlier step failed.
func (l *loader) exec(query string, args ...any) {
	if l.err != nil {
		return
	}
	if _, err := l.tx.ExecContext(l.ctx, query, args...); err != nil {
		l.fail(fmt.Errorf("%.60s: %w", query, err))
	}
}
