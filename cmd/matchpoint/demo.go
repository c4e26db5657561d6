package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/password"

	"github.com/matchpoint/matchpoint/demo"
	"github.com/matchpoint/matchpoint/store"
)

type signIn = demo.SignIn

// ensureDemo loads the demo agency when the database has no agency yet, and
// returns the demo sign-ins that work: all of them when it loaded the demo
// now; when the demo agency was there before, those whose account is still
// there with the demo password (issue 15: a start that loaded nothing
// printed passwords that no longer worked, or of no demo at all).
func ensureDemo(ctx context.Context, db *store.DB, stdout io.Writer) ([]signIn, error) {
	empty, err := demo.Empty(ctx, db)
	if err != nil {
		return nil, err
	}
	if !empty {
		t, err := db.Store().TenantBySlug(ctx, demo.Slug)
		if err != nil {
			return nil, nil // an agency of its own: no demo sign-ins to print
		}
		return workingSignIns(store.WithTenant(ctx, t.ID), db.Store(), demo.SignIns()), nil
	}
	fmt.Fprintln(stdout, "Empty database: loading the demo agency …")
	res, err := demo.Load(ctx, db, demo.Options{Seed: 1})
	if err != nil {
		return nil, err
	}
	return res.SignIns, nil
}

func printSignIns(w io.Writer, s []signIn) {
	if len(s) == 0 {
		return
	}
	fmt.Fprintln(w, "Demo sign-ins:")
	for _, x := range s {
		fmt.Fprintf(w, "  %-8s %-22s password %s\n", x.Audience, x.Email, x.Password)
	}
}

func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var dbf dbFlags
	dbf.register(fs)
	n := fs.Int("candidates", 200, "number of candidates")
	seed := fs.Int64("seed", 1, "random seed: the same seed builds the same agency")
	quiet := fs.Bool("quiet", false, "no progress bar")
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := dbf.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	opt := demo.Options{Candidates: *n, Seed: *seed}
	if !*quiet {
		opt.Progress = stderr
	}
	start := time.Now()
	res, err := demo.Load(ctx, db, opt)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "demo agency loaded into %s in %s: %d candidates\n", db.Dialect, time.Since(start).Round(time.Second), res.Counts["candidates"])
	printSignIns(stdout, res.SignIns)
	return nil
}

// workingSignIns keeps the sign-ins whose account exists in the context's
// agency and still has the printed password.
func workingSignIns(ctx context.Context, st *store.Store, all []signIn) []signIn {
	var out []signIn
	for _, x := range all {
		acct, err := st.AccountByEmail(ctx, domain.Audience(x.Audience), x.Email)
		if err != nil || !acct.Active || acct.PasswordHash == "" {
			continue
		}
		if ok, err := password.Check(x.Password, acct.PasswordHash); err == nil && ok {
			out = append(out, x)
		}
	}
	return out
}
