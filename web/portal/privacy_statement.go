package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/upload"
)

// privacyStatement is the footer's privacy statement in the page's language
// (C8): the agency's link for that language when set, else the main office's
// 'Privacy statement XX' document as a download, else the application's
// /privacy page. It is public: the sign-in page shows the footer too.
func (a *App) privacyStatement(w http.ResponseWriter, r *http.Request) error {
	lang := r.URL.Query().Get("lang")
	if !domain.ValidLanguage(lang) {
		lang = a.Localizer(r).Lang
	}
	set, err := a.Store.Settings(r.Context())
	if err != nil {
		return err
	}
	if u := set.PrivacyURL[lang]; u != "" {
		http.Redirect(w, r, u, http.StatusSeeOther)
		return nil
	}
	meta, content, err := a.Service.PrivacyStatement(r.Context(), lang)
	switch {
	case domain.KindOf(err) == domain.KindNotFound:
		http.Redirect(w, r, "/privacy", http.StatusSeeOther)
		return nil
	case err != nil:
		return err
	}
	return upload.Send(w, meta.FileName, meta.ContentType, content)
}
