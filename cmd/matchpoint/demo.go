package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/matchpoint/matchpoint/demo"
	"github.com/matchpoint/matchpoint/store"
)

type signIn = demo.SignIn

// ensureDemo loads the demo agency when the database has no agency yet, and
// returns the demo sign-ins when the demo agency is there.
func ensureDemo(ctx context.Context, db *store.DB, stdout io.Writer) ([]signIn, error) {
	empty, err := demo.Empty(ctx, db)
	if err != nil {
		return nil, err
	}
	if !empty {
		if _, err := db.Store().TenantBySlug(ctx, demo.Slug); err != nil {
			return nil, nil // an agency of its own: no demo sign-ins to print
		}
		return demo.SignIns(), nil
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
