package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// PoolVacancies lists the talent pools a contact of companyID may see (E8):
// the general pools and the company pools of its company, by id. The service
// still checks each with domain.ContactSeesPool.
func (s *Store) PoolVacancies(ctx context.Context, companyID domain.ID) (_ []domain.Vacancy, err error) {
	defer domain.Wrap(&err, "store.PoolVacancies(%d)", companyID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+vacancyColumns+vacancyFrom+` WHERE v.tenant_id = $1
		AND (v.pool = $2 OR (v.pool = $3 AND v.company_id = $4)) ORDER BY v.pool DESC, v.id`,
		tid, domain.PoolGeneral, domain.PoolCompany, companyID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Vacancy
	for rows.Next() {
		v, err := scanVacancy(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// PoolMember is a candidate in a talent pool, with only what the pool list
// shows.
type PoolMember struct {
	CandidateID domain.ID
	Name        string
	Headline    string
	City        string
}

// PoolMembers lists the candidates matched to pool vacancy poolID, by name;
// anonymised candidates and those that restricted processing or objected
// (F2) are left out. more reports whether a next page
// exists.
func (s *Store) PoolMembers(ctx context.Context, poolID domain.ID, limit, offset int) (page []PoolMember, more bool, err error) {
	defer domain.Wrap(&err, "store.PoolMembers(%d)", poolID)
	defer func() { noteReads(ctx, domain.SubjectCandidate, page, poolMemberCandidate) }() // F4
	tid, err := tenant(ctx)
	if err != nil {
		return nil, false, err
	}
	if limit <= 0 || limit > 200 {
		limit = 50
	}
	if offset < 0 {
		offset = 0
	}
	rows, err := s.r.QueryContext(ctx, `SELECT c.id, c.first_name, c.last_name, c.headline, c.city FROM matches m
		JOIN candidates c ON c.tenant_id = m.tenant_id AND c.id = m.candidate_id
		WHERE m.tenant_id = $1 AND m.vacancy_id = $2 AND c.anonymised_at IS NULL
		AND NOT c.restricted AND NOT c.objected
		ORDER BY c.last_name, c.first_name, c.id LIMIT $3 OFFSET $4`, tid, poolID, limit+1, offset)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var out []PoolMember
	for rows.Next() {
		var pm PoolMember
		var first, last string
		if err := rows.Scan(&pm.CandidateID, &first, &last, &pm.Headline, &pm.City); err != nil {
			return nil, false, err
		}
		pm.Name = domain.Candidate{FirstName: first, LastName: last}.Name()
		out = append(out, pm)
	}
	if len(out) > limit {
		return out[:limit], true, rows.Err()
	}
	return out, false, rows.Err()
}

// InPool reports whether the candidate is matched to pool vacancy poolID, not
// anonymised, and has not restricted processing or objected (F2).
func (s *Store) InPool(ctx context.Context, poolID, candidateID domain.ID) (_ bool, err error) {
	defer domain.Wrap(&err, "store.InPool(%d, %d)", poolID, candidateID)
	tid, err := tenant(ctx)
	if err != nil {
		return false, err
	}
	var in bool
	err = s.r.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM matches m
		JOIN candidates c ON c.tenant_id = m.tenant_id AND c.id = m.candidate_id
		WHERE m.tenant_id = $1 AND m.vacancy_id = $2 AND m.candidate_id = $3 AND c.anonymised_at IS NULL
		AND NOT c.restricted AND NOT c.objected)`,
		tid, poolID, candidateID).Scan(&in)
	return in, translate(err)
}
