package careers

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"

	"github.com/matchpoint/matchpoint/web/kit"
)

// Access says who may call a route; the whole careers site is public.
type Access int

// Public is anyone.
const Public Access = 0

// Route is one entry of the careers site's route table.
type Route kit.Route[Access]

// Routes is the careers site's whole route table. A vacancy the site does
// not publish, or another agency's, is not found on every route that names
// one (B5).
func (a *App) Routes() []Route {
	return []Route{
		{"GET /jobs", a.jobList, Public},
		{"GET /jobs/{job}", a.jobView, Public},
		{"POST /jobs/{job}/apply", a.jobApply, Public},
		{"GET /jobs/apply", a.openForm, Public},
		{"POST /jobs/apply", a.openApply, Public},
		{"GET /jobs/applied", a.applied, Public},
		{"GET /jobs/privacy-statement", a.privacyStatement, Public},
		{"GET /jobs/feed.xml", a.jobFeed, Public},
		{"GET /jobs/rss.xml", a.rssFeed, Public},
		{"GET /sitemap.xml", a.sitemap, Public},
		{"GET /robots.txt", a.robots, Public},
		{"GET /jobs/theme.css", a.theme, Public},
		{"GET /jobs/logo", a.logo, Public},
	}
}

// Mount registers the route table on mux (behind tenancy). Errors show on
// the careers site's own error page, in the visitor's language. Pages are
// not cached but the theme and logo, whose addresses carry their version.
func (a *App) Mount(mux *http.ServeMux) {
	for _, rt := range a.Routes() {
		mux.Handle(rt.Pattern, kit.NoStore(chosenLanguage(kit.Wrap(a.Log, a.errorPage, rt.Handler))))
	}
	// An address under /jobs/ that no route takes gets the site's own page.
	mux.Handle("/jobs/", kit.NoStore(chosenLanguage(kit.Wrap(a.Log, a.errorPage,
		func(http.ResponseWriter, *http.Request) error { return domain.NotFound("careers") }))))
}
