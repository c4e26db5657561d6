package webtest

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// InvoiceWorld is an agency ready to invoice January 2026 (issue 17): its
// invoicing settings; Ingrid, a contact with credentials in the portal
// group whom her company's invoicing details name; Nick, her colleague
// with credentials whom they do not; Ivo, a candidate placed at the
// company whose weeks 2, 3 and 4 of 2026 are approved, 8 hours Monday to
// Friday, at 50.00 an hour until Wednesday 14 January and 55.00 from
// Thursday 15 (a rate change mid-week).
type InvoiceWorld struct {
	Ingrid, Nick domain.Contact
	Ivo          domain.Candidate
	Placement    domain.Placement
	Hours        domain.DeclarationType
	Billing      domain.ClientBilling
	Period       domain.Period
	Timesheets   []domain.Timesheet
}

// InvoiceSettings are the fixture agencies' invoicing settings.
func InvoiceSettings(name string) domain.InvoiceSettings {
	set := domain.DefaultInvoiceSettings()
	set.LegalName, set.Street, set.PostalCode, set.City, set.Country = name+" B.V.", "Herengracht 1", "1015 BS", "Amsterdam", "NL"
	set.VATNumber, set.CoCNumber, set.IBAN, set.PeppolID = "NL123456789B01", "12345678", "NL91ABNA0417164300", "0106:12345678"
	return set
}

// InvoiceWorld builds the world in the agency (it sets the portal group).
func (a Agency) InvoiceWorld(t testing.TB, st *store.Store) InvoiceWorld {
	t.Helper()
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("invoice world: %s: %v", what, err)
		}
	}
	ctx := a.Ctx
	var w InvoiceWorld
	g := a.PortalGroup(t, st)
	w.Ingrid = a.Contact(t, st, "Ingrid", "Invoice", g.ID)
	w.Nick = domain.Contact{CompanyID: w.Ingrid.CompanyID, OwnerID: a.Recruiter.ID, FirstName: "Nick", LastName: "Named-Not",
		Email: "nick@client.test", Language: "en", GroupIDs: []domain.ID{g.ID}}
	must("colleague", st.CreateContact(ctx, &w.Nick))
	for _, id := range []domain.ID{w.Ingrid.ID, w.Nick.ID} {
		a.GiveCredentials(t, st, domain.AudienceHiring, id)
	}
	must("settings", st.SaveInvoiceSettings(ctx, InvoiceSettings(a.Tenant.Name)))
	w.Billing = domain.ClientBilling{CompanyID: w.Ingrid.CompanyID, LegalName: "Ingrid Holding B.V.", Street: "Breestraat 1",
		PostalCode: "2311 CH", City: "Leiden", Country: "NL", VATNumber: "NL987654321B01", CoCNumber: "28012345",
		Grouping: domain.GroupPerClient, VATTreatment: domain.VATAuto, Language: "en", ContactIDs: []domain.ID{w.Ingrid.ID}}
	must("billing", st.SaveClientBilling(ctx, w.Billing))
	w.Ivo = a.Candidate(t, st, "Ivo", "Invoiced")
	w.Placement = domain.Placement{CandidateID: w.Ivo.ID, CompanyID: w.Ingrid.CompanyID, Title: "Warehouse clerk",
		StartDate: domain.NewDate(2026, 1, 5), TimesheetApproval: true, ContactIDs: []domain.ID{w.Ingrid.ID}}
	must("placement", st.CreatePlacement(ctx, &w.Placement))
	w.Hours = domain.DeclarationType{Name: "Hours", EmptyLinePerPlacement: true}
	must("declaration type", st.SaveDeclarationType(ctx, &w.Hours))
	for _, r := range []domain.Rate{
		{PlacementID: w.Placement.ID, DeclarationTypeID: w.Hours.ID, StartDate: w.Placement.StartDate, EndDate: domain.NewDate(2026, 1, 14), BillCents: 5000, PayCents: 3500},
		{PlacementID: w.Placement.ID, DeclarationTypeID: w.Hours.ID, StartDate: domain.NewDate(2026, 1, 15), BillCents: 5500, PayCents: 3800},
	} {
		must("rate", st.SaveRate(ctx, &r))
	}
	w.Period = domain.Period{Start: domain.NewDate(2026, 1, 1), End: domain.NewDate(2026, 1, 31)}
	for week := 2; week <= 4; week++ {
		ts := domain.Timesheet{PlacementID: w.Placement.ID, Year: 2026, Week: week, Status: domain.TimesheetApproved}
		must("timesheet", st.CreateTimesheet(ctx, &ts))
		var lines []domain.TimesheetLine
		for d := range 5 {
			lines = append(lines, domain.TimesheetLine{DeclarationTypeID: w.Hours.ID, Day: domain.MondayOfISOWeek(2026, week).AddDays(d), Minutes: 480})
		}
		must("lines", st.SaveTimesheetLines(ctx, ts.ID, lines))
		w.Timesheets = append(w.Timesheets, ts)
	}
	return w
}
