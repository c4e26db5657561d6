package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type freelancerBillingView struct {
	kit.Page
	C              domain.Candidate
	F              domain.FreelancerBilling
	AgencySelfBill bool // the agency's settings turn self-billing on
}

// freelancerBillingEdit is a candidate's self-billing details (issue 17):
// the freelancer flag, trading name, address, VAT and Chamber of Commerce
// numbers, IBAN and the signed agreement.
func (a *App) freelancerBillingEdit(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	c, err := a.Store.Candidate(r.Context(), id)
	if err != nil {
		return err
	}
	f, err := a.Svc.FreelancerBilling(r.Context(), id)
	if err != nil {
		return err
	}
	return a.renderFreelancerBilling(w, r, http.StatusOK, c, f, nil)
}

func (a *App) renderFreelancerBilling(w http.ResponseWriter, r *http.Request, status int, c domain.Candidate, f domain.FreelancerBilling,
	errs domain.FieldErrors) error {
	set, err := a.Svc.InvoiceSettings(r.Context())
	if err != nil {
		return err
	}
	v := freelancerBillingView{Page: a.Page(r, "invoice.freelancer.title"), C: c, F: f, AgencySelfBill: set.SelfBilling}
	if errs != nil {
		v.Errors = errs
	}
	return a.Render(w, status, "invoice_freelancer", v)
}

// freelancerBillingSave checks and stores a candidate's self-billing
// details through the service (validated, audited); refused input is shown
// again with its messages and changes nothing.
func (a *App) freelancerBillingSave(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	c, err := a.Store.Candidate(r.Context(), id)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	fb := domain.FreelancerBilling{CandidateID: id, Freelancer: f.Bool("freelancer"), TradingName: f.String("trading_name"),
		Street: f.String("street"), PostalCode: f.String("postal_code"), City: f.String("city"), Country: f.String("country"),
		VATNumber: f.String("vat_number"), CoCNumber: f.String("coc_number"), IBAN: f.String("iban"),
		Agreement: f.Bool("agreement"), AgreementDate: f.Date("agreement_date")}
	if len(f.Errors) > 0 {
		return a.renderFreelancerBilling(w, r, http.StatusUnprocessableEntity, c, fb, f.Errors)
	}
	err = a.Svc.SaveFreelancerBilling(r.Context(), actor(r), fb)
	if kit.Invalid(err) {
		_ = f.Check(err)
		return a.renderFreelancerBilling(w, r, http.StatusUnprocessableEntity, c, fb, f.Errors)
	}
	if err != nil {
		return err
	}
	return kit.Redirect(w, r, candidateURL(id)+"?flash=flash.saved")
}
