package service_test

import (
	"context"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/demo"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// BenchmarkTimesheetsOnDemo measures a submit with its mails and a
// contact's Hiring Portal list on the demo agency of
// MATCHPOINT_BENCH_DEMO candidates (the issue asks for 1,000,000), on both
// engines. It runs only when that variable is set, e.g.
//
//	MATCHPOINT_BENCH_DEMO=1000000 go test -run XXX -bench OnDemo -timeout 3h ./service
func BenchmarkTimesheetsOnDemo(b *testing.B) {
	n, _ := strconv.Atoi(os.Getenv("MATCHPOINT_BENCH_DEMO"))
	if n <= 0 {
		b.Skip("set MATCHPOINT_BENCH_DEMO=<candidates> to run")
	}
	for _, db := range storetest.DBs(b) {
		ctx := context.Background()
		start := time.Now()
		res, err := demo.Load(ctx, db, demo.Options{Candidates: n, Seed: 1})
		must(b, "demo", err)
		b.Logf("%s: demo of %d candidates loaded in %s", db.Dialect, n, time.Since(start).Round(time.Second))
		ctx = store.WithTenant(ctx, res.TenantID)
		svc := service.New(db)
		st := db.Store()
		p, contact := demoPlacement(b, ctx, svc, st)
		cand := store.Actor{Kind: domain.AudiencePortal, ID: p.CandidateID, Name: p.CandidateName}
		year, week := svc.Today().ISOWeek()
		ts, err := st.EnsureTimesheet(ctx, p.ID, year, week)
		must(b, "timesheet", err)
		back := []domain.TimesheetStatus{domain.TimesheetSent, domain.TimesheetApproved, domain.TimesheetRejected}
		b.Run(string(db.Dialect)+"/submit", func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				b.StopTimer()
				if _, err := st.TransitionTimesheet(ctx, ts.ID, back, domain.TimesheetDraft, db.Now()); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if _, err := svc.SubmitTimesheet(ctx, cand, p.ID, year, week); err != nil {
					b.Fatal(err)
				}
			}
		})
		who := store.Actor{Kind: domain.AudienceHiring, ID: contact}
		b.Run(string(db.Dialect)+"/contact_list", func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if _, _, err := svc.ContactTimesheets(ctx, who, "", 50, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(string(db.Dialect)+"/agency_list", func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if _, _, err := st.Timesheets(ctx, store.TimesheetFilter{Status: domain.TimesheetSent, Limit: 50}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// demoPlacement finds a placement of the demo where the candidate may write
// timesheets and the client approves them, and one of its contacts.
func demoPlacement(b *testing.B, ctx context.Context, svc *service.Service, st *store.Store) (domain.Placement, domain.ID) {
	b.Helper()
	today := svc.Today()
	year, week := today.ISOWeek()
	list, _, err := st.Placements(ctx, store.PlacementFilter{ActiveOn: today, Limit: 200})
	must(b, "placements", err)
	for _, p := range list {
		p, err := st.Placement(ctx, p.ID)
		must(b, "placement", err)
		rates, err := st.Rates(ctx, p.ID)
		must(b, "rates", err)
		if ok, _ := domain.TimesheetsAllowed(p, rates, today); ok && domain.ClientApprovalRequired(p, rates, today) && len(p.ContactIDs) > 0 {
			w, err := svc.TimesheetWeek(ctx, store.Actor{Kind: domain.AudiencePortal, ID: p.CandidateID}, p.ID, year, week)
			if err == nil && w.Timesheet.Status != domain.TimesheetApproved {
				return p, p.ContactIDs[0]
			}
		}
	}
	b.Fatal("the demo has no placement with timesheets for the client to approve")
	return domain.Placement{}, 0
}
