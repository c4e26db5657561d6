package careers

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

// autonyms are the languages' names in themselves, for the language switch.
var autonyms = map[string]string{"en": "English", "nl": "Nederlands", "de": "Deutsch", "fr": "Français"}

// langLink is one entry of the language switch.
type langLink struct {
	Lang    string
	Name    string
	URL     string
	Current bool
}

// view is what every careers page shows: the agency's site, its theme and
// the language switch. Page views embed it.
type view struct {
	kit.Page
	Site      service.CareersSite
	ThemeURL  string
	LogoURL   string // "" when the site has no logo
	Langs     []langLink
	Canonical string // the page's absolute address, "" for none
	chosen    string // the ?lang= the visitor chose, "" for the browser's
}

// newView builds the common part of a page titled with key title.
func (a *App) newView(r *http.Request, title string) (view, error) {
	site, err := a.Svc.CareersSite(r.Context())
	if err != nil {
		return view{}, err
	}
	v := view{Page: a.Page(r, title), Site: site, chosen: explicitLanguage(r), ThemeURL: "/jobs/theme.css?v=" + themeVersion(site.Settings)}
	if site.Settings.Logo != "" {
		v.LogoURL = "/jobs/logo?v=" + site.Settings.Logo
	}
	for _, l := range domain.Languages {
		q := url.Values{}
		for k, vals := range r.URL.Query() {
			q[k] = vals
		}
		q.Set("lang", l)
		v.Langs = append(v.Langs, langLink{Lang: l, Name: autonyms[l], URL: r.URL.Path + "?" + q.Encode(), Current: l == v.Lang()})
	}
	return v, nil
}

// Href is path on the careers site, keeping the language the visitor chose.
func (v view) Href(path string) string {
	if v.chosen == "" {
		return path
	}
	u, err := url.Parse(path)
	if err != nil {
		return path
	}
	q := u.Query()
	q.Set("lang", v.chosen)
	u.RawQuery = q.Encode()
	return u.String()
}

// themeVersion changes when the colours do, so the theme can be cached.
func themeVersion(c domain.CareersSettings) string {
	sum := sha256.Sum256([]byte(c.BrandColor + c.LinkColor))
	return hex.EncodeToString(sum[:4])
}

// errorPage shows an error in the careers site's layout and the visitor's
// language; should the site itself fail, a plain answer still carries the
// status.
func (a *App) errorPage(w http.ResponseWriter, r *http.Request, status int, key string) {
	v, err := a.newView(r, "error.title")
	if err == nil {
		err = a.Render(w, status, "error", struct {
			view
			Status int
			Key    string
		}{v, status, key})
	}
	if err != nil {
		a.Log.ErrorContext(r.Context(), "careers error page", "err", err)
		http.Error(w, http.StatusText(status), status)
	}
}

// Chosen is the language the visitor chose with ?lang=, "" for its browser's.
func (v view) Chosen() string { return v.chosen }
