package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
)

// runReminders mails the timesheet reminders of last week now (G3), for one
// agency or all, whatever day and hour the agencies configured: it is for
// cron and for operators. A candidate is reminded of a week at most once,
// so running it after serve's ticker, or twice, sends nothing twice.
func runReminders(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("reminders", flag.ContinueOnError)
	var af appFlags
	af.register(fs)
	slug := fs.String("tenant", "", "slug of the agency; empty = every agency")
	if err := fs.Parse(args); err != nil {
		return err
	}
	a, err := af.build(ctx, envOr("MATCHPOINT_ADDR", "127.0.0.1:8080"), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		return err
	}
	db := a.DB
	defer db.Close()
	svc := a.Service
	year, week := service.LastWeek(svc.Today())
	tenants, err := db.Store().Tenants(ctx)
	if err != nil {
		return err
	}
	found := false
	for _, t := range tenants {
		if *slug != "" && t.Slug != *slug {
			continue
		}
		found = true
		n, err := svc.SendTimesheetReminders(store.WithTenant(ctx, t.ID), year, week)
		if err != nil {
			return fmt.Errorf("agency %s: %w", t.Slug, err)
		}
		fmt.Fprintf(stdout, "%s: %d timesheet reminders for %d-W%02d\n", t.Slug, n, year, week)
	}
	if !found && *slug != "" {
		return fmt.Errorf("no agency %q", *slug)
	}
	return nil
}

// startReminders runs the agencies' timesheet reminders on their configured
// weekday and hour (in the server's time zone) every few minutes, with the
// application's use cases (so their links come from the base URL). The
// function it returns stops the job and waits for it, so that serve closes
// the database only after.
func startReminders(ctx context.Context, a *app.App) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	svc, log := a.Service, a.Log
	tick := func() {
		if n, err := svc.RunReminders(ctx, time.Local); err != nil && ctx.Err() == nil {
			log.Error("timesheet reminders", "err", err)
		} else if n > 0 {
			log.Info("timesheet reminders sent", "count", n)
		}
	}
	go func() {
		defer close(done)
		t := time.NewTicker(5 * time.Minute)
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
	}()
	return func() {
		cancel()
		<-done
	}
}
