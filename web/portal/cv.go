package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type cvView struct {
	kit.Page
	CVs   []domain.Attachment
	MaxMB int64
}

// cv shows the candidate's CVs and the form to upload the newest (C3).
func (a *App) cv(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionCV)
	if err != nil {
		return err
	}
	return a.renderCV(w, r, m, http.StatusOK, nil)
}

func (a *App) renderCV(w http.ResponseWriter, r *http.Request, m me, status int, errs domain.FieldErrors) error {
	v := cvView{Page: a.Page(r, "portal.cv.title"), MaxMB: a.maxMB()}
	if errs != nil {
		v.Errors = errs
	}
	var err error
	if v.CVs, err = a.Service.PortalCVs(r.Context(), m.Actor); err != nil {
		return err
	}
	return a.Render(w, status, "cv", v)
}

// cvUpload stores the file as a new attachment of type CV; earlier CVs stay.
func (a *App) cvUpload(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionCV)
	if err != nil {
		return err
	}
	file, status, errs := a.readFile(w, r)
	if errs != nil {
		return a.renderCV(w, r, m, status, errs)
	}
	if _, err := a.Service.PortalUploadCV(r.Context(), m.Actor, file); err != nil {
		return err
	}
	return kit.Redirect(w, r, "/portal/cv?flash=portal.flash.cv_uploaded")
}
