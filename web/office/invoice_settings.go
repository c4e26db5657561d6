package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type invoiceSettingsView struct {
	kit.Page
	S                     domain.InvoiceSettings
	Classes               []kit.Option
	StandardRate, Reduced string
	Declarations          []declarationBillingRow
}

type declarationBillingRow struct {
	domain.DeclarationBilling
	Surcharge string
}

// bpText shows basis points as a percentage with two decimals.
func bpText(bp int) string { return domain.FormatCents(int64(bp)) }

// invoiceSettings is the agency's invoicing: who it is on its invoices,
// its numbering, VAT rates, payment days, self-billing, and each
// declaration type's surcharge and VAT class.
func (a *App) invoiceSettings(w http.ResponseWriter, r *http.Request) error {
	set, err := a.Svc.InvoiceSettings(r.Context())
	if err != nil {
		return err
	}
	return a.renderInvoiceSettings(w, r, http.StatusOK, set, nil)
}

func (a *App) renderInvoiceSettings(w http.ResponseWriter, r *http.Request, status int, set domain.InvoiceSettings, errs domain.FieldErrors) error {
	v := invoiceSettingsView{Page: a.Page(r, "invoice.settings.title"), S: set,
		StandardRate: bpText(set.StandardRateBP), Reduced: bpText(set.ReducedRateBP)}
	for _, d := range set.DeclarationTypes {
		v.Declarations = append(v.Declarations, declarationBillingRow{DeclarationBilling: d, Surcharge: bpText(d.SurchargeBP)})
	}
	for _, c := range domain.VATClasses() {
		v.Classes = append(v.Classes, kit.Option{Value: string(c), Label: "invoice.class." + string(c)})
	}
	if errs != nil {
		v.Errors = errs
	}
	return a.Render(w, status, "invoice_settings", v)
}

// invoiceSettingsSave checks and stores the settings.
func (a *App) invoiceSettingsSave(w http.ResponseWriter, r *http.Request) error {
	set, err := a.Svc.InvoiceSettings(r.Context())
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	set.LegalName, set.Street, set.PostalCode, set.City = f.String("legal_name"), f.String("street"), f.String("postal_code"), f.String("city")
	set.Country, set.VATNumber, set.CoCNumber = f.String("country"), f.String("vat_number"), f.String("coc_number")
	set.PeppolID, set.IBAN, set.BIC = f.String("peppol_id"), f.String("iban"), f.String("bic")
	set.Email, set.Phone, set.NumberPrefix = f.String("email"), f.String("phone"), f.String("number_prefix")
	set.NumberPerYear, set.SelfBilling = f.Bool("number_per_year"), f.Bool("self_billing")
	set.StandardRateBP = percentBP(f, "standard_rate")
	set.ReducedRateBP = percentBP(f, "reduced_rate")
	set.PaymentDays = f.Int("payment_days")
	for i := range set.DeclarationTypes {
		d := &set.DeclarationTypes[i]
		key := strconv.FormatInt(d.DeclarationTypeID, 10)
		d.SurchargeBP = percentBP(f, "surcharge_"+key)
		d.VATClass = domain.VATClass(f.String("vat_class_" + key))
	}
	if err := f.Check(set.Validate()); err != nil {
		return a.renderInvoiceSettings(w, r, http.StatusUnprocessableEntity, set, f.Errors)
	}
	if err := a.Svc.SaveInvoiceSettings(r.Context(), actor(r), set); err != nil {
		if kit.Invalid(err) {
			_ = f.Check(err)
			return a.renderInvoiceSettings(w, r, http.StatusUnprocessableEntity, set, f.Errors)
		}
		return err
	}
	return kit.Redirect(w, r, "/office/settings/invoicing?flash=flash.saved")
}

// percentBP reads a percentage like "21", "9,5" or "12.25" as basis points.
func percentBP(f *kit.Form, name string) int {
	return int(f.Cents(name))
}
