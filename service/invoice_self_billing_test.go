package service_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/pdf"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// selfBilling turns self-billing on for the fixture agency and gives its
// placement a pay rate from 1 February (40.00 an hour; from 12 February
// the rate change of invoicing() pays 45.00).
func (a *agency) selfBilling() {
	a.t.Helper()
	set, err := a.svc.InvoiceSettings(a.ctx)
	must(a.t, "settings", err)
	set.SelfBilling = true
	must(a.t, "self-billing on", a.svc.SaveInvoiceSettings(a.ctx, userActor(a.admin), set))
	r := domain.Rate{PlacementID: a.placement.ID, DeclarationTypeID: a.hours.ID, StartDate: domain.NewDate(2026, 2, 1), BillCents: 6500, PayCents: 4000}
	must(a.t, "pay rate", a.st.SaveRate(a.ctx, &r))
}

// dutchFreelancer are Tom's details as a Dutch freelancer.
func dutchFreelancer(candidateID domain.ID) domain.FreelancerBilling {
	return domain.FreelancerBilling{CandidateID: candidateID, Freelancer: true, TradingName: "Visser Transport", Street: "Kade 7",
		PostalCode: "3511 AA", City: "Utrecht", Country: "NL", VATNumber: "NL001234567B01", CoCNumber: "76543210",
		IBAN: "NL02ABNA0123456789", Agreement: true, AgreementDate: domain.NewDate(2026, 1, 5)}
}

// Issue 17: with self-billing on, a run also makes the freelancer's
// invoice from the freelancer to the agency at the pay rates (type 389, its
// own number series, the mention the VAT Directive asks for, the
// freelancer's IBAN to be paid on); it is never mailed to the client, its
// days are self-billed once, and a freelancer without the agreement in
// force is not self-billed. With MATCHPOINT_UBL_OUT set the XML is written
// there for .ci/ubl-check.
func TestSelfBilledInvoice_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		a.invoicing()
		a.selfBilling()
		admin := userActor(a.admin)
		ctx := a.ctx

		// An agreement signed after the period is not in force for it.
		late := dutchFreelancer(a.cand.ID)
		late.AgreementDate = domain.NewDate(2026, 3, 2)
		must(t, "freelancer", a.svc.SaveFreelancerBilling(ctx, admin, late))
		run, err := a.svc.DraftInvoiceRun(ctx, admin, february, nil)
		must(t, "draft", err)
		if run.Invoices != 1 {
			t.Fatalf("a freelancer whose agreement came after the period was self-billed: %d invoices", run.Invoices)
		}
		must(t, "discard", a.svc.DiscardInvoiceRun(ctx, admin, run.ID))

		must(t, "freelancer", a.svc.SaveFreelancerBilling(ctx, admin, dutchFreelancer(a.cand.ID)))
		run, err = a.svc.DraftInvoiceRun(ctx, admin, february, nil)
		must(t, "draft", err)
		if run.Invoices != 2 {
			t.Fatalf("%d invoices in the run, want the client's and the freelancer's", run.Invoices)
		}
		mailsBefore := len(a.invoiceMails("carla@initech.test"))
		_, err = a.svc.ConfirmInvoiceRun(ctx, admin, run.ID)
		must(t, "confirm", err)
		list, _, err := a.st.Invoices(ctx, store.InvoiceFilter{RunID: run.ID})
		must(t, "list", err)
		var sb domain.Invoice
		for _, inv := range list {
			if inv.Kind == domain.InvoiceKindSelfBilling {
				sb, err = a.st.Invoice(ctx, inv.ID)
				must(t, "invoice", err)
			}
		}
		if sb.ID == 0 {
			t.Fatal("no self-billed invoice")
		}
		wantNumber := fmt.Sprintf("SB%d-2026-000001", a.cand.ID)
		if sb.Number != wantNumber || sb.CandidateID != a.cand.ID || sb.Seller.Name != "Visser Transport" || sb.Buyer.Name != "Acme Staffing B.V." {
			t.Errorf("self-billed invoice %s of %d, %s to %s; want %s of Tom, Visser Transport to Acme", sb.Number, sb.CandidateID, sb.Seller.Name, sb.Buyer.Name, wantNumber)
		}
		// 8 days at 40.00 and 12 at 45.00, 8 hours each: 2,560.00 + 4,320.00; 21% VAT.
		if sb.NetCents != 688000 || sb.VATCents != 144480 || sb.TotalCents != 832480 {
			t.Errorf("self-billed amounts %d + %d = %d, want 688000 + 144480 = 832480", sb.NetCents, sb.VATCents, sb.TotalCents)
		}
		if got := len(a.invoiceMails("carla@initech.test")); got != mailsBefore+1 {
			t.Errorf("Carla got %d invoice mails, want only the client invoice's", got-mailsBefore)
		}
		if m := a.invoiceMails("tom@acme.test"); len(m) != 1 || !strings.Contains(m[0].Body, wantNumber) || strings.Contains(m[0].Body, sb.DueDate.String()) {
			t.Errorf("the freelancer's copy: %+v", m)
		}
		x, err := a.svc.InvoiceFile(ctx, admin, sb.ID, "xml")
		must(t, "xml", err)
		for _, w := range []string{"<cbc:InvoiceTypeCode>389</cbc:InvoiceTypeCode>", "poacc:selfbilling:3.0", "<cbc:ID>" + wantNumber + "</cbc:ID>",
			"<cbc:Note>Self-billing</cbc:Note>", "<cbc:CompanyID>NL001234567B01</cbc:CompanyID>", "<cbc:ID>NL02ABNA0123456789</cbc:ID>",
			"<cbc:BuyerReference>Self-billing agreement of 2026-01-05</cbc:BuyerReference>", "<cbc:PriceAmount currencyID=\"EUR\">40.00</cbc:PriceAmount>",
			"<cbc:PriceAmount currencyID=\"EUR\">45.00</cbc:PriceAmount>", "<cbc:Percent>21.00</cbc:Percent>"} {
			if !strings.Contains(string(x.Content), w) {
				t.Errorf("self-billed XML lacks %s", w)
			}
		}
		p, err := a.svc.InvoiceFile(ctx, admin, sb.ID, "pdf")
		must(t, "pdf", err)
		for _, w := range []string{"Self-billing invoice " + wantNumber, "Self-billing", "Visser Transport", "NL02ABNA0123456789"} {
			if ok, err := pdf.ContainsText(p.Content, w); err != nil || !ok {
				t.Errorf("self-billed PDF lacks %q (%v)", w, err)
			}
		}
		var claimed int
		must(t, "count", db.Raw().QueryRowContext(ctx, `SELECT COUNT(*) FROM self_billed_days WHERE tenant_id = $1`, a.tenant.ID).Scan(&claimed))
		if claimed != 20 {
			t.Errorf("%d days self-billed, want 20", claimed)
		}
		var nothing *domain.ValidationError
		if _, err := a.svc.DraftInvoiceRun(ctx, admin, february, nil); !errors.As(err, &nothing) || nothing.Fields["period"] != service.KeyNothingToInvoice {
			t.Errorf("a second run of February: %v, want nothing to invoice", err)
		}

		// The payroll leaves the self-billed freelancer out: paid once.
		pay, err := a.svc.Payroll(ctx, february)
		must(t, "payroll", err)
		if len(pay.Workers) != 0 || pay.TotalCents != 0 || len(pay.SelfBilled) != 1 || pay.SelfBilled[0] != "Tom Visser" {
			t.Errorf("payroll with the freelancer self-billed: %d workers, %d cents, self-billed %v", len(pay.Workers), pay.TotalCents, pay.SelfBilled)
		}

		// The candidate's access export holds its freelancer details and
		// the self-billed invoice, and validates against the schema.
		e, err := a.svc.ExportCandidate(ctx, a.cand.ID, 0, admin)
		must(t, "export", err)
		content, err := a.st.PrivacyExportContent(ctx, e.ID)
		must(t, "export content", err)
		files := unzip(t, content)
		validate(t, files["schema.json"], files["data.json"])
		var data struct {
			Freelancer *struct {
				TradingName string `json:"trading_name"`
				IBAN        string `json:"iban"`
				Invoices    []struct {
					Number     string `json:"number"`
					TotalCents int64  `json:"total_cents"`
				} `json:"self_billed_invoices"`
			} `json:"freelancer"`
		}
		must(t, "data.json", json.Unmarshal(files["data.json"], &data))
		if f := data.Freelancer; f == nil || f.TradingName != "Visser Transport" || f.IBAN != "NL02ABNA0123456789" || len(f.Invoices) != 1 ||
			f.Invoices[0].Number != wantNumber || f.Invoices[0].TotalCents != 832480 {
			t.Errorf("the export's freelancer section: %+v", data.Freelancer)
		}

		// A Belgian freelancer is reverse charged: the agency accounts for the VAT.
		be := a.freelancerOn(t, "Lotte", domain.FreelancerBilling{Freelancer: true, TradingName: "Lotte Peeters BV", Street: "Meir 1",
			PostalCode: "2000", City: "Antwerpen", Country: "BE", VATNumber: "BE0123456749", IBAN: "BE68539007547034",
			Agreement: true, AgreementDate: domain.NewDate(2026, 1, 2)})
		run, err = a.svc.DraftInvoiceRun(ctx, admin, february, nil)
		must(t, "draft", err)
		_, err = a.svc.ConfirmInvoiceRun(ctx, admin, run.ID)
		must(t, "confirm", err)
		list, _, err = a.st.Invoices(ctx, store.InvoiceFilter{RunID: run.ID, Kinds: []domain.InvoiceKind{domain.InvoiceKindSelfBilling}})
		must(t, "list", err)
		if len(list) != 1 || list[0].CandidateID != be || list[0].Number != fmt.Sprintf("SB%d-2026-000001", be) {
			t.Fatalf("the Belgian freelancer's run: %+v", list)
		}
		xbe, err := a.svc.InvoiceFile(ctx, admin, list[0].ID, "xml")
		must(t, "xml", err)
		for _, w := range []string{"<cbc:ID>AE</cbc:ID>", "VATEX-EU-AE", "schemeID=\"9925\""} {
			if !strings.Contains(string(xbe.Content), w) {
				t.Errorf("Belgian self-billed XML lacks %s", w)
			}
		}
		if out := os.Getenv("MATCHPOINT_UBL_OUT"); out != "" {
			must(t, "mkdir", os.MkdirAll(out, 0o755))
			must(t, "write", os.WriteFile(filepath.Join(out, string(db.Dialect)+"-self-billing.xml"), x.Content, 0o644))
			must(t, "write", os.WriteFile(filepath.Join(out, string(db.Dialect)+"-self-billing-reverse-charge.xml"), xbe.Content, 0o644))
		}
	})
}

// freelancerOn adds a freelancer with details f who drove for the
// fixture's client in week 7 of 2026 (approved), at 50.00 billed and 38.50
// paid an hour; it returns the candidate's id.
func (a *agency) freelancerOn(t *testing.T, first string, f domain.FreelancerBilling) domain.ID {
	t.Helper()
	ctx := a.ctx
	c := domain.Candidate{OwnerID: a.recruiter.ID, StatusID: a.status.ID, FirstName: first, LastName: "Freelance", Language: "en"}
	must(t, "candidate", a.st.CreateCandidate(ctx, &c))
	f.CandidateID = c.ID
	must(t, "freelancer", a.svc.SaveFreelancerBilling(ctx, userActor(a.admin), f))
	p := domain.Placement{CandidateID: c.ID, CompanyID: a.company.ID, Title: "Driver", StartDate: domain.NewDate(2026, 1, 5)}
	must(t, "placement", a.st.CreatePlacement(ctx, &p))
	r := domain.Rate{PlacementID: p.ID, DeclarationTypeID: a.hours.ID, StartDate: p.StartDate, BillCents: 5000, PayCents: 3850}
	must(t, "rate", a.st.SaveRate(ctx, &r))
	ts := domain.Timesheet{PlacementID: p.ID, Year: 2026, Week: 7, Status: domain.TimesheetApproved}
	must(t, "timesheet", a.st.CreateTimesheet(ctx, &ts))
	var lines []domain.TimesheetLine
	for d := range 5 {
		lines = append(lines, domain.TimesheetLine{DeclarationTypeID: a.hours.ID, Day: day(7, d), Minutes: 480})
	}
	must(t, "lines", a.st.SaveTimesheetLines(ctx, ts.ID, lines))
	return c.ID
}

// Issue 17: a freelancer's details are checked, and refused input changes
// nothing: no agreement, an agreement signed tomorrow, a VAT number of
// another country, a wrong IBAN, control characters, a 1 MB name; a
// candidate of another agency is not found; turning the flag off clears
// every detail.
func TestFreelancerBillingChecks_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		other := newAgency(t, db, "other", true)
		admin := userActor(a.admin)
		ctx := a.ctx
		good := dutchFreelancer(a.cand.ID)
		must(t, "good", a.svc.SaveFreelancerBilling(ctx, admin, good))
		bad := map[string]func(f *domain.FreelancerBilling){
			"agreement":      func(f *domain.FreelancerBilling) { f.Agreement = false },
			"agreement_date": func(f *domain.FreelancerBilling) { f.AgreementDate = domain.NewDate(2026, 3, 12) },
			"vat_number":     func(f *domain.FreelancerBilling) { f.VATNumber = "DE123456789" },
			"iban":           func(f *domain.FreelancerBilling) { f.IBAN = "NL02ABNA0123456788" },
			"trading_name":   func(f *domain.FreelancerBilling) { f.TradingName = "Visser\x00Transport" },
			"street":         func(f *domain.FreelancerBilling) { f.Street = strings.Repeat("straat ", 150_000) },
			"city":           func(f *domain.FreelancerBilling) { f.City = "" },
			"country":        func(f *domain.FreelancerBilling) { f.Country = "XX" },
		}
		for field, spoil := range bad {
			f := dutchFreelancer(a.cand.ID)
			f.TradingName = "Changed"
			spoil(&f)
			err := a.svc.SaveFreelancerBilling(ctx, admin, f)
			var ve *domain.ValidationError
			if !errors.As(err, &ve) || ve.Fields[field] == "" {
				t.Errorf("%s: %v, want a message on %s", field, err, field)
			}
		}
		got, err := a.svc.FreelancerBilling(ctx, a.cand.ID)
		must(t, "read", err)
		if got.TradingName != good.TradingName || got.IBAN != good.IBAN || got.AgreementDate != good.AgreementDate {
			t.Errorf("refused input changed the details: %+v", got)
		}
		if _, err := a.svc.FreelancerBilling(ctx, other.cand.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("another agency's candidate: %v, want not found", err)
		}
		foreign := dutchFreelancer(other.cand.ID)
		if err := a.svc.SaveFreelancerBilling(ctx, admin, foreign); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("saving on another agency's candidate: %v, want not found", err)
		}
		if f, _ := other.svc.FreelancerBilling(other.ctx, other.cand.ID); f.Freelancer {
			t.Error("another agency's candidate became a freelancer")
		}
		must(t, "off", a.svc.SaveFreelancerBilling(ctx, admin, domain.FreelancerBilling{CandidateID: a.cand.ID, TradingName: "kept?", IBAN: "NL02ABNA0123456789"}))
		got, err = a.svc.FreelancerBilling(ctx, a.cand.ID)
		must(t, "read", err)
		if got.Freelancer || got.TradingName != "" || got.IBAN != "" || got.VATNumber != "" || !got.AgreementDate.IsZero() {
			t.Errorf("turned off but kept %+v", got)
		}
		entries, _, err := a.st.AuditEntries(ctx, store.AuditFilter{Action: "freelancer_billing"})
		must(t, "audit", err)
		if len(entries) != 2 {
			t.Errorf("%d audit entries, want one per saved change", len(entries))
		}
		for _, e := range entries {
			if strings.Contains(e.Detail, "NL02") || strings.Contains(e.Detail, "Visser") {
				t.Errorf("the audit log keeps a detail: %q", e.Detail)
			}
		}
	})
}
