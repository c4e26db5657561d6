package main

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// The targets of issue 12, as ratios to the reference measured in the same
// run.
const (
	listTarget   = 1.0 // lists and searches: ≥ 1.0× the 50-row page, p99 < 50 ms
	listP99      = 50 * time.Millisecond
	detailTarget = 0.5       // detail, homes, dashboard, timesheet list, vacancy: ≥ 0.5× the lookup
	writeRate    = 2000.0    // writes that send a mail, per second (SQLite)
	rssLimit     = 300 << 20 // bytes
)

// searches are the search shapes the issue names; the e-mail address and
// the rare word come from the database (a candidate's own address, and the
// number in another's, which few candidates share as a prefix).
func (b *bench) searches() [][2]string {
	rare := "4217"
	return [][2]string{
		{"search common word (java)", "java"},
		{"search rare word (" + rare + ")", rare},
		{"search 2-letter prefix (ma)", "ma"},
		{"search e-mail", b.fx.email},
		{"search skill + city (python amsterdam)", "python amsterdam"},
	}
}

// readPages are the signed-in pages the run drives: first those the issue
// names with their targets, then every other list and dashboard page of the
// three surfaces.
func (b *bench) readPages(ctx context.Context) ([]page, error) {
	var pages []page
	add := func(p page) { pages = append(pages, p) }
	targetList := func(name, account string, paths ...string) {
		p := b.cycle(name, account, refPage, listTarget, paths...)
		p.p99 = listP99
		add(p)
	}
	targetDetail := func(name, account string, paths ...string) {
		add(b.cycle(name, account, refLookup, detailTarget, paths...))
	}

	targetList("office candidate list", "recruiter", "/office/candidates")
	for _, s := range b.searches() {
		targetList(s[0], "recruiter", "/office/candidates?q="+url.QueryEscape(s[1]))
	}
	var details, vacancies []string
	for _, id := range b.fx.candidateIDs {
		details = append(details, fmt.Sprintf("/office/candidates/%d", id))
	}
	for _, id := range b.fx.vacancyIDs {
		vacancies = append(vacancies, fmt.Sprintf("/office/vacancies/%d", id))
	}
	targetDetail("office candidate detail", "recruiter", details...)
	targetDetail("office vacancy with pipeline", "recruiter", vacancies...)
	targetDetail("office dashboard", "recruiter", "/office/")
	targetDetail("portal home", "candidate", "/portal/")
	targetDetail("hiring dashboard", "contact", "/hiring/")
	targetDetail("hiring timesheet list", "contact", "/hiring/timesheets")
	hiringVacancies, err := b.links(ctx, "contact", "/hiring/vacancies", "/hiring/vacancies/")
	if err != nil {
		return nil, err
	}
	if len(hiringVacancies) > 0 {
		targetDetail("hiring vacancy with pipeline", "contact", hiringVacancies...)
	}

	// Every other list and dashboard page, compared to the 50-row page
	// without a target of its own.
	known := map[string]bool{"/office/": true, "/office/candidates": true, "/portal/": true, "/hiring/": true, "/hiring/timesheets": true}
	for _, path := range []string{"/office/companies", "/office/contacts", "/office/vacancies", "/office/placements",
		"/office/timesheets", "/office/messages", "/office/privacy", "/office/privacy/consents", "/office/reports",
		"/office/declaration-types"} {
		known[path] = true
		add(b.cycle(path, "recruiter", refPage, 0, path))
	}
	for _, path := range []string{"/office/outbox", "/office/settings/audit", "/office/privacy/retention"} {
		known[path] = true
		add(b.cycle(path, "admin", refPage, 0, path))
	}
	for _, path := range []string{"/portal/profile", "/portal/timesheets", "/portal/documents", "/portal/reports",
		"/portal/recruiter", "/portal/consent", "/portal/privacy", "/portal/availability", "/portal/cv"} {
		known[path] = true
		add(b.cycle(path, "candidate", refLookup, 0, path))
	}
	for _, path := range []string{"/hiring/vacancies", "/hiring/candidates", "/hiring/pools", "/hiring/documents"} {
		known[path] = true
		add(b.cycle(path, "contact", refPage, 0, path))
	}
	nav, err := b.navPages(ctx, known)
	if err != nil {
		return nil, err
	}
	return append(pages, nav...), nil
}

// links fetches path as account and returns the distinct links that start
// with prefix and end in a number (detail pages), at most 20.
func (b *bench) links(ctx context.Context, account, path, prefix string) ([]string, error) {
	res, body, err := do(ctx, newClient(1), b.srv.url, b.get(account, path))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if res.StatusCode != 200 {
		return nil, fmt.Errorf("%s: status %d", path, res.StatusCode)
	}
	seen := map[string]bool{}
	var out []string
	for _, part := range strings.Split(string(body), `href="`+prefix)[1:] {
		n := 0
		for n < len(part) && part[n] >= '0' && part[n] <= '9' {
			n++
		}
		if n == 0 || n < len(part) && part[n] != '"' {
			continue
		}
		link := prefix + part[:n]
		if !seen[link] && len(out) < 20 {
			seen[link] = true
			out = append(out, link)
		}
	}
	return out, nil
}
