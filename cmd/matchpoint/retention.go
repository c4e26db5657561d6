package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/store"
)

// runRetention is `matchpoint retention [--dry-run] [--tenant SLUG]` (F3):
// it lists, or anonymises, the candidates of every agency (or one) that had
// no activity, no placement and no consent for the agency's retention period,
// skipping those an admin holds back. Each anonymisation is audited.
func runRetention(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("retention", flag.ContinueOnError)
	var af appFlags
	af.register(fs)
	dry := fs.Bool("dry-run", false, "only list who is due; change nothing")
	slug := fs.String("tenant", "", "only this agency (slug); default all")
	if err := fs.Parse(args); err != nil {
		return err
	}
	a, err := af.build(ctx, envOr("MATCHPOINT_ADDR", "127.0.0.1:8080"), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		return err
	}
	defer a.DB.Close()
	return retentionRun(ctx, a, *slug, *dry, stdout)
}

// retentionRun runs the retention use case of the application built in
// main for every agency, or the one of slug.
func retentionRun(ctx context.Context, a *app.App, slug string, dry bool, out io.Writer) error {
	tenants, err := a.DB.Store().Tenants(ctx)
	if err != nil {
		return err
	}
	svc := a.Service
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

// retentionLoop runs the retention job once per period of every (a day's
// starts at midnight UTC) until ctx ends, across all instances on the
// database: each looks at start and then every few minutes, and the first
// to find the period's run not done claims it (service.RunRetentionDue).
// The serve command starts it when --retention-every is set; the function
// it returns stops it and waits, so serve closes the database only after.
func startRetention(ctx context.Context, a *app.App, every time.Duration) (stop func()) {
	if every <= 0 {
		return func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		retentionLoop(ctx, a, every)
	}()
	return func() { cancel(); <-done }
}

func retentionLoop(ctx context.Context, a *app.App, every time.Duration) {
	log := a.Log
	tick := func() {
		n, err := a.Service.RunRetentionDue(ctx, every)
		if ctx.Err() != nil {
			return
		}
		a.Metrics.JobRun("retention", err)
		if err != nil {
			log.ErrorContext(ctx, "retention job", "err", err)
		} else if n > 0 {
			log.InfoContext(ctx, "retention job", "anonymised", n)
		}
	}
	t := time.NewTicker(min(every, 5*time.Minute))
	defer t.Stop()
	tick()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			tick()
		}
	}
}
