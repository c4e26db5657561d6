package careers

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

// jobCard is one vacancy in the list.
type jobCard struct {
	V    domain.Vacancy
	URL  string
	Pay  string
	Time string // "Full time" / "Part time · 24 h"
}

// pageLink is one link of the pager.
type pageLink struct {
	N       int
	URL     string
	Current bool
}

type jobListView struct {
	view
	Q          service.CareersQuery
	Result     service.CareersPage
	Jobs       []jobCard
	Locations  []kit.Option
	Categories []kit.Option
	Hours      []kit.Option
	Pages      []pageLink
	Prev, Next string
}

// maxSearchRunes bounds what a search box takes.
const maxSearchRunes = 200

// searchText is a query value as a search takes it: valid text, at most
// maxSearchRunes characters; anything else searches for nothing.
func searchText(s string) string {
	s = strings.TrimSpace(s)
	if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
		return ""
	}
	if r := []rune(s); len(r) > maxSearchRunes {
		s = string(r[:maxSearchRunes])
	}
	return s
}

// jobList is /jobs: the published vacancies with search, filters on
// location, category and hours, and pages (issue 16 item 1).
func (a *App) jobList(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	query := service.CareersQuery{Query: searchText(q.Get("q")), Location: searchText(q.Get("location")),
		Category: searchText(q.Get("category")), Hours: domain.HoursBand(q.Get("hours")), Page: kit.PageIndex(r)}
	if query.Hours != domain.HoursPartTime && query.Hours != domain.HoursFullTime {
		query.Hours = domain.HoursAny
	}
	res, err := a.Svc.CareersJobs(r.Context(), query)
	if err != nil {
		return err
	}
	v, err := a.newView(r, "careers.jobs.title")
	if err != nil {
		return err
	}
	v.Canonical = v.Site.URL("/jobs")
	lv := jobListView{view: v, Q: query, Result: res,
		Hours: []kit.Option{{Value: string(domain.HoursFullTime), Label: "careers.hours.full"}, {Value: string(domain.HoursPartTime), Label: "careers.hours.part"}}}
	for _, l := range res.Choices.Locations {
		lv.Locations = append(lv.Locations, kit.Option{Value: l, Label: l})
	}
	for _, c := range res.Choices.Categories {
		lv.Categories = append(lv.Categories, kit.Option{Value: c, Label: c})
	}
	for _, job := range res.Jobs {
		lv.Jobs = append(lv.Jobs, jobCard{V: job, URL: v.Href(domain.CareersPath(job)), Pay: kit.PayText(v.L, job.Pay), Time: hoursText(v, job.HoursPerWeek)})
	}
	pageURL := func(n int) string {
		p := url.Values{}
		for k, vals := range r.URL.Query() {
			p[k] = vals
		}
		p.Set("page", strconv.Itoa(n))
		return "/jobs?" + p.Encode()
	}
	for n := 1; n <= res.Pages; n++ {
		lv.Pages = append(lv.Pages, pageLink{N: n, URL: pageURL(n), Current: n == res.Page+1})
	}
	if res.Page > 0 {
		lv.Prev = pageURL(res.Page)
	}
	if res.Page+1 < res.Pages {
		lv.Next = pageURL(res.Page + 2)
	}
	return a.Render(w, http.StatusOK, "jobs", lv)
}

// hoursText words a vacancy's hours: "Full time · 40 hours a week".
func hoursText(v view, hours int) string {
	if hours == 0 {
		return ""
	}
	band := "careers.hours.part"
	if domain.InHoursBand(hours, domain.HoursFullTime) {
		band = "careers.hours.full"
	}
	return v.T(band) + " · " + v.T("careers.hours.per_week", map[string]any{"Hours": hours})
}

func idText(id domain.ID) string { return strconv.FormatInt(id, 10) }
