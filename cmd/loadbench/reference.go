package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"html/template"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // PostgreSQL driver "pgx"
	_ "modernc.org/sqlite"             // SQLite driver "sqlite"
)

// The reference is what this machine can do at all with the same database
// and the same libraries: a bare net/http server without sessions, tenancy,
// layers or layout. Its two pages are the yardsticks of the targets:
//
//   - /lookup: one candidate by primary key, rendered;
//   - /page: 50 candidates of a random stretch of the table, rendered as a
//     table.
//
// It prepares its two statements once, as any hand-written server would.
// It runs in a process of its own (this binary, `loadbench reference`), so
// that its memory and garbage collection are apart from the load
// generator's, as the server's are.

var lookupTmpl = template.Must(template.New("lookup").Parse(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{.First}} {{.Last}}</title></head>
<body><h1>{{.First}} {{.Last}}</h1><dl><dt>E-mail</dt><dd>{{.Email}}</dd><dt>City</dt><dd>{{.City}}</dd><dt>Headline</dt><dd>{{.Headline}}</dd></dl></body></html>
`))

var pageTmpl = template.Must(template.New("page").Parse(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Candidates</title></head>
<body><h1>Candidates</h1><table><thead><tr><th>Name</th><th>E-mail</th><th>City</th><th>Headline</th></tr></thead><tbody>
{{range .}}<tr><td><a href="/lookup?id={{.ID}}">{{.First}} {{.Last}}</a></td><td>{{.Email}}</td><td>{{.City}}</td><td>{{.Headline}}</td></tr>
{{end}}</tbody></table></body></html>
`))

type refRow struct {
	ID                                 int64
	First, Last, Email, City, Headline string
}

const refColumns = `id, first_name, last_name, email, city, headline`

func runReference(args []string) error {
	fs := flag.NewFlagSet("reference", flag.ContinueOnError)
	dsn := fs.String("dsn", "", "SQLite file or postgres:// URL")
	addr := fs.String("addr", "127.0.0.1:0", "address to listen on")
	tenant := fs.Int64("tenant", 0, "tenant whose candidates are read")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	db, err := openReferenceDB(*dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	var lo, hi int64
	if err := db.QueryRowContext(ctx, `SELECT MIN(id), MAX(id) FROM candidates WHERE tenant_id = $1`, *tenant).Scan(&lo, &hi); err != nil {
		return fmt.Errorf("id range: %w", err)
	}
	lookup, err := db.PrepareContext(ctx, `SELECT `+refColumns+` FROM candidates WHERE tenant_id = $1 AND id = $2`)
	if err != nil {
		return fmt.Errorf("prepare lookup: %w", err)
	}
	page, err := db.PrepareContext(ctx, `SELECT `+refColumns+` FROM candidates WHERE tenant_id = $1 AND id <= $2 ORDER BY id DESC LIMIT 50`)
	if err != nil {
		return fmt.Errorf("prepare page: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "ok") })
	mux.HandleFunc("GET /lookup", func(w http.ResponseWriter, r *http.Request) {
		var c refRow
		err := lookup.QueryRowContext(r.Context(), *tenant, lo+rand.Int64N(hi-lo+1)).
			Scan(&c.ID, &c.First, &c.Last, &c.Email, &c.City, &c.Headline)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_ = lookupTmpl.Execute(w, c)
	})
	mux.HandleFunc("GET /page", func(w http.ResponseWriter, r *http.Request) {
		rows, err := page.QueryContext(r.Context(), *tenant, lo+50+rand.Int64N(max(hi-lo-50, 1)))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		out := make([]refRow, 0, 50)
		for rows.Next() {
			var c refRow
			if err := rows.Scan(&c.ID, &c.First, &c.Last, &c.Email, &c.City, &c.Headline); err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			out = append(out, c)
		}
		if err := rows.Err(); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_ = pageTmpl.Execute(w, out)
	})
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { <-ctx.Done(); _ = srv.Close() }()
	if err := srv.Serve(ln); err != nil && err != http.ErrServerClosed {
		return err
	}
	return nil
}

// openReferenceDB opens the database the way the server does (WAL readers
// with a busy timeout on SQLite, a pool of 20 on PostgreSQL), read only.
func openReferenceDB(dsn string) (*sql.DB, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			return nil, fmt.Errorf("open postgres: %w", err)
		}
		db.SetMaxOpenConns(20)
		db.SetMaxIdleConns(20)
		return db, nil
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "query_only(1)")
	db, err := sql.Open("sqlite", "file:"+dsn+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open sqlite: %w", err)
	}
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(8)
	return db, nil
}

// startReference runs this binary's reference server on the benchmark's
// database.
func startReference(ctx context.Context, cfg config, fx *fixture) (*process, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("find own binary: %w", err)
	}
	dsn := cfg.databaseURL
	if dsn == "" {
		dsn = sqlitePath(cfg)
	}
	return startProcess(ctx, "reference", self, []string{"reference", "-dsn", dsn, "-tenant", fmt.Sprint(fx.tenantID)})
}
