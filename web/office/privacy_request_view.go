package office

import (
	"net/http"
	"strconv"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type privacyRequestView struct {
	kit.Page
	R             privacyRow
	Events        []domain.PrivacyRequestEvent
	Owners        []kit.Option
	Statuses      []kit.Option
	ExtendLimit   string
	ExtendTo      string
	Reason        string
	CanExtend     bool
	ActionRequest bool // the right is answered by an export or an erasure
	// Hold is the candidate's hold, when Held (F2): an erasure request is
	// then answered under art. 17(3) with Explanation, not by erasing.
	Hold        domain.PrivacyHold
	Held        bool
	Explanation string
}

func statusOptions() []kit.Option {
	var opts []kit.Option
	for _, s := range []domain.PrivacyRequestStatus{domain.PrivacyReceived, domain.PrivacyInProgress, domain.PrivacyDone, domain.PrivacyRefused} {
		opts = append(opts, kit.Option{Value: string(s), Label: "privacy.status." + string(s)})
	}
	return opts
}

func (a *App) loadPrivacyRequest(r *http.Request) (privacyRequestView, error) {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return privacyRequestView{}, err
	}
	ctx := r.Context()
	req, err := a.Store.PrivacyRequest(ctx, id)
	if err != nil {
		return privacyRequestView{}, err
	}
	v := privacyRequestView{Page: a.Page(r, "privacy.request.title"), R: privacyRows([]domain.PrivacyRequest{req}, a.DB.Now())[0],
		Statuses: statusOptions(), ExtendLimit: domain.PrivacyExtensionLimit(req).Format(time.DateOnly)}
	v.CanExtend = domain.CheckPrivacyExtension(req, domain.PrivacyExtensionLimit(req), "x") == nil
	v.ExtendTo = v.ExtendLimit
	if v.Events, err = a.Store.PrivacyRequestEvents(ctx, id); err != nil {
		return v, err
	}
	if v.Owners, err = a.ownerOptions(ctx); err != nil {
		return v, err
	}
	if v.Hold, v.Held, err = a.Svc.Hold(ctx, req.CandidateID); err != nil {
		return v, err
	}
	v.Explanation = v.Hold.Reason
	return v, nil
}

func (a *App) privacyRequestView(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadPrivacyRequest(r)
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "privacy_request", v)
}

// privacyRequestStatus sets status and owner, with an optional comment; the
// change lands in the request's history.
func (a *App) privacyRequestStatus(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadPrivacyRequest(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	status := domain.PrivacyRequestStatus(f.String("status"))
	if !domain.ValidPrivacyStatus(status) {
		v.Errors = domain.FieldErrors{"status": "validation.choice"}
		return a.Render(w, http.StatusUnprocessableEntity, "privacy_request", v)
	}
	if err := a.Svc.SetPrivacyRequestStatus(r.Context(), v.R.ID, status, f.ID("owner_id"), f.Text("comment"), actor(r)); err != nil {
		if kit.Status(err) == http.StatusUnprocessableEntity {
			v.Errors = domain.FieldErrors{"owner_id": domain.KeyOf(err)}
			return a.Render(w, http.StatusUnprocessableEntity, "privacy_request", v)
		}
		return err
	}
	return kit.Redirect(w, r, "/office/privacy/"+strconv.FormatInt(v.R.ID, 10)+"?flash=flash.saved")
}

// privacyRequestExtend extends the due date once, by at most two months, with
// a reason; the candidate is mailed (F2).
func (a *App) privacyRequestExtend(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadPrivacyRequest(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	to := f.Date("due_at")
	reason := f.Text("reason")
	// The new due date keeps the time of day of the receipt, like the first.
	due := v.R.DueAt
	newDue := time.Date(to.Time().Year(), to.Time().Month(), to.Time().Day(), due.Hour(), due.Minute(), due.Second(), 0, time.UTC)
	if to.IsZero() {
		newDue = time.Time{}
	}
	err = a.Svc.ExtendPrivacyRequest(r.Context(), v.R.ID, newDue, reason, actor(r))
	if err == nil {
		return kit.Redirect(w, r, "/office/privacy/"+strconv.FormatInt(v.R.ID, 10)+"?flash=privacy.flash.extended")
	}
	if kit.Status(err) == http.StatusUnprocessableEntity || kit.Status(err) == http.StatusConflict {
		f.Check(err)
		v.Errors = f.Errors
		if kit.Status(err) == http.StatusConflict {
			v.Flash = domain.KeyOf(err)
		}
		v.ExtendTo, v.Reason = f.String("due_at"), reason
		return a.Render(w, kit.Status(err), "privacy_request", v)
	}
	return err
}
