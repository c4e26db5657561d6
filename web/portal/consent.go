package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type consentView struct {
	kit.Page
	Current domain.Consent
	Active  bool
	State   string
	Ledger  []domain.Consent
	Today   domain.Date
	Version string
	Years   int
}

// consent shows the consent the candidate gave, the text version, when and
// until when, with one button to give or withdraw it (C6).
func (a *App) consent(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionConsent)
	if err != nil {
		return err
	}
	ctx := r.Context()
	v := consentView{Page: a.Page(r, "portal.consent.title"), Today: domain.DateOf(a.DB.Now()), Version: domain.ConsentTextVersion}
	if v.Ledger, err = a.Store.Consents(ctx, m.C.ID); err != nil {
		return err
	}
	set, err := a.Store.Settings(ctx)
	if err != nil {
		return err
	}
	v.Years = domain.PortalConsent(m.C.ID, a.DB.Now(), set).ValidUntil.Time().Year() - v.Today.Time().Year()
	v.Current, v.Active = domain.CurrentConsent(v.Ledger, v.Today)
	if len(v.Ledger) > 0 {
		v.State = string(v.Current.StateOn(v.Today))
	}
	return a.Render(w, http.StatusOK, "consent", v)
}

func (a *App) consentGive(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionConsent)
	if err != nil {
		return err
	}
	if err := a.Service.PortalGiveConsent(r.Context(), m.Actor); err != nil {
		return err
	}
	return kit.Redirect(w, r, "/portal/consent?flash=portal.flash.consent_given")
}

func (a *App) consentWithdraw(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionConsent)
	if err != nil {
		return err
	}
	if err := a.Service.PortalWithdrawConsent(r.Context(), m.Actor); err != nil {
		return err
	}
	return kit.Redirect(w, r, "/portal/consent?flash=portal.flash.consent_withdrawn")
}
