package web_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// invoiceAccessFixture gives the access test a confirmed invoice of the
// fixture's company (the signed-in contacts are of other companies) and its
// run (issue 17).
func invoiceAccessFixture(t *testing.T, env *webtest.Env, rec webtest.Records, fix accessFixture) {
	t.Helper()
	inv, run := confirmedInvoice(t, env, rec)
	fix["invoices"], fix["invoice-runs"] = inv.ID, run.ID
}

// confirmedInvoice invoices an approved week of the fixture's placement
// (2026-W04) in a confirmed run of January 2026, the fixture's contact
// named to receive and see it.
func confirmedInvoice(t *testing.T, env *webtest.Env, rec webtest.Records) (domain.Invoice, domain.InvoiceRun) {
	t.Helper()
	a, st := env.Acme, env.Store
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	svc := service.New(env.DB)
	admin := store.Actor{Kind: domain.AudienceOffice, ID: a.Admin.ID, Name: a.Admin.Name}
	set := domain.DefaultInvoiceSettings()
	set.LegalName, set.Street, set.PostalCode, set.City, set.Country = "Acme Staffing B.V.", "Herengracht 1", "1015 BS", "Amsterdam", "NL"
	set.VATNumber, set.CoCNumber, set.IBAN, set.PeppolID = "NL123456789B01", "12345678", "NL91ABNA0417164300", "0106:12345678"
	must(svc.SaveInvoiceSettings(a.Ctx, admin, set))
	must(svc.SaveClientBilling(a.Ctx, admin, domain.ClientBilling{CompanyID: rec.Company.ID, LegalName: "Records B.V.",
		Street: "Markt 1", PostalCode: "2611 GP", City: "Delft", Country: "NL", CoCNumber: "27312345", PeppolID: "0106:27312345",
		Grouping: domain.GroupPerClient, VATTreatment: domain.VATAuto, Language: "en", ContactIDs: []domain.ID{rec.Contact.ID}}))
	ts := domain.Timesheet{PlacementID: rec.Placement.ID, Year: 2026, Week: 4, Status: domain.TimesheetApproved}
	must(st.CreateTimesheet(a.Ctx, &ts))
	must(st.SaveTimesheetLines(a.Ctx, ts.ID, []domain.TimesheetLine{
		{DeclarationTypeID: rec.DeclarationType.ID, Day: domain.NewDate(2026, 1, 19), Minutes: 480},
		{DeclarationTypeID: rec.DeclarationType.ID, Day: domain.NewDate(2026, 1, 20), Minutes: 450}}))
	p, err := domain.ParsePeriod("2026-01")
	must(err)
	run, err := svc.DraftInvoiceRun(a.Ctx, admin, p, nil)
	must(err)
	run, err = svc.ConfirmInvoiceRun(a.Ctx, admin, run.ID)
	must(err)
	list, _, err := st.Invoices(a.Ctx, store.InvoiceFilter{RunID: run.ID})
	must(err)
	if len(list) != 1 {
		t.Fatalf("fixture run made %d invoices", len(list))
	}
	return list[0], run
}
