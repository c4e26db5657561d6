package careers

import (
	"encoding/xml"
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

// The feeds are written with encoding/xml from the structs below, so that
// every text is escaped and the result is well-formed whatever a vacancy
// holds. Their links start with the agency's address (service.CareersSite),
// never with the request's Host header.

// cdata is a text that job boards expect in a CDATA section.
type cdata struct {
	Text string `xml:",cdata"`
}

// jobFeedXML is the job-board feed in the shape Indeed and most boards
// take: <source> with the publisher and one <job> per vacancy.
type jobFeedXML struct {
	XMLName       xml.Name     `xml:"source"`
	Publisher     string       `xml:"publisher"`
	PublisherURL  string       `xml:"publisherurl"`
	LastBuildDate string       `xml:"lastBuildDate"`
	Jobs          []jobFeedJob `xml:"job"`
}

type jobFeedJob struct {
	Title           cdata  `xml:"title"`
	Date            cdata  `xml:"date"`
	ReferenceNumber cdata  `xml:"referencenumber"`
	URL             cdata  `xml:"url"`
	Company         cdata  `xml:"company"`
	City            cdata  `xml:"city"`
	Country         cdata  `xml:"country"`
	Description     cdata  `xml:"description"`
	Salary          *cdata `xml:"salary,omitempty"`
	JobType         cdata  `xml:"jobtype"`
	Category        *cdata `xml:"category,omitempty"`
	ExpirationDate  *cdata `xml:"expirationdate,omitempty"`
}

// rssXML is an RSS 2.0 feed of the vacancies.
type rssXML struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title         string    `xml:"title"`
	Link          string    `xml:"link"`
	Description   string    `xml:"description"`
	Language      string    `xml:"language"`
	LastBuildDate string    `xml:"lastBuildDate"`
	Items         []rssItem `xml:"item"`
}

type rssItem struct {
	Title       string  `xml:"title"`
	Link        string  `xml:"link"`
	GUID        rssGUID `xml:"guid"`
	PubDate     string  `xml:"pubDate"`
	Description string  `xml:"description"`
	Category    string  `xml:"category,omitempty"`
}

type rssGUID struct {
	IsPermaLink bool   `xml:"isPermaLink,attr"`
	Value       string `xml:",chardata"`
}

// sitemapXML is a sitemap (sitemaps.org 0.9) of the careers site.
type sitemapXML struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// writeXML answers v as an XML document of contentType.
func writeXML(w http.ResponseWriter, contentType string, v any) error {
	out, err := xml.MarshalIndent(v, "", " ")
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", contentType+"; charset=utf-8")
	if _, err := w.Write([]byte(xml.Header)); err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// feedData is the site and its published vacancies.
func (a *App) feedData(r *http.Request) (service.CareersSite, []domain.Vacancy, error) {
	site, err := a.Svc.CareersSite(r.Context())
	if err != nil {
		return service.CareersSite{}, nil, err
	}
	jobs, err := a.Svc.CareersFeed(r.Context())
	return site, jobs, err
}

// lastBuild is the newest change of the vacancies, else now.
func (a *App) lastBuild(jobs []domain.Vacancy) time.Time {
	var last time.Time
	for _, j := range jobs {
		if j.UpdatedAt.After(last) {
			last = j.UpdatedAt
		}
	}
	if last.IsZero() {
		return a.Svc.DB.Now()
	}
	return last
}

// jobFeed is /jobs/feed.xml, the job-board feed (issue 16 item 3).
func (a *App) jobFeed(w http.ResponseWriter, r *http.Request) error {
	site, jobs, err := a.feedData(r)
	if err != nil {
		return err
	}
	l := a.Bundle.For(site.Agency.DefaultLanguage)
	feed := jobFeedXML{Publisher: site.Name, PublisherURL: site.URL("/jobs"), LastBuildDate: a.lastBuild(jobs).UTC().Format(http.TimeFormat)}
	for _, j := range jobs {
		job := jobFeedJob{Title: cdata{j.Title}, Date: cdata{j.CreatedAt.UTC().Format(http.TimeFormat)},
			ReferenceNumber: cdata{idText(j.ID)}, URL: cdata{site.URL(domain.CareersPath(j))}, Company: cdata{site.Name},
			City: cdata{j.Location}, Country: cdata{site.Settings.Country}, Description: cdata{descriptionHTML(j.Description)},
			JobType: cdata{jobType(j.HoursPerWeek)}}
		if pay := kit.PayText(l, j.Pay); pay != "" {
			job.Salary = &cdata{pay}
		}
		if j.Category != "" {
			job.Category = &cdata{j.Category}
		}
		if !j.ClosesOn.IsZero() {
			job.ExpirationDate = &cdata{j.ClosesOn.String()}
		}
		feed.Jobs = append(feed.Jobs, job)
	}
	return writeXML(w, "application/xml", feed)
}

// jobType is the feed's job type of a vacancy of hours a week.
func jobType(hours int) string {
	switch domain.EmploymentType(hours) {
	case "FULL_TIME":
		return "fulltime"
	case "PART_TIME":
		return "parttime"
	}
	return ""
}

// rssFeed is /jobs/rss.xml (issue 16 item 3).
func (a *App) rssFeed(w http.ResponseWriter, r *http.Request) error {
	site, jobs, err := a.feedData(r)
	if err != nil {
		return err
	}
	l := a.Bundle.For(site.Agency.DefaultLanguage)
	ch := rssChannel{Title: site.Name, Link: site.URL("/jobs"), Description: l.T("careers.feed.description", map[string]any{"Agency": site.Name}),
		Language: l.Lang, LastBuildDate: a.lastBuild(jobs).UTC().Format(time.RFC1123Z)}
	for _, j := range jobs {
		link := site.URL(domain.CareersPath(j))
		ch.Items = append(ch.Items, rssItem{Title: j.Title, Link: link, GUID: rssGUID{IsPermaLink: true, Value: link},
			PubDate: j.CreatedAt.UTC().Format(time.RFC1123Z), Description: j.Description, Category: j.Category})
	}
	return writeXML(w, "application/rss+xml", rssXML{Version: "2.0", Channel: ch})
}

// sitemap is /sitemap.xml: the vacancy list and every published vacancy.
func (a *App) sitemap(w http.ResponseWriter, r *http.Request) error {
	site, jobs, err := a.feedData(r)
	if err != nil {
		return err
	}
	m := sitemapXML{URLs: []sitemapURL{{Loc: site.URL("/jobs"), LastMod: a.lastBuild(jobs).UTC().Format(time.DateOnly)}}}
	for _, j := range jobs {
		m.URLs = append(m.URLs, sitemapURL{Loc: site.URL(domain.CareersPath(j)), LastMod: j.UpdatedAt.UTC().Format(time.DateOnly)})
	}
	return writeXML(w, "application/xml", m)
}
