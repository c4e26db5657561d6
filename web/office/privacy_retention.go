package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type retentionView struct {
	kit.Page
	Years int
	Due   []domain.RetentionDue
	Kinds []kit.Option
}

// privacyRetention shows admins who the retention job will anonymise (F3),
// so they can hold individuals back before it runs.
func (a *App) privacyRetention(w http.ResponseWriter, r *http.Request) error {
	set, err := a.Store.Settings(r.Context())
	if err != nil {
		return err
	}
	v := retentionView{Page: a.Page(r, "privacy.retention.title"), Years: set.RetentionYears, Kinds: holdKindOptions()}
	if v.Due, err = a.Svc.RetentionDue(r.Context()); err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "privacy_retention", v)
}

// holdKindOptions are the kinds of hold as choices (F2, F3).
func holdKindOptions() []kit.Option {
	opts := make([]kit.Option, 0, len(domain.HoldKinds))
	for _, k := range domain.HoldKinds {
		opts = append(opts, kit.Option{Value: string(k), Label: "privacy.hold.kind." + string(k)})
	}
	return opts
}

// holdReturn is where a hold form goes back to: the candidate's privacy
// page when it came from there, else the retention list.
func holdReturn(r *http.Request, id domain.ID, flash string) string {
	if r.PostFormValue("return") == "candidate" {
		return candidatePrivacyURL(id, flash)
	}
	return "/office/privacy/retention?flash=" + flash
}

// privacyRetentionHold places a hold, retention or legal, on a candidate
// (admins only): neither erasure nor the retention job removes its data
// until an admin lifts it. A bad kind or a missing reason shows on the
// candidate's privacy page.
func (a *App) privacyRetentionHold(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	h := domain.PrivacyHold{CandidateID: id, Kind: domain.HoldKind(f.String("kind")), Reason: f.Text("reason")}
	if h.Kind == "" {
		h.Kind = domain.HoldRetention // the retention list's quick form
	}
	err = a.Svc.PlaceHold(r.Context(), h, actor(r))
	if kit.Status(err) == http.StatusUnprocessableEntity {
		v, lerr := a.loadCandidatePrivacy(r)
		if lerr != nil {
			return lerr
		}
		f.Check(err)
		v.Errors, v.NewHold = f.Errors, h
		return a.Render(w, http.StatusUnprocessableEntity, "candidate_privacy", v)
	}
	if err != nil {
		return err
	}
	return kit.Redirect(w, r, holdReturn(r, id, "privacy.flash.held"))
}

// privacyRetentionRelease lifts a candidate's hold (admins only; the
// service checks the role again), audited.
func (a *App) privacyRetentionRelease(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if err := a.Svc.LiftHold(r.Context(), id, actor(r)); err != nil {
		return err
	}
	return kit.Redirect(w, r, holdReturn(r, id, "privacy.flash.hold_lifted"))
}

// privacyRequestRefuse answers an erasure request of a held candidate under
// GDPR art. 17(3), with the recruiter's explanation; the candidate is mailed.
func (a *App) privacyRequestRefuse(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadPrivacyRequest(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	err = a.Svc.RefuseErasure(r.Context(), v.R.ID, f.Text("explanation"), actor(r))
	if s := kit.Status(err); s == http.StatusUnprocessableEntity || s == http.StatusConflict {
		f.Check(err)
		v.Errors, v.Explanation = f.Errors, f.Text("explanation")
		if s == http.StatusConflict {
			v.Flash = domain.KeyOf(err)
		}
		return a.Render(w, s, "privacy_request", v)
	}
	if err != nil {
		return err
	}
	return kit.Redirect(w, r, "/office/privacy/"+strconv.FormatInt(v.R.ID, 10)+"?flash=privacy.flash.refused")
}
