package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/matchpoint/matchpoint/store"
)

type signIn struct{ Audience, Email, Password string }

// ensureDemo loads the demo agency when the database has no agency yet.
// Until the demo loader lands it creates nothing.
func ensureDemo(ctx context.Context, db *store.DB, stdout io.Writer) ([]signIn, error) {
	return nil, nil
}

func printSignIns(w io.Writer, s []signIn) {
	for _, x := range s {
		fmt.Fprintf(w, "  %-8s %-22s password %s\n", x.Audience, x.Email, x.Password)
	}
}

func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	var dbf dbFlags
	dbf.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	return fmt.Errorf("demo: not yet available")
}
