package office

import (
	"net/http"
	"slices"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type clientBillingView struct {
	kit.Page
	Company    domain.Company
	B          domain.ClientBilling
	Contacts   []billingContact
	Groupings  []kit.Option
	Treatments []kit.Option
	Languages  []kit.Option
}

type billingContact struct {
	ID      domain.ID
	Name    string
	Email   string
	Checked bool
}

// clientBillingEdit is a client's invoicing details: legal name, VAT and
// Chamber of Commerce numbers, Peppol id, invoice address, payment terms,
// grouping, VAT treatment, language and the contacts who receive and see
// its invoices. A client without details gets its company's address.
func (a *App) clientBillingEdit(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	c, err := a.Store.Company(r.Context(), id)
	if err != nil {
		return err
	}
	b, err := a.Svc.ClientBilling(r.Context(), id)
	if err != nil {
		return err
	}
	if b.LegalName == "" {
		b.LegalName = c.Name
	}
	b.CompanyID = id
	return a.renderClientBilling(w, r, http.StatusOK, c, b, nil)
}

func (a *App) renderClientBilling(w http.ResponseWriter, r *http.Request, status int, c domain.Company, b domain.ClientBilling, errs domain.FieldErrors) error {
	v := clientBillingView{Page: a.Page(r, "invoice.billing.title"), Company: c, B: b, Languages: languageOptions()}
	for _, g := range domain.InvoiceGroupings() {
		v.Groupings = append(v.Groupings, kit.Option{Value: string(g), Label: "invoice.grouping." + string(g)})
	}
	for _, t := range domain.VATTreatments() {
		v.Treatments = append(v.Treatments, kit.Option{Value: string(t), Label: "invoice.treatment." + string(t)})
	}
	contacts, err := a.Store.ContactsOfCompany(r.Context(), c.ID)
	if err != nil {
		return err
	}
	for _, ct := range contacts {
		v.Contacts = append(v.Contacts, billingContact{ID: ct.ID, Name: ct.Name(), Email: ct.Email, Checked: slices.Contains(b.ContactIDs, ct.ID)})
	}
	if errs != nil {
		v.Errors = errs
	}
	return a.Render(w, status, "invoice_billing", v)
}

// clientBillingSave checks and stores a client's invoicing details.
func (a *App) clientBillingSave(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	c, err := a.Store.Company(r.Context(), id)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	b := domain.ClientBilling{CompanyID: id, LegalName: f.String("legal_name"), VATNumber: f.String("vat_number"),
		CoCNumber: f.String("coc_number"), PeppolID: f.String("peppol_id"), Street: f.String("street"),
		PostalCode: f.String("postal_code"), City: f.String("city"), Country: f.String("country"), Email: f.String("email"),
		BuyerReference: f.String("buyer_reference"), PaymentDays: f.Int("payment_days"),
		Grouping: domain.InvoiceGrouping(f.String("grouping")), VATTreatment: domain.VATTreatment(f.String("vat_treatment")),
		ExemptionReason: f.Text("exemption_reason"), Language: f.String("language"), ContactIDs: f.IDs("contact_ids")}
	if len(f.Errors) > 0 {
		return a.renderClientBilling(w, r, http.StatusUnprocessableEntity, c, b, f.Errors)
	}
	err = a.Svc.SaveClientBilling(r.Context(), actor(r), b)
	if kit.Invalid(err) {
		_ = f.Check(err)
		return a.renderClientBilling(w, r, http.StatusUnprocessableEntity, c, b, f.Errors)
	}
	if err != nil {
		return err
	}
	return kit.Redirect(w, r, companyURL(id)+"?flash=flash.saved")
}

type placementBillingView struct {
	kit.Page
	P domain.Placement
	B domain.PlacementBilling
}

// placementBillingEdit is a placement's PO number and cost centre.
func (a *App) placementBillingEdit(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	p, err := a.Store.Placement(r.Context(), id)
	if err != nil {
		return err
	}
	b, err := a.Store.PlacementBilling(r.Context(), id)
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "invoice_placement_billing", placementBillingView{Page: a.Page(r, "invoice.placement_billing.title"), P: p, B: b})
}

// placementBillingSave stores a placement's PO number and cost centre.
func (a *App) placementBillingSave(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	p, err := a.Store.Placement(r.Context(), id)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	b := domain.PlacementBilling{PlacementID: id, PONumber: f.String("po_number"), CostCentre: f.String("cost_centre")}
	err = a.Svc.SavePlacementBilling(r.Context(), actor(r), b)
	if kit.Invalid(err) {
		_ = f.Check(err)
		v := placementBillingView{Page: a.Page(r, "invoice.placement_billing.title"), P: p, B: b}
		v.Errors = f.Errors
		return a.Render(w, http.StatusUnprocessableEntity, "invoice_placement_billing", v)
	}
	if err != nil {
		return err
	}
	return kit.Redirect(w, r, placementURL(id)+"?flash=flash.saved")
}
