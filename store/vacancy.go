package store

import (
	"context"
	"errors"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

const vacancyColumns = `v.id, v.tenant_id, v.company_id, v.contact_id, v.owner_id, v.source_id, v.department_id, v.procedure_id,
	v.title, v.description, v.location, v.hours_per_week, v.status, v.pool, v.origin, v.created_at, v.updated_at,
	v.pay_min_cents, v.pay_max_cents, v.pay_currency, v.pay_period, v.category, v.closes_on,
	co.name, COALESCE(ct.first_name || ' ' || ct.last_name, ''), COALESCE(src.name, ''), COALESCE(d.name, ''), pr.name, u.name`

// The references are LEFT JOINs although every one of them exists (foreign
// keys): SQLite keeps the left table of a LEFT JOIN outermost, so a list
// walks its own index in the order it shows and stops at the page instead
// of starting from the smallest joined table and sorting everything (issue
// 12). The results are those of inner joins.
const vacancyFrom = ` FROM vacancies v
	LEFT JOIN companies co ON co.tenant_id = v.tenant_id AND co.id = v.company_id
	LEFT JOIN contacts ct ON ct.tenant_id = v.tenant_id AND ct.id = v.contact_id
	LEFT JOIN sources src ON src.tenant_id = v.tenant_id AND src.id = v.source_id
	LEFT JOIN departments d ON d.tenant_id = v.tenant_id AND d.id = v.department_id
	LEFT JOIN procedures pr ON pr.tenant_id = v.tenant_id AND pr.id = v.procedure_id
	LEFT JOIN users u ON u.tenant_id = v.tenant_id AND u.id = v.owner_id`

func scanVacancy(row interface{ Scan(...any) error }) (domain.Vacancy, error) {
	var v domain.Vacancy
	err := row.Scan(&v.ID, &v.TenantID, &v.CompanyID, scanID{&v.ContactID}, &v.OwnerID, scanID{&v.SourceID}, scanID{&v.DepartmentID},
		&v.ProcedureID, &v.Title, &v.Description, &v.Location, &v.HoursPerWeek, &v.Status, &v.Pool, &v.Origin,
		&v.CreatedAt, &v.UpdatedAt, &v.Pay.MinCents, &v.Pay.MaxCents, &v.Pay.Currency, &v.Pay.Period, &v.Category, &v.ClosesOn,
		&v.CompanyName, &v.ContactName, &v.SourceName, &v.DepartmentName, &v.ProcedureName, &v.OwnerName)
	return v, translate(err)
}

// Vacancy returns one vacancy of the tenant with the names it refers to.
func (s *Store) Vacancy(ctx context.Context, id domain.ID) (v domain.Vacancy, err error) {
	defer domain.Wrap(&err, "store.Vacancy(%d)", id)
	defer func() { noteReads(ctx, domain.SubjectContact, []domain.Vacancy{v}, vacancyContact) }() // F4
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Vacancy{}, err
	}
	return scanVacancy(s.r.QueryRowContext(ctx, `SELECT `+vacancyColumns+vacancyFrom+` WHERE v.tenant_id = $1 AND v.id = $2`, tid, id))
}

// CreateVacancy inserts a vacancy after checking that its contact and
// department belong to its company.
func (s *Store) CreateVacancy(ctx context.Context, v *domain.Vacancy) (err error) {
	defer domain.Wrap(&err, "store.CreateVacancy")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if v.Status == "" {
		v.Status = domain.VacancyOpen
	}
	if v.Origin == "" {
		v.Origin = domain.OriginOffice
	}
	if err := v.Validate(); err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		if err := tx.checkVacancyRefs(ctx, tid, v); err != nil {
			return err
		}
		v.TenantID = tid
		v.CreatedAt = tx.now()
		v.UpdatedAt = v.CreatedAt
		return translate(tx.w.QueryRowContext(ctx, `INSERT INTO vacancies (tenant_id, company_id, contact_id, owner_id, source_id,
			department_id, procedure_id, title, description, location, hours_per_week, status, pool, origin, created_at, updated_at,
			pay_min_cents, pay_max_cents, pay_currency, pay_period, category, closes_on)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22) RETURNING id`,
			tid, v.CompanyID, nullID(v.ContactID), v.OwnerID, nullID(v.SourceID), nullID(v.DepartmentID), v.ProcedureID,
			v.Title, v.Description, v.Location, v.HoursPerWeek, v.Status, v.Pool, v.Origin, v.CreatedAt, v.UpdatedAt,
			v.Pay.MinCents, v.Pay.MaxCents, v.Pay.Currency, v.Pay.Period, v.Category, v.ClosesOn).Scan(&v.ID))
	})
}

// UpdateVacancy saves a vacancy's fields. Its procedure cannot change while
// it has matches, whose phases belong to the old procedure.
func (s *Store) UpdateVacancy(ctx context.Context, v *domain.Vacancy) (err error) {
	defer domain.Wrap(&err, "store.UpdateVacancy(%d)", v.ID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := v.Validate(); err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		var procedureID domain.ID
		var matched bool
		err := tx.w.QueryRowContext(ctx, `SELECT v.procedure_id, EXISTS (SELECT 1 FROM matches m WHERE m.tenant_id = v.tenant_id AND m.vacancy_id = v.id)
			FROM vacancies v WHERE v.tenant_id = $1 AND v.id = $2`, tid, v.ID).Scan(&procedureID, &matched)
		if err != nil {
			return translate(err)
		}
		if procedureID != v.ProcedureID && matched {
			return &domain.ValidationError{Fields: domain.FieldErrors{"procedure_id": domain.KeyProcedureLocked}}
		}
		if err := tx.checkVacancyRefs(ctx, tid, v); err != nil {
			return err
		}
		v.UpdatedAt = tx.now()
		return expectOne(tx.w.ExecContext(ctx, `UPDATE vacancies SET company_id = $1, contact_id = $2, owner_id = $3, source_id = $4,
			department_id = $5, procedure_id = $6, title = $7, description = $8, location = $9, hours_per_week = $10, status = $11,
			pool = $12, origin = $13, updated_at = $14, pay_min_cents = $15, pay_max_cents = $16, pay_currency = $17, pay_period = $18,
			category = $19, closes_on = $20 WHERE tenant_id = $21 AND id = $22`,
			v.CompanyID, nullID(v.ContactID), v.OwnerID, nullID(v.SourceID), nullID(v.DepartmentID), v.ProcedureID,
			v.Title, v.Description, v.Location, v.HoursPerWeek, v.Status, v.Pool, v.Origin, v.UpdatedAt,
			v.Pay.MinCents, v.Pay.MaxCents, v.Pay.Currency, v.Pay.Period, v.Category, v.ClosesOn, tid, v.ID))
	})
}

// checkVacancyRefs reports a contact or department of another company as a
// field error; references into another tenant fail on the foreign keys.
func (s *Store) checkVacancyRefs(ctx context.Context, tid domain.ID, v *domain.Vacancy) error {
	var val domain.Validator
	for _, ref := range []struct {
		id                domain.ID
		table, field, key string
	}{
		{v.ContactID, "contacts", "contact_id", domain.KeyContactOtherCompany},
		{v.DepartmentID, "departments", "department_id", domain.KeyDepartmentOtherCompany},
	} {
		if ref.id == 0 {
			continue
		}
		var companyID domain.ID
		err := s.w.QueryRowContext(ctx, `SELECT company_id FROM `+ref.table+` WHERE tenant_id = $1 AND id = $2`, tid, ref.id).Scan(&companyID)
		if err != nil && !errors.Is(translate(err), domain.ErrNotFound) {
			return err
		}
		val.Check(err == nil, ref.field, "validation.choice")
		val.Check(companyID == v.CompanyID, ref.field, ref.key)
	}
	return val.Err()
}

// VacancyFilter selects vacancies for a list.
type VacancyFilter struct {
	Query     string // part of the title
	CompanyID domain.ID
	ContactID domain.ID
	Status    domain.VacancyStatus
	// The back-office list's filters and order (issue 15): owner, the
	// days it was created (inclusive), and by title instead of newest
	// first; Reverse turns the order round.
	OwnerID                   domain.ID
	CreatedFrom, CreatedUntil domain.Date
	ByTitle, Reverse          bool
	Limit                     int
	Offset                    int
}

// Vacancies lists vacancies, newest first, fetching one more than Limit to
// tell whether a next page exists.
func (s *Store) Vacancies(ctx context.Context, f VacancyFilter) (list []domain.Vacancy, more bool, err error) {
	defer domain.Wrap(&err, "store.Vacancies(%q)", f.Query)
	defer func() { noteReads(ctx, domain.SubjectContact, list, vacancyContact) }() // F4
	tid, err := tenant(ctx)
	if err != nil {
		return nil, false, err
	}
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	where := []string{"v.tenant_id = $1"}
	args := []any{tid}
	arg := func(x any) string {
		args = append(args, x)
		return "$" + itoa(len(args))
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		where = append(where, `lower(v.title) LIKE `+arg(likePattern(q))+` ESCAPE '\'`)
	}
	if f.CompanyID != 0 {
		where = append(where, "v.company_id = "+arg(f.CompanyID))
	}
	if f.ContactID != 0 {
		where = append(where, "v.contact_id = "+arg(f.ContactID))
	}
	if f.Status != "" {
		where = append(where, "v.status = "+arg(f.Status))
	}
	where = f.conditions(where, arg)
	order := vacancyOrder(f)
	from := vacancyFrom
	if f.ByTitle && f.CompanyID == 0 && f.ContactID == 0 {
		from = strings.Replace(vacancyFrom, "FROM vacancies v", "FROM vacancies v"+s.indexedBy("vacancies_title"), 1)
	} else if f.CompanyID == 0 && f.ContactID == 0 {
		// Newest first down the (tenant_id, id) key, whatever index a
		// later migration adds: one without statistics (the careers
		// index) looked cheaper and sorted every vacancy.
		from = strings.Replace(vacancyFrom, "FROM vacancies v", "FROM vacancies v"+s.indexedBy("sqlite_autoindex_vacancies_1"), 1)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+vacancyColumns+from+` WHERE `+strings.Join(where, " AND ")+
		` ORDER BY `+order+` LIMIT `+arg(f.Limit+1)+` OFFSET `+arg(f.Offset), args...)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var out []domain.Vacancy
	for rows.Next() {
		v, err := scanVacancy(rows)
		if err != nil {
			return nil, false, err
		}
		out = append(out, v)
	}
	if len(out) > f.Limit {
		return out[:f.Limit], true, rows.Err()
	}
	return out, false, rows.Err()
}
