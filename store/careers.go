package store

import (
	"context"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

// CareersFilter selects what the careers site lists (issue 16): the
// vacancies domain.OnCareersSite publishes, narrowed by the visitor's
// search and filters. A zero SourceID selects nothing, so an agency that
// set no careers source publishes nothing.
type CareersFilter struct {
	SourceID    domain.ID   // the careers source
	Today       domain.Date // vacancies closing before it are left out
	PayRequired bool        // only vacancies that state a pay range
	Query       string      // words each found in the title, description, location or category
	Location    string      // exactly this location; "" = any
	Category    string      // exactly this category; "" = any
	Hours       domain.HoursBand
	Limit       int
	Offset      int
}

// maxQueryWords bounds the work one search does.
const maxQueryWords = 8

// published is domain.OnCareersSite in SQL over vacancies v, with its
// arguments after the tenant's ($1).
func (f CareersFilter) published(args []any) (string, []any) {
	args = append(args, f.SourceID, domain.VacancyOpen, f.Today)
	cond := `v.tenant_id = $1 AND v.source_id = $2 AND v.status = $3 AND v.pool = '' AND (v.closes_on IS NULL OR v.closes_on >= $4)`
	if f.PayRequired {
		cond += ` AND NOT (v.pay_min_cents = 0 AND v.pay_max_cents = 0 AND v.pay_period = '')`
	}
	return cond, args
}

// where adds the visitor's search and filters to published.
func (f CareersFilter) where(tid domain.ID) (string, []any) {
	cond, args := f.published([]any{tid})
	arg := func(x any) string {
		args = append(args, x)
		return "$" + itoa(len(args))
	}
	words := strings.Fields(f.Query)
	if len(words) > maxQueryWords {
		words = words[:maxQueryWords]
	}
	for _, w := range words {
		p := arg(likePattern(w))
		cond += ` AND (lower(v.title) LIKE ` + p + ` ESCAPE '\' OR lower(v.description) LIKE ` + p + ` ESCAPE '\'
			OR lower(v.location) LIKE ` + p + ` ESCAPE '\' OR lower(v.category) LIKE ` + p + ` ESCAPE '\')`
	}
	if f.Location != "" {
		cond += ` AND v.location = ` + arg(f.Location)
	}
	if f.Category != "" {
		cond += ` AND v.category = ` + arg(f.Category)
	}
	switch f.Hours {
	case domain.HoursPartTime:
		cond += ` AND v.hours_per_week > 0 AND v.hours_per_week < ` + arg(domain.FullTimeHours)
	case domain.HoursFullTime:
		cond += ` AND v.hours_per_week >= ` + arg(domain.FullTimeHours)
	}
	return cond, args
}

// CareersVacancies lists a page of the vacancies f selects, newest first,
// and how many it selects in all.
func (s *Store) CareersVacancies(ctx context.Context, f CareersFilter) (_ []domain.Vacancy, total int, err error) {
	defer domain.Wrap(&err, "store.CareersVacancies(%q)", f.Query)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, 0, err
	}
	if f.SourceID == 0 {
		return nil, 0, nil
	}
	if f.Limit <= 0 || f.Limit > 1000 {
		f.Limit = 20
	}
	f.Offset = max(f.Offset, 0)
	cond, args := f.where(tid)
	if err := s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM vacancies v WHERE `+cond, args...).Scan(&total); err != nil {
		return nil, 0, translate(err)
	}
	if total == 0 || f.Offset >= total {
		return nil, total, nil
	}
	args = append(args, f.Limit, f.Offset)
	rows, err := s.r.QueryContext(ctx, `SELECT `+vacancyColumns+vacancyFrom+` WHERE `+cond+
		` ORDER BY v.created_at DESC, v.id DESC LIMIT $`+itoa(len(args)-1)+` OFFSET $`+itoa(len(args)), args...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var out []domain.Vacancy
	for rows.Next() {
		v, err := scanVacancy(rows)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, v)
	}
	return out, total, rows.Err()
}

// CareersChoices are the values the careers site's filters offer: the
// locations and categories of the published vacancies, sorted.
type CareersChoices struct {
	Locations  []string
	Categories []string
}

// CareersChoices returns the filter values of what f publishes (its
// search and filters are ignored).
func (s *Store) CareersChoices(ctx context.Context, f CareersFilter) (_ CareersChoices, err error) {
	defer domain.Wrap(&err, "store.CareersChoices")
	tid, err := tenant(ctx)
	if err != nil {
		return CareersChoices{}, err
	}
	var out CareersChoices
	if f.SourceID == 0 {
		return out, nil
	}
	cond, args := f.published([]any{tid})
	for _, c := range []struct {
		col string
		dst *[]string
	}{{"location", &out.Locations}, {"category", &out.Categories}} {
		rows, err := s.r.QueryContext(ctx, `SELECT DISTINCT v.`+c.col+` FROM vacancies v WHERE `+cond+
			` AND v.`+c.col+` <> '' ORDER BY v.`+c.col+` LIMIT 500`, args...)
		if err != nil {
			return CareersChoices{}, err
		}
		for rows.Next() {
			var v string
			if err := rows.Scan(&v); err != nil {
				rows.Close()
				return CareersChoices{}, err
			}
			*c.dst = append(*c.dst, v)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return CareersChoices{}, err
		}
	}
	return out, nil
}

// CareersLogo is the careers site's stored logo.
type CareersLogo struct {
	ContentType string
	Content     []byte
}

// SaveCareersLogo stores the agency's logo, replacing the one before;
// nil content removes it.
func (s *Store) SaveCareersLogo(ctx context.Context, logo *CareersLogo) (err error) {
	defer domain.Wrap(&err, "store.SaveCareersLogo")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if logo == nil {
		_, err = s.w.ExecContext(ctx, `DELETE FROM careers_logos WHERE tenant_id = $1`, tid)
		return translate(err)
	}
	_, err = s.w.ExecContext(ctx, `INSERT INTO careers_logos (tenant_id, content_type, content, updated_at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (tenant_id) DO UPDATE SET content_type = excluded.content_type, content = excluded.content, updated_at = excluded.updated_at`,
		tid, logo.ContentType, logo.Content, s.now())
	return translate(err)
}

// CareersLogo returns the agency's logo; not found when it has none.
func (s *Store) CareersLogo(ctx context.Context) (_ CareersLogo, err error) {
	defer domain.Wrap(&err, "store.CareersLogo")
	tid, err := tenant(ctx)
	if err != nil {
		return CareersLogo{}, err
	}
	var l CareersLogo
	err = s.r.QueryRowContext(ctx, `SELECT content_type, content FROM careers_logos WHERE tenant_id = $1`, tid).Scan(&l.ContentType, &l.Content)
	return l, translate(err)
}
