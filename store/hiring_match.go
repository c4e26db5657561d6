package store

import (
	"context"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// PortalMatch is a match as the Hiring Portal lists it: with the parts of its
// vacancy and phase that domain.ContactSeesMatch decides on, and the
// candidate's portal-safe headline and city.
type PortalMatch struct {
	Match             domain.Match
	Vacancy           domain.Vacancy // ID, TenantID, CompanyID, ContactID, SourceID, Pool, Status and Title only
	Phase             domain.Phase   // ID, TenantID, Name and VisibleInPortal only
	CandidateHeadline string
	CandidateCity     string
}

// PortalMatchFilter selects the matches a contact sees (E5, E7): on the
// vacancies of its company of which it is the contact, not a pool, in a
// phase visible in the portal or approved once, carrying SourceID (the
// agency's portal source, E3). A zero ContactID, CompanyID or SourceID
// selects nothing.
type PortalMatchFilter struct {
	ContactID domain.ID
	CompanyID domain.ID
	SourceID  domain.ID
	VacancyID domain.ID // 0 = all its vacancies
	// Waiting keeps the matches that wait for the contact's decision: in a
	// visible phase, never approved, and not in ExcludePhaseID (the reject
	// phase, should an agency make it visible).
	Waiting        bool
	ExcludePhaseID domain.ID
	Limit          int
	Offset         int
}

// portalMatchFrom reads the contact's vacancies first and then their
// matches: SQLite keeps the order of a CROSS JOIN, which makes it seek the
// (tenant_id, vacancy_id, phase_id) index per vacancy rather than read every
// match of the tenant; PostgreSQL plans it as any inner join. The join's
// condition is in portalMatchJoin, which every WHERE must hold.
const portalMatchFrom = ` FROM vacancies v CROSS JOIN matches m`

const portalMatchJoin = `m.tenant_id = v.tenant_id AND m.vacancy_id = v.id`

// visiblePhases selects the tenant's phases visible in the portal; matching
// m.phase_id against it lets both engines seek the (tenant_id, vacancy_id,
// phase_id) index per vacancy instead of reading every match.
const visiblePhases = `(SELECT ph.id FROM phases ph WHERE ph.tenant_id = $1 AND ph.visible_in_portal)`

// notWithheld keeps the matches of candidates that were not erased
// (anonymised) and did not restrict processing or object (F2): the Hiring
// Portal shows the others nowhere, not as proposed candidates, in pools, or
// through their documents. Triggers keep m.withheld equal to the
// candidate's state (migration 0130).
const notWithheld = `m.withheld = FALSE`

// where is the SQL form of domain.ContactSeesMatch; the service checks every
// row against the rule itself too, and a test holds the two together.
func (f PortalMatchFilter) where(tid domain.ID) (string, []any) {
	cond := `v.tenant_id = $1 AND v.contact_id = $2 AND v.company_id = $3 AND v.source_id = $4 AND v.pool = '' AND ` +
		portalMatchJoin + ` AND ` + notWithheld
	args := []any{tid, f.ContactID, f.CompanyID, f.SourceID}
	if f.Waiting {
		cond += ` AND m.approved_at IS NULL AND m.phase_id IN ` + visiblePhases
		if f.ExcludePhaseID != 0 {
			args = append(args, f.ExcludePhaseID)
			cond += ` AND m.phase_id <> $` + itoa(len(args))
		}
	} else {
		cond += ` AND (m.approved_at IS NOT NULL OR m.phase_id IN ` + visiblePhases + `)`
	}
	if f.VacancyID != 0 {
		args = append(args, f.VacancyID)
		cond += ` AND v.id = $` + itoa(len(args))
	}
	return cond, args
}

// PortalMatches lists the matches of f, latest change first; more reports
// whether a next page exists.
func (s *Store) PortalMatches(ctx context.Context, f PortalMatchFilter) (page []PortalMatch, more bool, err error) {
	defer domain.Wrap(&err, "store.PortalMatches(%d)", f.ContactID)
	defer func() { noteReads(ctx, domain.SubjectCandidate, page, portalMatchCandidate) }() // F4
	list, _, err := s.portalMatches(ctx, f)
	if err != nil {
		return nil, false, err
	}
	if len(list) > f.Limit {
		return list[:f.Limit], true, nil
	}
	return list, false, nil
}

// PortalMatchesCounted lists a page of the matches of f, like PortalMatches,
// and counts all of them in the same pass (the dashboard shows both, E2).
func (s *Store) PortalMatchesCounted(ctx context.Context, f PortalMatchFilter) (page []PortalMatch, total int, err error) {
	defer domain.Wrap(&err, "store.PortalMatchesCounted(%d)", f.ContactID)
	defer func() { noteReads(ctx, domain.SubjectCandidate, page, portalMatchCandidate) }() // F4
	list, total, err := s.portalMatches(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	if len(list) > f.Limit {
		list = list[:f.Limit]
	}
	return list, total, nil
}

// portalMatches reads one more than a page of f and the number of all its
// matches. One pass over the contact's vacancies and their matches, on
// covering indexes alone, keeps the ids and change times of all of them
// (a materialised CTE, so neither engine runs it twice); the count and the
// page's ids come from that, and only the page's rows are joined to
// candidates and phases (page first: SQLite keeps a CROSS JOIN's order, and
// would otherwise start from every match of the agency).
func (s *Store) portalMatches(ctx context.Context, f PortalMatchFilter) (_ []PortalMatch, total int, err error) {
	tid, err := tenant(ctx)
	if err != nil {
		return nil, 0, err
	}
	if f.ContactID == 0 || f.CompanyID == 0 || f.SourceID == 0 {
		return nil, 0, nil
	}
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	if f.Offset < 0 {
		f.Offset = 0
	}
	cond, args := f.where(tid)
	args = append(args, f.Limit+1, f.Offset)
	rows, err := s.r.QueryContext(ctx, `WITH seen AS MATERIALIZED (SELECT m.id, m.updated_at`+portalMatchFrom+` WHERE `+cond+`),
		page AS (SELECT id, (SELECT COUNT(*) FROM seen) AS total FROM seen
			ORDER BY updated_at DESC, id DESC LIMIT $`+itoa(len(args)-1)+` OFFSET $`+itoa(len(args))+`)
		SELECT m.id, m.tenant_id, m.candidate_id, m.vacancy_id, m.phase_id, m.approved_at,
		m.created_at, m.updated_at, c.first_name, c.last_name, c.headline, c.city, v.title, v.company_id, v.contact_id, v.source_id, v.pool,
		v.status, p.name, p.visible_in_portal, page.total
		FROM page CROSS JOIN matches m
		JOIN vacancies v ON v.tenant_id = m.tenant_id AND v.id = m.vacancy_id
		JOIN phases p ON p.tenant_id = m.tenant_id AND p.id = m.phase_id
		JOIN candidates c ON c.tenant_id = m.tenant_id AND c.id = m.candidate_id
		WHERE m.tenant_id = $1 AND m.id = page.id
		ORDER BY m.updated_at DESC, m.id DESC`, args...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var out []PortalMatch
	for rows.Next() {
		var pm PortalMatch
		var first, last string
		m, v, p := &pm.Match, &pm.Vacancy, &pm.Phase
		if err := rows.Scan(&m.ID, &m.TenantID, &m.CandidateID, &m.VacancyID, &m.PhaseID, &m.ApprovedAt, &m.CreatedAt,
			&m.UpdatedAt, &first, &last, &pm.CandidateHeadline, &pm.CandidateCity, &v.Title, &v.CompanyID, scanID{&v.ContactID}, scanID{&v.SourceID},
			&v.Pool, &v.Status, &p.Name, &p.VisibleInPortal, &total); err != nil {
			return nil, 0, err
		}
		m.CandidateName = domain.Candidate{FirstName: first, LastName: last}.Name()
		m.VacancyTitle, m.PhaseName = v.Title, p.Name
		v.ID, v.TenantID = m.VacancyID, m.TenantID
		p.ID, p.TenantID = m.PhaseID, m.TenantID
		out = append(out, pm)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	if len(out) == 0 && f.Offset > 0 {
		// A page past the end has no row to carry the total.
		if total, err = s.CountPortalMatches(ctx, f); err != nil {
			return nil, 0, err
		}
	}
	return out, total, nil
}

// CountPortalMatches counts the matches of f.
func (s *Store) CountPortalMatches(ctx context.Context, f PortalMatchFilter) (n int, err error) {
	defer domain.Wrap(&err, "store.CountPortalMatches(%d)", f.ContactID)
	tid, err := tenant(ctx)
	if err != nil {
		return 0, err
	}
	if f.ContactID == 0 || f.CompanyID == 0 || f.SourceID == 0 {
		return 0, nil
	}
	cond, args := f.where(tid)
	err = s.r.QueryRowContext(ctx, `SELECT COUNT(*)`+portalMatchFrom+` WHERE `+cond, args...).Scan(&n)
	return n, translate(err)
}

// PortalPhase returns one phase of the tenant, whatever its procedure.
func (s *Store) PortalPhase(ctx context.Context, id domain.ID) (_ domain.Phase, err error) {
	defer domain.Wrap(&err, "store.PortalPhase(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Phase{}, err
	}
	var p domain.Phase
	err = s.r.QueryRowContext(ctx, `SELECT id, tenant_id, procedure_id, name, position, visible_in_portal
		FROM phases WHERE tenant_id = $1 AND id = $2`, tid, id).Scan(&p.ID, &p.TenantID, &p.ProcedureID, &p.Name,
		&p.Position, &p.VisibleInPortal)
	return p, translate(err)
}

// ApproveMatch records that a contact approved the match (E7); a second
// approval keeps the time of the first.
func (s *Store) ApproveMatch(ctx context.Context, matchID domain.ID, at time.Time) (err error) {
	defer domain.Wrap(&err, "store.ApproveMatch(%d)", matchID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE matches SET approved_at = COALESCE(approved_at, $1), updated_at = $2
		WHERE tenant_id = $3 AND id = $4`, at, at, tid, matchID))
}
