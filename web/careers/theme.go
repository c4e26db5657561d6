package careers

import (
	"fmt"
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/upload"
)

// theme is the agency's colours as a style sheet: the pages allow no inline
// style (Content-Security-Policy), so the colours come from this file. Its
// address carries a version, so it may be cached.
func (a *App) theme(w http.ResponseWriter, r *http.Request) error {
	site, err := a.Svc.CareersSite(r.Context())
	if err != nil {
		return err
	}
	c := site.Settings
	brand, link := c.BrandColor, c.LinkColor
	// The settings only keep valid colours; a damaged document falls back.
	if domain.ContrastRatio(brand, "#ffffff") == 0 {
		brand = domain.DefaultBrandColor
	}
	if domain.ContrastRatio(link, "#ffffff") == 0 {
		link = domain.DefaultLinkColor
	}
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	_, err = fmt.Fprintf(w, ":root { --brand: %s; --on-brand: %s; --link: %s; }\n", brand, domain.TextOn(brand), link)
	return err
}

// logo is the careers site's logo, in the type sniffed when it was stored.
func (a *App) logo(w http.ResponseWriter, r *http.Request) error {
	l, err := a.Svc.CareersLogo(r.Context())
	if err != nil {
		return err
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Header().Set("Content-Type", l.ContentType)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "sandbox; default-src 'none'")
	_, err = w.Write(l.Content)
	return err
}

// privacyStatement is the privacy statement an applicant accepts, in the
// page's language (C8): the agency's link, else its document, else the
// application's own privacy page.
func (a *App) privacyStatement(w http.ResponseWriter, r *http.Request) error {
	lang := a.Localizer(r).Lang
	p, err := a.Svc.CareersPrivacy(r.Context(), lang)
	if err != nil {
		return err
	}
	switch {
	case p.URL != "":
		http.Redirect(w, r, p.URL, http.StatusSeeOther)
		return nil
	case p.DocumentID != 0:
		meta, content, err := a.Svc.PrivacyStatement(r.Context(), lang)
		if err != nil {
			return err
		}
		return upload.Send(w, meta.FileName, meta.ContentType, content)
	}
	http.Redirect(w, r, "/privacy?lang="+lang, http.StatusSeeOther)
	return nil
}
