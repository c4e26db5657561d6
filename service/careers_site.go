package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// CareersSite is what every page and feed of the agency's careers site
// shows of the agency (issue 16).
type CareersSite struct {
	Agency   domain.Tenant
	Name     string // the site's name: the configured one, else the agency's
	Settings domain.CareersSettings
	// BaseURL is the agency's public address (scheme and host), made by the
	// service's link helper and never from a request's Host header; feeds,
	// structured data and mails start their links with it.
	BaseURL string
}

// URL is the absolute address of path on the careers site.
func (c CareersSite) URL(path string) string { return c.BaseURL + path }

// CareersSite returns the agency's careers site settings.
func (s *Service) CareersSite(ctx context.Context) (_ CareersSite, err error) {
	defer domain.Wrap(&err, "service.CareersSite")
	st := s.store()
	agency, err := st.CurrentTenant(ctx)
	if err != nil {
		return CareersSite{}, err
	}
	set, err := st.Settings(ctx)
	if err != nil {
		return CareersSite{}, err
	}
	site := CareersSite{Agency: agency, Name: set.Careers.Name, Settings: set.Careers, BaseURL: s.link(agency, "")}
	if site.Name == "" {
		site.Name = agency.Name
	}
	return site, nil
}

// CareersQuery is a visitor's search on the careers site; Page 0 is the
// first page.
type CareersQuery struct {
	Query    string
	Location string
	Category string
	Hours    domain.HoursBand
	Page     int
}

// CareersPageSize is how many vacancies one page of the careers site lists.
const CareersPageSize = 20

// CareersPage is one page of the careers site's vacancies.
type CareersPage struct {
	Jobs    []domain.Vacancy
	Total   int
	Page    int // 0 is the first
	Pages   int
	Choices store.CareersChoices
}

// careersFilter is the store's filter of what the agency publishes today.
func (s *Service) careersFilter(set domain.Settings) store.CareersFilter {
	return store.CareersFilter{SourceID: set.Careers.SourceID, Today: s.Today(), PayRequired: set.Careers.PayRequired}
}

// CareersJobs lists a page of the published vacancies matching q (issue 16
// item 1), with the filter choices.
func (s *Service) CareersJobs(ctx context.Context, q CareersQuery) (_ CareersPage, err error) {
	defer domain.Wrap(&err, "service.CareersJobs")
	st := s.store()
	set, err := st.Settings(ctx)
	if err != nil {
		return CareersPage{}, err
	}
	f := s.careersFilter(set)
	out := CareersPage{Page: max(q.Page, 0)}
	if out.Choices, err = st.CareersChoices(ctx, f); err != nil {
		return CareersPage{}, err
	}
	f.Query, f.Location, f.Category, f.Hours = q.Query, q.Location, q.Category, q.Hours
	f.Limit, f.Offset = CareersPageSize, out.Page*CareersPageSize
	if out.Jobs, out.Total, err = st.CareersVacancies(ctx, f); err != nil {
		return CareersPage{}, err
	}
	out.Pages = (out.Total + CareersPageSize - 1) / CareersPageSize
	return out, nil
}

// CareersJob returns a vacancy the careers site publishes; any other
// (unpublished, closed, a pool, past its closing day, another agency's) is
// not found, so a guessed id tells nothing (B5).
func (s *Service) CareersJob(ctx context.Context, id domain.ID) (_ domain.Vacancy, err error) {
	defer domain.Wrap(&err, "service.CareersJob(%d)", id)
	st := s.store()
	set, err := st.Settings(ctx)
	if err != nil {
		return domain.Vacancy{}, err
	}
	v, err := st.Vacancy(ctx, id)
	if err != nil {
		return domain.Vacancy{}, err
	}
	if !domain.OnCareersSite(v, set, s.Today()) {
		return domain.Vacancy{}, domain.NotFound("CareersJob")
	}
	return v, nil
}

// careersFeedLimit bounds a feed; job boards page nothing, and an agency
// publishes far fewer.
const careersFeedLimit = 1000

// CareersFeed lists every published vacancy, newest first, for the job
// feeds and the sitemap (issue 16 item 3).
func (s *Service) CareersFeed(ctx context.Context) (_ []domain.Vacancy, err error) {
	defer domain.Wrap(&err, "service.CareersFeed")
	st := s.store()
	set, err := st.Settings(ctx)
	if err != nil {
		return nil, err
	}
	f := s.careersFilter(set)
	f.Limit = careersFeedLimit
	list, _, err := st.CareersVacancies(ctx, f)
	return list, err
}

// CareersLogo returns the careers site's logo; not found when there is none.
func (s *Service) CareersLogo(ctx context.Context) (store.CareersLogo, error) {
	return s.store().CareersLogo(ctx)
}
