package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
)

// runRetention is `matchpoint retention [--dry-run] [--tenant SLUG]` (F3):
// it lists, or anonymises, the candidates of every agency (or one) that had
// no activity, no placement and no consent for the agency's retention period,
// skipping those an admin holds back. Each anonymisation is audited.
func runRetention(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("retention", flag.ContinueOnError)
	var dbf dbFlags
	dbf.register(fs)
	dry := fs.Bool("dry-run", false, "only list who is due; change nothing")
	slug := fs.String("tenant", "", "only this agency (slug); default all")
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := dbf.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	return retentionRun(ctx, db, *slug, *dry, stdout)
}

func retentionRun(ctx context.Context, db *store.DB, slug string, dry bool, out io.Writer) error {
	tenants, err := db.Store().Tenants(ctx)
	if err != nil {
		return err
	}
	svc := service.New(db)
	for _, t := range tenants {
		if slug != "" && t.Slug != slug {
			continue
		}
		res, err := svc.RunRetention(store.WithTenant(ctx, t.ID), dry)
		if err != nil {
			return fmt.Errorf("agency %q: %w", t.Slug, err)
		}
		held := map[int64]bool{}
		for _, id := range res.Held {
			held[id] = true
		}
		for _, d := range res.Due {
			state := "anonymised"
			switch {
			case held[d.Candidate.ID]:
				state = "held"
			case dry:
				state = "due"
			}
			fmt.Fprintf(out, "%s\tcandidate %d\tlast activity %s\t%s\n", t.Slug, d.Candidate.ID, d.LastActivity.Format(time.DateOnly), state)
		}
		fmt.Fprintf(out, "%s: %d due, %d held back, %d anonymised\n", t.Slug, len(res.Due), len(res.Held), len(res.Anonymised))
	}
	return nil
}

// retentionLoop runs the retention job every interval until ctx ends; the
// serve command starts it when --retention-every is set.
func retentionLoop(ctx context.Context, a *app.App, every time.Duration) {
	db, log := a.DB, a.Log
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := retentionRun(ctx, db, "", false, io.Discard); err != nil {
				log.ErrorContext(ctx, "retention job", "err", err)
			}
		}
	}
}
