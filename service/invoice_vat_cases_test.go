package service_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// vatClient is a client of the VAT cases: its invoicing details, and the
// declaration types of its approved week.
type vatClient struct {
	name    string
	billing domain.ClientBilling
	po      string
	types   []domain.DeclarationType
}

// Issue 17: an invoice of every VAT case, and a credit note, as UBL. With
// MATCHPOINT_UBL_OUT set, the documents are written there for .ci/run to
// check against the EN 16931 and Peppol rules; the test itself checks
// what each must say.
func TestInvoiceVATCases_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		a.invoicing() // Initech: standard rate, a PO number, the rate changing mid-period
		admin := userActor(a.admin)
		ctx := a.ctx
		must(t, "po", a.svc.SavePlacementBilling(ctx, admin, domain.PlacementBilling{PlacementID: a.placement.ID, PONumber: "PO-4500012345"}))
		types := map[domain.VATClass]domain.DeclarationType{}
		set := invoiceSettings()
		for _, c := range []struct {
			class     domain.VATClass
			name      string
			surcharge int
		}{{domain.VATClassReduced, "Training", 0}, {domain.VATClassZero, "Export hours", 0}, {domain.VATClassExempt, "Medical care", 0},
			{domain.VATClassStandard, "Overtime 125%", 2500}} {
			d := domain.DeclarationType{Name: c.name}
			must(t, "declaration type", a.st.SaveDeclarationType(ctx, &d))
			types[c.class] = d
			if c.surcharge > 0 {
				types["overtime"] = d
			}
			set.DeclarationTypes = append(set.DeclarationTypes, domain.DeclarationBilling{DeclarationTypeID: d.ID, SurchargeBP: c.surcharge, VATClass: c.class})
		}
		must(t, "settings", a.svc.SaveInvoiceSettings(ctx, admin, set))
		base := func(name, country string) domain.ClientBilling {
			return domain.ClientBilling{LegalName: name, Street: "Street 1", PostalCode: "1000", City: "City", Country: country,
				Grouping: domain.GroupPerClient, VATTreatment: domain.VATAuto, Language: "en"}
		}
		mixed := base("Mixed rates B.V.", "NL")
		mixed.CoCNumber, mixed.VATNumber = "11111111", "NL111111111B01"
		exempt := base("Care Home B.V.", "NL")
		exempt.CoCNumber, exempt.PeppolID, exempt.VATTreatment, exempt.ExemptionReason = "22222222", "0106:22222222", domain.VATExemptClient, "Staffing in health care, art. 11 Wet OB"
		reverse := base("Stahlwerk GmbH", "DE")
		reverse.VATNumber, reverse.Language = "DE123456789", "de"
		outside := base("London Ltd", "GB")
		outside.VATNumber, outside.PeppolID = "GB123456789", "0088:5790000435975"
		french := base("Atelier SARL", "FR")
		french.VATNumber, french.Language = "FR12345678901", "fr"
		clients := []vatClient{
			{"mixed", mixed, "", []domain.DeclarationType{a.hours, types[domain.VATClassReduced], types[domain.VATClassZero], types[domain.VATClassExempt], types["overtime"]}},
			{"exempt", exempt, "PO-77", []domain.DeclarationType{a.hours}},
			{"reverse-charge", reverse, "", []domain.DeclarationType{a.hours, types["overtime"]}},
			{"outside-scope", outside, "", []domain.DeclarationType{a.hours}},
			{"reverse-charge-fr", french, "BC-2026-11", []domain.DeclarationType{a.hours}},
		}
		for i, c := range clients {
			co := domain.Company{OwnerID: a.recruiter.ID, Kind: domain.CompanyClient, Name: c.billing.LegalName}
			must(t, "company", a.st.CreateCompany(ctx, &co))
			c.billing.CompanyID = co.ID
			must(t, "billing "+c.name, a.svc.SaveClientBilling(ctx, admin, c.billing))
			p := domain.Placement{CandidateID: a.cand.ID, CompanyID: co.ID, Title: "Nurse", StartDate: domain.NewDate(2026, 1, 5)}
			must(t, "placement", a.st.CreatePlacement(ctx, &p))
			if c.po != "" {
				must(t, "po", a.svc.SavePlacementBilling(ctx, admin, domain.PlacementBilling{PlacementID: p.ID, PONumber: c.po, CostCentre: "CC-9"}))
			}
			ts := domain.Timesheet{PlacementID: p.ID, Year: 2026, Week: 7, Status: domain.TimesheetApproved}
			must(t, "timesheet", a.st.CreateTimesheet(ctx, &ts))
			var lines []domain.TimesheetLine
			for j, d := range c.types {
				r := domain.Rate{PlacementID: p.ID, DeclarationTypeID: d.ID, StartDate: p.StartDate, BillCents: int64(4995 + 1000*i + 7*j), PayCents: 3000}
				must(t, "rate", a.st.SaveRate(ctx, &r))
				for k := range 5 {
					lines = append(lines, domain.TimesheetLine{DeclarationTypeID: d.ID, Day: day(7, k), Minutes: 60*(j+1) + 10*k + 5})
				}
			}
			must(t, "lines", a.st.SaveTimesheetLines(ctx, ts.ID, lines))
		}

		run, err := a.svc.DraftInvoiceRun(ctx, admin, february, nil)
		must(t, "draft", err)
		if len(run.Skipped) != 0 || run.Invoices != 6 {
			t.Fatalf("run: %d invoices, skipped %+v", run.Invoices, run.Skipped)
		}
		_, err = a.svc.ConfirmInvoiceRun(ctx, admin, run.ID)
		must(t, "confirm", err)
		list, _, err := a.st.Invoices(ctx, store.InvoiceFilter{RunID: run.ID})
		must(t, "list", err)
		docs := map[string][]byte{}
		byName := map[string]domain.Invoice{}
		for _, inv := range list {
			full, err := a.st.Invoice(ctx, inv.ID)
			must(t, "invoice", err)
			f, err := a.svc.InvoiceFile(ctx, admin, inv.ID, "xml")
			must(t, "xml", err)
			name := map[string]string{"Initech B.V.": "standard-po-rate-change"}[full.Buyer.Name]
			for _, c := range clients {
				if c.billing.LegalName == full.Buyer.Name {
					name = c.name
				}
			}
			docs[name], byName[name] = f.Content, full
		}
		credit, err := a.svc.DraftCredit(ctx, admin, byName["mixed"].ID, []domain.ID{byName["mixed"].Lines[1].ID, byName["mixed"].Lines[4].ID}, "Training and overtime were not agreed")
		must(t, "credit", err)
		_, err = a.svc.ConfirmCredit(ctx, admin, credit.ID)
		must(t, "confirm credit", err)
		f, err := a.svc.InvoiceFile(ctx, admin, credit.ID, "xml")
		must(t, "credit xml", err)
		docs["credit-note"] = f.Content

		expect := map[string][]string{
			"standard-po-rate-change": {"<cbc:ID>PO-4500012345</cbc:ID>", "<cbc:Percent>21.00</cbc:Percent>", "<cbc:PriceAmount currencyID=\"EUR\">65.00</cbc:PriceAmount>", "<cbc:PriceAmount currencyID=\"EUR\">70.00</cbc:PriceAmount>"},
			"mixed":                   {"<cbc:Percent>9.00</cbc:Percent>", "<cbc:ID>Z</cbc:ID>", "<cbc:ID>E</cbc:ID>", "<cbc:TaxExemptionReason>Exempt from VAT</cbc:TaxExemptionReason>", "PriceAmount currencyID=\"EUR\">62.7875</cbc:PriceAmount>"},
			"exempt":                  {"<cbc:ID>E</cbc:ID>", "art. 11 Wet OB", "<cbc:ID>PO-77</cbc:ID>", "<cbc:BuyerReference>CC-9</cbc:BuyerReference>"},
			"reverse-charge":          {"<cbc:ID>AE</cbc:ID>", "<cbc:TaxExemptionReasonCode>VATEX-EU-AE</cbc:TaxExemptionReasonCode>", "<cbc:CompanyID>DE123456789</cbc:CompanyID>"},
			"outside-scope":           {"<cbc:ID>O</cbc:ID>", "VATEX-EU-O", "schemeID=\"0088\""},
			"reverse-charge-fr":       {"<cbc:ID>AE</cbc:ID>", "<cbc:ID>BC-2026-11</cbc:ID>", "schemeID=\"9957\""},
			"credit-note":             {"<CreditNote ", "<cbc:Note>Training and overtime were not agreed</cbc:Note>", "<cac:BillingReference>"},
		}
		for name, wants := range expect {
			doc, ok := docs[name]
			if !ok {
				t.Errorf("no document %s", name)
				continue
			}
			for _, w := range wants {
				if !strings.Contains(string(doc), w) {
					t.Errorf("%s lacks %s", name, w)
				}
			}
		}
		if strings.Contains(string(docs["outside-scope"]), "PartyTaxScheme") {
			t.Error("an invoice not subject to VAT names a VAT identifier (BR-O-02)")
		}
		if out := os.Getenv("MATCHPOINT_UBL_OUT"); out != "" {
			must(t, "mkdir", os.MkdirAll(out, 0o755))
			for name, doc := range docs {
				must(t, "write", os.WriteFile(filepath.Join(out, fmt.Sprintf("%s-%s.xml", db.Dialect, name)), doc, 0o644))
			}
		}
	})
}
