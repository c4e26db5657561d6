package service_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/demo"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// Issue 17: the demo agency's approved timesheets of last month invoice
// out of the box on both engines: every client's details pass validation,
// the run skips only days the rules leave out, and the confirmed invoices
// are written for .ci/run's validators (MATCHPOINT_UBL_OUT) — domestic
// (S), reverse charge (AE) and outside the EU (O) among them.
func TestDemoInvoices_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		now := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
		res, err := demo.Load(ctx, db, demo.Options{Candidates: 600, Seed: 7, Now: now})
		must(t, "demo", err)
		db.SetClock(func() time.Time { return now })
		svc := service.New(db)
		tctx := store.WithTenant(ctx, res.TenantID)
		set, err := svc.InvoiceSettings(tctx)
		must(t, "settings", err)
		if err := set.Validate(); err != nil || !set.Ready() {
			t.Fatalf("demo settings: %v", err)
		}
		companies, _, err := db.Store().Companies(tctx, store.CompanyFilter{Kind: domain.CompanyClient, Limit: 200})
		must(t, "companies", err)
		for _, c := range companies {
			b, err := db.Store().ClientBilling(tctx, c.ID)
			must(t, "billing of "+c.Name, err)
			if err := b.Validate(set.Country); err != nil || len(b.ContactIDs) != 1 {
				t.Errorf("%s: %v, %d contacts", c.Name, err, len(b.ContactIDs))
			}
		}
		who := store.Actor{Kind: domain.AudienceOffice, Name: "test"}
		run, err := svc.DraftInvoiceRun(tctx, who, domain.MonthOf(domain.NewDate(2026, 11, 1)), nil)
		must(t, "draft", err)
		for _, s := range run.Skipped {
			if s.Reason != domain.SkipNoInvoicing && s.Reason != domain.SkipNoRate {
				t.Errorf("skipped for %s", s.Reason)
			}
		}
		run, err = svc.ConfirmInvoiceRun(tctx, who, run.ID)
		must(t, "confirm", err)
		list, _, err := db.Store().Invoices(tctx, store.InvoiceFilter{RunID: run.ID, Limit: 1000})
		must(t, "invoices", err)
		categories := map[domain.VATCategory]bool{}
		for _, inv := range list {
			full, err := db.Store().Invoice(tctx, inv.ID)
			must(t, "invoice", err)
			for _, v := range full.VAT {
				categories[v.Category] = true
			}
			if out := os.Getenv("MATCHPOINT_UBL_OUT"); out != "" {
				f, err := svc.InvoiceFile(tctx, who, inv.ID, "xml")
				must(t, "xml", err)
				must(t, "write", os.WriteFile(filepath.Join(out, fmt.Sprintf("%s-demo-%s", db.Dialect, f.Name)), f.Content, 0o644))
			}
		}
		if len(list) < 3 || !categories[domain.VATStandard] || !categories[domain.VATNotSubject] {
			t.Errorf("%d demo invoices, categories %v", len(list), categories)
		}
		t.Logf("%s: %d invoices, %d days skipped, categories %v", db.Dialect, len(list), len(run.Skipped), categories)
	})
}
