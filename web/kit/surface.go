package kit

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
)

// Person is who a page is drawn for: the name top right, the language on
// the person's record and whether admin links show. Zero when anonymous.
type Person struct {
	Name     string
	Language string
	IsAdmin  bool
}

// Surface is the plumbing the person-facing surfaces (back office, the two
// portals) share: choosing the language, the common page data, rendering
// and the error page. Each surface's App embeds one and says, through Who,
// how it knows the signed-in person.
type Surface struct {
	Bundle    *i18n.Bundle
	Log       *slog.Logger
	Templates *Templates
	// Who returns the person signed in on the request's context; nil means
	// every request is anonymous.
	Who func(ctx context.Context) Person
	// AuditReads writes the audit entries of the persons' records a GET
	// route read (F4); Mount puts it around every GET route. Nil audits
	// nothing.
	AuditReads ReadAuditor
	// Names reads the agency's translated names (issue 15); nil shows every
	// configured name as the record has it.
	Names func(ctx context.Context) (domain.Names, error)

	// Lag names the routes that may read a PostgreSQL standby; nil when no
	// standby is attached.
	Lag *Lag
}

func (s *Surface) person(r *http.Request) Person {
	if s.Who == nil {
		return Person{}
	}
	return s.Who(r.Context())
}

// Languages lists the languages a page may speak in order of preference:
// first (the person's language, "" when none), then the browser's, then the
// agency's default.
func Languages(r *http.Request, first string) []string {
	var langs []string
	if first != "" {
		langs = append(langs, first)
	}
	langs = append(langs, i18n.AcceptLanguage(r.Header.Get("Accept-Language"))...)
	return append(langs, TenantOf(r.Context()).DefaultLanguage)
}

// Localizer speaks the signed-in person's language, then the browser's,
// then the agency's.
func (s *Surface) Localizer(r *http.Request) *i18n.Localizer {
	return s.Bundle.For(Languages(r, s.person(r).Language)...)
}

// Page returns the common page data with title key.
func (s *Surface) Page(r *http.Request, title string) Page {
	p := s.person(r)
	page := Page{L: s.Bundle.For(Languages(r, p.Language)...), Title: title, Who: p.Name, IsAdmin: p.IsAdmin,
		Path: r.URL.Path, Errors: domain.FieldErrors{}, Flash: r.URL.Query().Get("flash"), Query: r.URL.Query()}
	if s.Names != nil {
		ctx := r.Context()
		page.names = &lazyNames{load: func() domain.Names {
			n, err := s.Names(ctx)
			if err != nil {
				// The record's own names still say what is meant.
				s.Log.ErrorContext(ctx, "read translated names", "err", err)
			}
			return n
		}}
	}
	return page
}

// Render writes the surface's page name with view.
func (s *Surface) Render(w http.ResponseWriter, status int, name string, view any) error {
	return s.Templates.Render(w, status, name, view)
}

// ErrorPage renders an error in the surface's layout; should that fail, a
// plain text answer still carries the status.
func (s *Surface) ErrorPage(w http.ResponseWriter, r *http.Request, status int, key string) {
	view := struct {
		Page
		Status int
		Key    string
	}{s.Page(r, "error.title"), status, key}
	if err := s.Render(w, status, "error", view); err != nil {
		s.Log.ErrorContext(r.Context(), "render error page", "err", err)
		http.Error(w, http.StatusText(status), status)
	}
}
