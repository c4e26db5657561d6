package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type candidatePrivacyView struct {
	kit.Page
	C         domain.Candidate
	Requests  []privacyRow
	RequestID domain.ID // the request being handled, from ?request=
	Consents  []domain.Consent
	Exports   []domain.PrivacyExport
	Consent   domain.Consent // the give-consent form
	Link      string         // a released export's link, shown once
	// The hold on the candidate, when Held, and the admin's form to place
	// one (F2, F3).
	Hold      domain.PrivacyHold
	Held      bool
	NewHold   domain.PrivacyHold
	HoldKinds []kit.Option
}

func (a *App) loadCandidatePrivacy(r *http.Request) (candidatePrivacyView, error) {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return candidatePrivacyView{}, err
	}
	ctx := r.Context()
	v := candidatePrivacyView{Page: a.Page(r, "privacy.candidate.title"), RequestID: queryID(r, "request"), HoldKinds: holdKindOptions()}
	if v.C, err = a.Store.Candidate(ctx, id); err != nil {
		return v, err
	}
	if v.Hold, v.Held, err = a.Svc.Hold(ctx, id); err != nil {
		return v, err
	}
	reqs, _, err := a.Store.PrivacyRequests(ctx, store.PrivacyRequestFilter{CandidateID: id, Limit: 100})
	if err != nil {
		return v, err
	}
	v.Requests = privacyRows(reqs, a.DB.Now())
	if v.Consents, err = a.Store.Consents(ctx, id); err != nil {
		return v, err
	}
	if v.Exports, err = a.Store.PrivacyExports(ctx, id); err != nil {
		return v, err
	}
	return v, nil
}

// candidatePrivacy is a candidate's privacy page: flags, requests, consent
// ledger, exports, and the way to erasure (C6, F2).
func (a *App) candidatePrivacy(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadCandidatePrivacy(r)
	if err != nil {
		return err
	}
	if err := a.auditView(r, v.C.ID, "privacy page"); err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "candidate_privacy", v)
}

func candidatePrivacyURL(id domain.ID, flash string) string {
	return "/office/candidates/" + strconv.FormatInt(id, 10) + "/privacy?flash=" + flash
}

// candidateRestriction sets (on=1) or lifts (on=0) the restriction (F2).
func (a *App) candidateRestriction(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := kit.NewForm(r); err != nil {
		return err // a NUL byte or invalid UTF-8 in a field (issue 11)
	}
	on := r.PostFormValue("on") == "1"
	if err := a.Svc.SetRestriction(r.Context(), id, on, actor(r)); err != nil {
		return err
	}
	return kit.Redirect(w, r, candidatePrivacyURL(id, "flash.saved"))
}

// candidateObjection records (on=1) or lifts (on=0) an objection (F2).
func (a *App) candidateObjection(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := kit.NewForm(r); err != nil {
		return err // a NUL byte or invalid UTF-8 in a field (issue 11)
	}
	on := r.PostFormValue("on") == "1"
	if err := a.Svc.SetObjection(r.Context(), id, on, actor(r)); err != nil {
		return err
	}
	return kit.Redirect(w, r, candidatePrivacyURL(id, "flash.saved"))
}

// consentGive records consent the candidate gave outside the portal (C6).
func (a *App) consentGive(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadCandidatePrivacy(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	c := domain.Consent{CandidateID: v.C.ID, TextVersion: f.String("text_version"), ValidUntil: f.Date("valid_until")}
	_, err = a.Svc.GiveConsent(r.Context(), c, actor(r))
	if kit.Status(err) == http.StatusUnprocessableEntity {
		f.Check(err)
		v.Errors, v.Consent = f.Errors, c
		return a.Render(w, http.StatusUnprocessableEntity, "candidate_privacy", v)
	}
	if err != nil {
		return err
	}
	return kit.Redirect(w, r, candidatePrivacyURL(v.C.ID, "flash.saved"))
}

// consentWithdraw records that the candidate withdrew its consent (C6).
func (a *App) consentWithdraw(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if err := a.Svc.WithdrawConsent(r.Context(), id, actor(r)); err != nil {
		return err
	}
	return kit.Redirect(w, r, candidatePrivacyURL(id, "flash.saved"))
}
