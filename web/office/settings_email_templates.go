package office

import (
	"net/http"
	"slices"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type emailTemplateRow struct {
	Key    string
	Stored map[string]bool // language -> a template is stored
}

type settingsEmailTemplatesView struct {
	kit.Page
	Rows      []emailTemplateRow
	Languages []string
}

// settingsEmailTemplates lists every kind of mail with a link per language
// (A3, B3); a language without a stored template shows as missing.
func (a *App) settingsEmailTemplates(w http.ResponseWriter, r *http.Request) error {
	stored, err := a.Store.EmailTemplates(r.Context())
	if err != nil {
		return err
	}
	v := settingsEmailTemplatesView{Page: a.Page(r, "settings.email_templates"), Languages: domain.Languages}
	for _, key := range domain.EmailTemplateKeys {
		row := emailTemplateRow{Key: key, Stored: map[string]bool{}}
		for _, t := range stored {
			if t.Key == key {
				row.Stored[t.Language] = true
			}
		}
		v.Rows = append(v.Rows, row)
	}
	return a.Render(w, http.StatusOK, "settings_email_templates", v)
}

type settingsEmailTemplateView struct {
	kit.Page
	Tpl domain.EmailTemplate
}

// templateOf reads the key and language of the path; an unknown one is not found.
func templateOf(r *http.Request) (domain.EmailTemplate, error) {
	key, lang := r.PathValue("key"), r.PathValue("lang")
	if !slices.Contains(domain.EmailTemplateKeys, key) || !domain.ValidLanguage(lang) {
		return domain.EmailTemplate{}, domain.NotFound("email template")
	}
	return domain.EmailTemplate{Key: key, Language: lang}, nil
}

func (a *App) settingsEmailTemplate(w http.ResponseWriter, r *http.Request) error {
	t, err := templateOf(r)
	if err != nil {
		return err
	}
	stored, err := a.Store.EmailTemplate(r.Context(), t.Key, t.Language)
	switch {
	case err == nil:
		t = stored
	case domain.KindOf(err) != domain.KindNotFound:
		return err
	}
	return a.Render(w, http.StatusOK, "settings_email_template", settingsEmailTemplateView{Page: a.Page(r, "settings.email_template"), Tpl: t})
}

func (a *App) settingsEmailTemplateSave(w http.ResponseWriter, r *http.Request) error {
	t, err := templateOf(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	t.Subject, t.Body = f.String("subject"), f.Text("body")
	if err := f.Check(t.Validate()); err != nil {
		v := settingsEmailTemplateView{Page: a.Page(r, "settings.email_template"), Tpl: t}
		v.Errors = f.Errors
		return a.Render(w, http.StatusUnprocessableEntity, "settings_email_template", v)
	}
	if err := a.Svc.SaveEmailTemplate(r.Context(), actor(r), &t); err != nil {
		return err
	}
	return kit.Redirect(w, r, "/office/settings/email-templates?flash=flash.saved")
}
