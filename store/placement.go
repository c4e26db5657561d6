package store

import (
	"context"
	"slices"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

const placementColumns = `p.id, p.tenant_id, p.candidate_id, p.company_id, p.vacancy_id, p.title, p.start_date, p.end_date,
	p.timesheet_approval, p.created_at, p.updated_at, ca.first_name, ca.last_name, co.name`

// The references are LEFT JOINs although every one of them exists (foreign
// keys): SQLite keeps the left table of a LEFT JOIN outermost, so a list
// walks its own index in the order it shows and stops at the page instead
// of starting from the smallest joined table and sorting everything (issue
// 12). The results are those of inner joins.
const placementFrom = ` FROM placements p
	LEFT JOIN candidates ca ON ca.tenant_id = p.tenant_id AND ca.id = p.candidate_id
	LEFT JOIN companies co ON co.tenant_id = p.tenant_id AND co.id = p.company_id`

func scanPlacement(row interface{ Scan(...any) error }) (domain.Placement, error) {
	var p domain.Placement
	var first, last string
	err := row.Scan(&p.ID, &p.TenantID, &p.CandidateID, &p.CompanyID, scanID{&p.VacancyID}, &p.Title, &p.StartDate, &p.EndDate,
		&p.TimesheetApproval, &p.CreatedAt, &p.UpdatedAt, &first, &last, &p.CompanyName)
	p.CandidateName = domain.Candidate{FirstName: first, LastName: last}.Name()
	return p, translate(err)
}

// Placement returns one placement of the tenant with its contact ids.
func (s *Store) Placement(ctx context.Context, id domain.ID) (p domain.Placement, err error) {
	defer domain.Wrap(&err, "store.Placement(%d)", id)
	defer func() { notePlacements(ctx, []domain.Placement{p}) }() // F4
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Placement{}, err
	}
	p, err = scanPlacement(s.r.QueryRowContext(ctx, `SELECT `+placementColumns+placementFrom+` WHERE p.tenant_id = $1 AND p.id = $2`, tid, id))
	if err != nil {
		return domain.Placement{}, err
	}
	p.ContactIDs, err = s.placementContactIDs(ctx, tid, id)
	return p, err
}

func (s *Store) placementContactIDs(ctx context.Context, tid, placementID domain.ID) ([]domain.ID, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT contact_id FROM placement_contacts
		WHERE tenant_id = $1 AND placement_id = $2 ORDER BY contact_id`, tid, placementID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []domain.ID
	for rows.Next() {
		var id domain.ID
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// PlacementContacts returns the contacts of a placement, by name.
func (s *Store) PlacementContacts(ctx context.Context, placementID domain.ID) (list []domain.Contact, err error) {
	defer domain.Wrap(&err, "store.PlacementContacts(%d)", placementID)
	defer func() { noteContactReads(ctx, list) }() // F4
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT c.id, c.tenant_id, c.company_id, c.first_name, c.last_name, c.email, c.phone, c.job_title, c.language
		FROM placement_contacts pc JOIN contacts c ON c.tenant_id = pc.tenant_id AND c.id = pc.contact_id
		WHERE pc.tenant_id = $1 AND pc.placement_id = $2 ORDER BY c.last_name, c.first_name, c.id`, tid, placementID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Contact
	for rows.Next() {
		var c domain.Contact
		if err := rows.Scan(&c.ID, &c.TenantID, &c.CompanyID, &c.FirstName, &c.LastName, &c.Email, &c.Phone, &c.JobTitle, &c.Language); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// CreatePlacement inserts a placement and its contacts in one transaction.
func (s *Store) CreatePlacement(ctx context.Context, p *domain.Placement) (err error) {
	defer domain.Wrap(&err, "store.CreatePlacement")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		if err := tx.checkPlacementRefs(ctx, tid, p); err != nil {
			return err
		}
		p.TenantID = tid
		p.CreatedAt = tx.now()
		p.UpdatedAt = p.CreatedAt
		err := tx.w.QueryRowContext(ctx, `INSERT INTO placements (tenant_id, candidate_id, company_id, vacancy_id, title,
			start_date, end_date, timesheet_approval, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
			tid, p.CandidateID, p.CompanyID, nullID(p.VacancyID), p.Title, p.StartDate, p.EndDate, p.TimesheetApproval,
			p.CreatedAt, p.UpdatedAt).Scan(&p.ID)
		if err != nil {
			return translate(err)
		}
		return tx.replacePlacementContacts(ctx, tid, p)
	})
}

// UpdatePlacement saves a placement's fields and replaces its set of contacts
// in one transaction.
func (s *Store) UpdatePlacement(ctx context.Context, p *domain.Placement) (err error) {
	defer domain.Wrap(&err, "store.UpdatePlacement(%d)", p.ID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		p.UpdatedAt = tx.now()
		err := expectOne(tx.w.ExecContext(ctx, `UPDATE placements SET candidate_id = $1, company_id = $2, vacancy_id = $3, title = $4,
			start_date = $5, end_date = $6, timesheet_approval = $7, updated_at = $8 WHERE tenant_id = $9 AND id = $10`,
			p.CandidateID, p.CompanyID, nullID(p.VacancyID), p.Title, p.StartDate, p.EndDate, p.TimesheetApproval,
			p.UpdatedAt, tid, p.ID))
		if err != nil {
			return err
		}
		if err := tx.checkPlacementRefs(ctx, tid, p); err != nil {
			return err
		}
		return tx.replacePlacementContacts(ctx, tid, p)
	})
}

// checkPlacementRefs refuses contacts and a vacancy of another company than
// the placement's: the foreign keys only prove they belong to the tenant.
func (s *Store) checkPlacementRefs(ctx context.Context, tid domain.ID, p *domain.Placement) error {
	var v domain.Validator
	if p.VacancyID != 0 {
		var n int
		err := s.w.QueryRowContext(ctx, `SELECT COUNT(*) FROM vacancies WHERE tenant_id = $1 AND company_id = $2 AND id = $3`,
			tid, p.CompanyID, p.VacancyID).Scan(&n)
		if err != nil {
			return translate(err)
		}
		v.Check(n == 1, "vacancy_id", "validation.vacancy_company")
	}
	slices.Sort(p.ContactIDs)
	p.ContactIDs = slices.Compact(p.ContactIDs)
	if len(p.ContactIDs) > 0 {
		args := []any{tid, p.CompanyID}
		marks := make([]string, len(p.ContactIDs))
		for i, id := range p.ContactIDs {
			args = append(args, id)
			marks[i] = "$" + itoa(len(args))
		}
		var n int
		err := s.w.QueryRowContext(ctx, `SELECT COUNT(*) FROM contacts WHERE tenant_id = $1 AND company_id = $2 AND id IN (`+
			strings.Join(marks, ", ")+`)`, args...).Scan(&n)
		if err != nil {
			return translate(err)
		}
		v.Check(n == len(p.ContactIDs), "contact_ids", "validation.contact_company")
	}
	return v.Err()
}

func (s *Store) replacePlacementContacts(ctx context.Context, tid domain.ID, p *domain.Placement) error {
	if _, err := s.w.ExecContext(ctx, `DELETE FROM placement_contacts WHERE tenant_id = $1 AND placement_id = $2`, tid, p.ID); err != nil {
		return translate(err)
	}
	for _, cid := range p.ContactIDs {
		if _, err := s.w.ExecContext(ctx, `INSERT INTO placement_contacts (tenant_id, placement_id, contact_id) VALUES ($1, $2, $3)`,
			tid, p.ID, cid); err != nil {
			return translate(err)
		}
	}
	return nil
}

// PlacementFilter selects placements for a list.
type PlacementFilter struct {
	Query       string // part of the title, the candidate's or the company's name
	CandidateID domain.ID
	CompanyID   domain.ID
	ContactID   domain.ID
	ActiveOn    domain.Date // when set, only placements running on that day
	// The back-office list's filters (issue 15): the days it starts in
	// (inclusive); Reverse lists the earliest start first.
	StartFrom, StartUntil domain.Date
	Reverse               bool
	Limit                 int
	Offset                int
}

// Placements lists placements, latest start first. It fetches one more than
// Limit to tell whether a next page exists. Contact ids are not filled.
func (s *Store) Placements(ctx context.Context, f PlacementFilter) (list []domain.Placement, more bool, err error) {
	defer domain.Wrap(&err, "store.Placements(%q)", f.Query)
	defer func() { notePlacements(ctx, list) }() // F4
	tid, err := tenant(ctx)
	if err != nil {
		return nil, false, err
	}
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	where := []string{"p.tenant_id = $1"}
	args := []any{tid}
	arg := func(v any) string {
		args = append(args, v)
		return "$" + itoa(len(args))
	}
	if f.CandidateID != 0 {
		where = append(where, "p.candidate_id = "+arg(f.CandidateID))
	}
	if f.CompanyID != 0 {
		where = append(where, "p.company_id = "+arg(f.CompanyID))
	}
	if f.ContactID != 0 {
		where = append(where, "p.id IN (SELECT placement_id FROM placement_contacts WHERE tenant_id = $1 AND contact_id = "+arg(f.ContactID)+")")
	}
	if !f.ActiveOn.IsZero() {
		d := arg(f.ActiveOn)
		where = append(where, "p.start_date <= "+d+" AND (p.end_date IS NULL OR p.end_date >= "+d+")")
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		pat := arg(likePattern(q))
		where = append(where, `(lower(p.title) LIKE `+pat+` ESCAPE '\' OR lower(co.name) LIKE `+pat+` ESCAPE '\'`+
			` OR lower(ca.first_name || ' ' || ca.last_name) LIKE `+pat+` ESCAPE '\')`)
	}
	if !f.StartFrom.IsZero() {
		where = append(where, "p.start_date >= "+arg(f.StartFrom))
	}
	if !f.StartUntil.IsZero() {
		where = append(where, "p.start_date <= "+arg(f.StartUntil))
	}
	order := ` ORDER BY p.start_date DESC, p.id DESC`
	if f.Reverse {
		order = ` ORDER BY p.start_date, p.id`
	}
	query := `SELECT ` + placementColumns + placementFrom + ` WHERE ` + strings.Join(where, " AND ") +
		order + ` LIMIT ` + arg(f.Limit+1) + ` OFFSET ` + arg(f.Offset)
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var out []domain.Placement
	for rows.Next() {
		p, err := scanPlacement(rows)
		if err != nil {
			return nil, false, err
		}
		out = append(out, p)
	}
	if len(out) > f.Limit {
		return out[:f.Limit], true, rows.Err()
	}
	return out, false, rows.Err()
}
