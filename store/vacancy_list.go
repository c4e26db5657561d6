package store

import (
	"context"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

// conditions adds the list filters of issue 15 on v.
func (f VacancyFilter) conditions(where []string, arg func(any) string) []string {
	if f.OwnerID != 0 {
		where = append(where, "v.owner_id = "+arg(f.OwnerID))
	}
	if !f.CreatedFrom.IsZero() {
		where = append(where, "v.created_at >= "+arg(f.CreatedFrom.Time().UTC()))
	}
	if !f.CreatedUntil.IsZero() {
		where = append(where, "v.created_at < "+arg(f.CreatedUntil.AddDays(1).Time().UTC()))
	}
	return where
}

// vacancyOrder is the list's ORDER BY: newest first, or by title on the
// (tenant_id, title, id) index; Reverse turns either round.
func vacancyOrder(f VacancyFilter) string {
	switch {
	case f.ByTitle && f.Reverse:
		return "v.title DESC, v.id DESC"
	case f.ByTitle:
		return "v.title, v.id"
	case f.Reverse:
		return "v.id"
	}
	return "v.id DESC"
}

// VacancyCountRead is how many of the agency's vacancies a list's count
// reads at most.
const VacancyCountRead = 10000

// CountVacancies counts the list's vacancies among the agency's newest
// VacancyCountRead; Exact when that was all of them.
func (s *Store) CountVacancies(ctx context.Context, f VacancyFilter) (_ ListCount, err error) {
	defer domain.Wrap(&err, "store.CountVacancies")
	tid, err := tenant(ctx)
	if err != nil {
		return ListCount{}, err
	}
	args := []any{tid}
	arg := func(v any) string {
		args = append(args, v)
		return "$" + itoa(len(args))
	}
	// The newest, as the list shows them first.
	window := `SELECT id FROM vacancies` + s.indexedBy("sqlite_autoindex_vacancies_1") +
		` WHERE tenant_id = $1 ORDER BY id DESC LIMIT ` + arg(VacancyCountRead)
	var where []string
	if q := strings.TrimSpace(f.Query); q != "" {
		where = append(where, `lower(v.title) LIKE `+arg(likePattern(q))+` ESCAPE '\'`)
	}
	if f.CompanyID != 0 {
		where = append(where, "v.company_id = "+arg(f.CompanyID))
	}
	if f.Status != "" {
		where = append(where, "v.status = "+arg(f.Status))
	}
	where = f.conditions(where, arg)
	hit := "1"
	if len(where) > 0 {
		hit = "CASE WHEN " + strings.Join(where, " AND ") + " THEN 1 ELSE 0 END"
	}
	var c ListCount
	err = s.r.QueryRowContext(ctx, `SELECT count(*), COALESCE(SUM(`+hit+`), 0) FROM (`+window+`) w
		JOIN vacancies v ON v.tenant_id = $1 AND v.id = w.id`, args...).Scan(&c.Read, &c.N)
	c.Exact = c.Read < VacancyCountRead
	return c, translate(err)
}
