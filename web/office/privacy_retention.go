package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type retentionView struct {
	kit.Page
	Years int
	Due   []domain.RetentionDue
}

// privacyRetention shows admins who the retention job will anonymise (F3),
// so they can hold individuals back before it runs.
func (a *App) privacyRetention(w http.ResponseWriter, r *http.Request) error {
	set, err := a.Store.Settings(r.Context())
	if err != nil {
		return err
	}
	v := retentionView{Page: a.Page(r, "privacy.retention.title"), Years: set.RetentionYears}
	if v.Due, err = a.Svc.RetentionDue(r.Context()); err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "privacy_retention", v)
}

func (a *App) privacyRetentionHold(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := kit.NewForm(r); err != nil {
		return err // a NUL byte or invalid UTF-8 in a field (issue 11)
	}
	if _, err := a.Store.Candidate(r.Context(), id); err != nil {
		return err
	}
	h := domain.RetentionHold{CandidateID: id, Reason: r.PostFormValue("reason"), HeldBy: user(r.Context()).Name}
	if len(h.Reason) > 1000 {
		h.Reason = h.Reason[:1000]
	}
	if err := a.Store.HoldRetention(r.Context(), h); err != nil {
		return err
	}
	if err := a.auditAction(r, id, "retention_hold", h.Reason); err != nil {
		return err
	}
	return kit.Redirect(w, r, "/office/privacy/retention?flash=flash.saved")
}

func (a *App) privacyRetentionRelease(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if err := a.Store.ReleaseRetentionHold(r.Context(), id); err != nil {
		return err
	}
	if err := a.auditAction(r, id, "retention_release", ""); err != nil {
		return err
	}
	return kit.Redirect(w, r, "/office/privacy/retention?flash=flash.saved")
}
