package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
)

const invoicesUsage = `Usage:
  matchpoint invoices run --period 2026-11 [--tenant demo] [--client ID …] [--confirm]
  matchpoint invoices export --period 2026-11 --out DIR [--tenant demo]

run invoices the approved, not yet invoiced hours of the period (a month
2026-11 or an ISO week 2026-W45) for every client, or the --client ones:
a draft run, printed for review, or with --confirm numbered, stored,
mailed and locked. export writes the UBL XML and PDF of every confirmed
invoice and credit note of the period into DIR.
`

// cliActor is who the audit log names for what the command does.
var cliActor = store.Actor{Kind: domain.AudienceOffice, Name: "matchpoint invoices"}

// runInvoices is `matchpoint invoices run|export` (issue 17), for
// schedulers and for the people who check the numbers.
func runInvoices(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stdout, invoicesUsage)
		return nil
	}
	sub, args := args[0], args[1:]
	fs := flag.NewFlagSet("invoices "+sub, flag.ContinueOnError)
	var af appFlags
	af.register(fs)
	slug := fs.String("tenant", "", "slug of the agency; empty = the only one")
	periodText := fs.String("period", "", "a month (2026-11) or an ISO week (2026-W45)")
	var clients []domain.ID
	confirm := false
	out := ""
	switch sub {
	case "run":
		fs.Func("client", "invoice only this client (company id); repeat for more", func(s string) error {
			id, err := strconv.ParseInt(s, 10, 64)
			if err != nil || id <= 0 {
				return fmt.Errorf("not a company id: %q", s)
			}
			clients = append(clients, id)
			return nil
		})
		fs.BoolVar(&confirm, "confirm", false, "confirm the run: number, store, mail and lock the invoices")
	case "export":
		fs.StringVar(&out, "out", "", "directory to write the XML and PDF files into")
	default:
		fmt.Fprint(stdout, invoicesUsage)
		return fmt.Errorf("invoices: unknown command %q", sub)
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	period, err := domain.ParsePeriod(*periodText)
	if err != nil {
		return fmt.Errorf("--period %q: give a month (2026-11) or an ISO week (2026-W45)", *periodText)
	}
	if sub == "export" && out == "" {
		return errors.New("invoices export: --out DIR is required")
	}
	a, err := af.build(ctx, envOr("MATCHPOINT_ADDR", "127.0.0.1:8080"), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		return err
	}
	db := a.DB
	defer db.Close()
	tctx, err := agencyContext(ctx, db, *slug)
	if err != nil {
		return err
	}
	svc := a.Service
	if sub == "export" {
		return exportInvoices(tctx, svc, db.Store(), period, out, stdout)
	}
	return invoiceRun(tctx, svc, db.Store(), period, clients, confirm, stdout)
}

// agencyContext scopes ctx to the agency of slug, or to the only agency.
func agencyContext(ctx context.Context, db *store.DB, slug string) (context.Context, error) {
	tenants, err := db.Store().Tenants(ctx)
	if err != nil {
		return nil, err
	}
	var found []domain.Tenant
	for _, t := range tenants {
		if slug == "" || t.Slug == slug {
			found = append(found, t)
		}
	}
	switch {
	case len(found) == 0 && slug != "":
		return nil, fmt.Errorf("no agency %q", slug)
	case len(found) != 1:
		return nil, fmt.Errorf("%d agencies: choose one with --tenant", len(found))
	}
	return store.WithTenant(ctx, found[0].ID), nil
}

func invoiceRun(ctx context.Context, svc *service.Service, st *store.Store, period domain.Period, clients []domain.ID, confirm bool, stdout io.Writer) error {
	run, err := svc.DraftInvoiceRun(ctx, cliActor, period, clients)
	if err != nil {
		if domain.KindOf(err) == domain.KindInvalid || errors.Is(err, domain.ErrInvalid) {
			return fmt.Errorf("invoices run %s: %s", period.Label(), explain(err))
		}
		return err
	}
	if confirm {
		if run, err = svc.ConfirmInvoiceRun(ctx, cliActor, run.ID); err != nil {
			return fmt.Errorf("confirm run %d: %s", run.ID, explain(err))
		}
	}
	list, _, err := st.Invoices(ctx, store.InvoiceFilter{RunID: run.ID, Limit: 1000})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "run %d, %s (%s – %s): %s, %d invoices\n", run.ID, period.Label(), period.Start, period.End, run.Status, len(list))
	fmt.Fprintf(stdout, "%-16s %-40s %12s %12s %12s\n", "number", "client", "net", "VAT", "total")
	for i := len(list) - 1; i >= 0; i-- {
		inv := list[i]
		number := inv.Number
		if number == "" {
			number = "(draft)"
		}
		fmt.Fprintf(stdout, "%-16s %-40.40s %12s %12s %12s\n", number, inv.Buyer.Name, domain.FormatCents(inv.NetCents),
			domain.FormatCents(inv.VATCents), domain.FormatCents(inv.TotalCents))
	}
	fmt.Fprintf(stdout, "%-16s %-40s %12s %12s %12s\n", "total", "", domain.FormatCents(run.NetCents),
		domain.FormatCents(run.TotalCents-run.NetCents), domain.FormatCents(run.TotalCents))
	if n := len(run.Skipped); n > 0 {
		reasons := map[string]int{}
		for _, s := range run.Skipped {
			reasons[s.Reason]++
		}
		fmt.Fprintf(stdout, "%d approved days not invoiced:", n)
		for r, c := range reasons {
			fmt.Fprintf(stdout, " %s %d", r, c)
		}
		fmt.Fprintln(stdout)
	}
	if !confirm {
		fmt.Fprintf(stdout, "draft: review it at /office/invoice-runs/%d, or run again with --confirm\n", run.ID)
	}
	return nil
}

func exportInvoices(ctx context.Context, svc *service.Service, st *store.Store, period domain.Period, dir string, stdout io.Writer) error {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return fmt.Errorf("invoices export: %w", err)
	}
	n := 0
	for offset := 0; ; offset += 500 {
		list, more, err := st.Invoices(ctx, store.InvoiceFilter{Status: domain.InvoiceConfirmed, Invoiced: period, Limit: 500, Offset: offset})
		if err != nil {
			return err
		}
		for _, inv := range list {
			for _, format := range []string{"xml", "pdf"} {
				f, err := svc.InvoiceFile(ctx, cliActor, inv.ID, format)
				if err != nil {
					return fmt.Errorf("invoice %s: %w", inv.Number, err)
				}
				path := filepath.Join(dir, filepath.Base(f.Name))
				if err := os.WriteFile(path, f.Content, 0o640); err != nil {
					return fmt.Errorf("invoices export: %w", err)
				}
				fmt.Fprintln(stdout, path)
				n++
			}
		}
		if !more {
			break
		}
	}
	fmt.Fprintf(stdout, "%d files for %s\n", n, period.Label())
	return nil
}

// explain turns an error's message key into English for the terminal.
func explain(err error) string {
	b, lerr := i18n.Load()
	if lerr != nil {
		return err.Error()
	}
	l := b.For("en")
	var verr *domain.ValidationError
	if errors.As(err, &verr) {
		s := ""
		for field, key := range verr.Fields {
			s += field + ": " + l.T(key) + " "
		}
		return s
	}
	return l.T(domain.KeyOf(err))
}
