package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// The language a recruiter's pages and mails speak (issue 15): its own on
// /office/language, anyone's for an admin on the users page.

func (a *App) routesLanguage() []Route {
	return []Route{
		{"GET /office/language", a.languageForm, Recruiter},
		{"POST /office/language", a.languageSave, Recruiter},
		{"POST /office/settings/users/{id}/language", a.recruiterLanguage, Admin},
	}
}

type languageView struct {
	kit.Page
	Language  string
	Languages []kit.Option
}

func (a *App) languageForm(w http.ResponseWriter, r *http.Request) error {
	v := languageView{Page: a.Page(r, "language.title"), Language: user(r.Context()).Language}
	v.Languages = languageOptions()
	return a.Render(w, http.StatusOK, "language", v)
}

func (a *App) languageSave(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	u := user(r.Context())
	err = a.Accounts.SetRecruiterLanguage(r.Context(), actor(r), u.IsAdmin(), u.ID, f.String("language"), a.Auth.Origin(r))
	if err := f.Check(err); err != nil {
		if kit.Invalid(err) {
			v := languageView{Page: a.Page(r, "language.title"), Language: u.Language}
			v.Languages, v.Errors = languageOptions(), f.Errors
			return a.Render(w, http.StatusUnprocessableEntity, "language", v)
		}
		return err
	}
	return kit.Redirect(w, r, "/office/language?flash=flash.saved")
}

// recruiterLanguage is an admin changing a recruiter's language.
func (a *App) recruiterLanguage(w http.ResponseWriter, r *http.Request) error {
	return a.recruiterChange(w, r, func(f *kit.Form, id domain.ID) error {
		return a.Accounts.SetRecruiterLanguage(r.Context(), actor(r), true, id, f.String("language"), a.Auth.Origin(r))
	})
}
