package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type privacyView struct {
	kit.Page
	Rights   []domain.PrivacyRight
	Right    string
	Message  string
	Requests []domain.PrivacyRequest
	// Exports are the released exports whose link still works (F2).
	Exports []domain.PrivacyExport
}

// privacy is under the candidate's name, top right: the six requests it can
// make with an optional message, and the requests it made (C9).
func (a *App) privacy(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionPrivacy)
	if err != nil {
		return err
	}
	return a.renderPrivacy(w, r, m, http.StatusOK, privacyView{})
}

func (a *App) renderPrivacy(w http.ResponseWriter, r *http.Request, m me, status int, v privacyView) error {
	errs := v.Errors
	v.Page = a.Page(r, "portal.privacy.title")
	if errs != nil {
		v.Errors = errs
	}
	v.Rights = domain.PrivacyRights
	var err error
	if v.Requests, err = a.Service.PortalPrivacyRequests(r.Context(), m.Actor); err != nil {
		return err
	}
	if v.Exports, err = a.Service.PortalExports(r.Context(), m.Actor); err != nil {
		return err
	}
	return a.Render(w, status, "privacy", v)
}

// privacyRequest stores the request and queues its two mails (C9).
func (a *App) privacyRequest(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionPrivacy)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	v := privacyView{Right: f.String("right"), Message: f.Text("message")}
	_, err = a.Service.PortalPrivacyRequest(r.Context(), m.Actor, domain.PrivacyRight(v.Right), v.Message)
	if err := f.Check(err); err != nil {
		if !kit.Invalid(err) {
			return err
		}
		v.Page.Errors = f.Errors
		return a.renderPrivacy(w, r, m, http.StatusUnprocessableEntity, v)
	}
	return kit.Redirect(w, r, "/portal/privacy?flash=portal.flash.privacy_sent")
}
