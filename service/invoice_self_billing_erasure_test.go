package service_test

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// Issue 17, F2: a freelancer's erasure keeps what the law keeps and
// erases the rest. The self-billed invoice issued in February is the
// freelancer's invoice: kept unchanged for the fiscal retention (seven
// years in the Netherlands, art. 52 AWR), its stored XML byte for byte,
// with the details it was issued with. The details on file since (a new
// trading name, address, VAT number and IBAN), and the draft self-billed
// invoice of March that carries them, are gone: a byte search of the SQLite
// file, its log and its free pages, after the checkpoint the erasure runs,
// finds none of them in any letter case.
func TestFreelancerErasureBytes_I17(t *testing.T) {
	path := filepath.Join(t.TempDir(), "freelancer.db")
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	must(t, "migrate", db.Migrate(ctx))
	erased, kept := eraseFreelancer(t, db)
	var files [][]byte
	for _, p := range []string{path, path + "-wal", path + "-journal"} {
		data, err := os.ReadFile(p)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		files = append(files, data)
	}
	if n := len(files[0]) + len(files[1]); n < 64<<10 {
		t.Fatalf("database file and log are %d bytes: too small to have held the data", n)
	}
	all := bytes.Join(files, nil)
	for what, needle := range erased {
		if bytes.Contains(asciiLower(all), asciiLower([]byte(needle))) {
			t.Errorf("the erased %s (%s) is still in the database file, its log or its free pages", what, needle)
		}
	}
	// The search would have found them: what the law keeps is there.
	for what, needle := range kept {
		if !bytes.Contains(all, []byte(needle)) {
			t.Errorf("the kept %s (%s) is not in the database: the search cannot find what it looks for", what, needle)
		}
	}
}

// Issue 17, F2, on both engines: after the freelancer's erasure no row of
// any table holds its erased details; the kept ones are where the law
// keeps them (the issued invoice and its documents).
func TestFreelancerErasureRows_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		erased, kept := eraseFreelancer(t, db)
		for what, needle := range erased {
			if hits := rowsHolding(t, db, needle); len(hits) > 0 {
				t.Errorf("the erased %s (%s) is still in %v", what, needle, hits)
			}
		}
		for what, needle := range kept {
			if hits := rowsHolding(t, db, needle); len(hits) == 0 {
				t.Errorf("the kept %s (%s) is in no row", what, needle)
			}
		}
	})
}

// eraseFreelancer issues a freelancer's self-billed invoice for February,
// changes its details, drafts March and erases it; it returns the details
// that must be gone and the issued ones that must be kept.
func eraseFreelancer(t *testing.T, db *store.DB) (erased, kept map[string]string) {
	t.Helper()
	a := newAgency(t, db, "acme", true)
	a.invoicing()
	a.selfBilling()
	admin := userActor(a.admin)
	actx := a.ctx

	issued := dutchFreelancer(a.cand.ID)
	issued.TradingName, issued.IBAN = "Zwaluw Logistiek", "NL20INGB0001234567"
	must(t, "freelancer", a.svc.SaveFreelancerBilling(actx, admin, issued))
	feb := a.confirmedFebruary()
	list, _, err := a.st.Invoices(actx, store.InvoiceFilter{RunID: feb.RunID, Kinds: []domain.InvoiceKind{domain.InvoiceKindSelfBilling}})
	must(t, "list", err)
	if len(list) != 1 {
		t.Fatalf("%d self-billed invoices in February", len(list))
	}
	sb := list[0]
	before, err := a.svc.InvoiceFile(actx, admin, sb.ID, "xml")
	must(t, "xml", err)
	pdfBefore, err := a.svc.InvoiceFile(actx, admin, sb.ID, "pdf")
	must(t, "pdf", err)

	const name, street, vat, iban = "Kraanvogel Transport", "Ooievaarsweg 55", "NL009876543B01", "NL39RABO0300065264"
	current := dutchFreelancer(a.cand.ID)
	current.TradingName, current.Street, current.VATNumber, current.IBAN = name, street, vat, iban
	for _, n := range []string{"Kraanvogel Vervoer", "Kraanvogel Logistiek"} { // earlier versions of the row
		old := current
		old.TradingName = n
		must(t, "freelancer", a.svc.SaveFreelancerBilling(actx, admin, old))
	}
	must(t, "freelancer", a.svc.SaveFreelancerBilling(actx, admin, current))
	ts := a.sent(10)
	_, err = a.svc.DecideTimesheet(actx, contactActor(a.carla), ts.ID, service.Decision{Approve: true})
	must(t, "approve", err)
	march := domain.Period{Start: domain.NewDate(2026, 3, 1), End: domain.NewDate(2026, 3, 31)}
	run, err := a.svc.DraftInvoiceRun(actx, admin, march, nil)
	must(t, "draft March", err)
	if run.Invoices != 2 {
		t.Fatalf("March's draft has %d invoices, want the client's and the self-billed one", run.Invoices)
	}

	plan, err := a.svc.PlanErasure(actx, a.cand.ID)
	must(t, "plan", err)
	if !plan.Freelancer || plan.SelfBilledIssued != 1 || plan.SelfBilledDrafts != 1 {
		t.Errorf("the plan says freelancer %v, %d issued self-billed invoices kept, %d drafts removed; want true, 1, 1",
			plan.Freelancer, plan.SelfBilledIssued, plan.SelfBilledDrafts)
	}
	must(t, "erase", a.svc.EraseCandidate(actx, a.cand.ID, 0, admin))

	// Kept: the issued invoice, unchanged, with the details it was issued with.
	after, err := a.st.Invoice(actx, sb.ID)
	must(t, "self-billed invoice after erasure", err)
	if after.Number != sb.Number || after.Seller.Name != "Zwaluw Logistiek" || after.Seller.IBAN != issued.IBAN || after.TotalCents != sb.TotalCents {
		t.Errorf("the issued self-billed invoice changed: %s %+v", after.Number, after.Seller)
	}
	for format, was := range map[string][]byte{"xml": before.Content, "pdf": pdfBefore.Content} {
		doc, err := a.svc.InvoiceFile(actx, admin, sb.ID, format)
		must(t, format+" after erasure", err)
		if !bytes.Equal(doc.Content, was) {
			t.Errorf("the stored %s changed", format)
		}
	}
	// Erased: the details on file and the draft that carries them; the
	// client's draft of March stays a draft.
	f, err := a.svc.FreelancerBilling(actx, a.cand.ID)
	must(t, "details after erasure", err)
	if f.Freelancer || f.TradingName != "" || f.IBAN != "" {
		t.Errorf("details after erasure: %+v", f)
	}
	drafts, _, err := a.st.Invoices(actx, store.InvoiceFilter{RunID: run.ID})
	must(t, "March drafts", err)
	if len(drafts) != 1 || drafts[0].Kind != domain.InvoiceKindInvoice {
		t.Errorf("March's drafts after erasure: %+v", drafts)
	}
	return map[string]string{"trading name": "Kraanvogel", "street": "Ooievaarsweg", "VAT number": vat, "IBAN": iban},
		map[string]string{"issued trading name": "Zwaluw Logistiek", "issued IBAN": issued.IBAN}
}

// rowsHolding lists the table and column of every value of every table
// that contains needle, in any letter case.
func rowsHolding(t *testing.T, db *store.DB, needle string) []string {
	t.Helper()
	q := `SELECT name FROM sqlite_master WHERE type = 'table'`
	if db.Dialect == store.Postgres {
		q = `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`
	}
	tables, err := db.Raw().Query(q)
	must(t, "tables", err)
	var names []string
	for tables.Next() {
		var n string
		must(t, "table", tables.Scan(&n))
		names = append(names, n)
	}
	tables.Close()
	if len(names) < 20 {
		t.Fatalf("only %d tables found", len(names))
	}
	var hits []string
	for _, table := range names {
		rows, err := db.Raw().Query(`SELECT * FROM ` + table)
		must(t, "read "+table, err)
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]sql.RawBytes, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			must(t, "scan "+table, rows.Scan(ptrs...))
			for i, v := range vals {
				if bytes.Contains(asciiLower(v), asciiLower([]byte(needle))) {
					hits = append(hits, table+"."+cols[i])
				}
			}
		}
		rows.Close()
	}
	return hits
}
