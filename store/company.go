package store

import (
	"context"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

const companyColumns = `co.id, co.tenant_id, co.owner_id, co.kind, co.name, co.email, co.phone, co.website,
	co.street, co.postal_code, co.city, co.country, co.created_at, co.updated_at, u.name`

const companyFrom = ` FROM companies co
	JOIN users u ON u.tenant_id = co.tenant_id AND u.id = co.owner_id`

func scanCompany(row interface{ Scan(...any) error }) (domain.Company, error) {
	var c domain.Company
	err := row.Scan(&c.ID, &c.TenantID, &c.OwnerID, &c.Kind, &c.Name, &c.Email, &c.Phone, &c.Website,
		&c.Street, &c.PostalCode, &c.City, &c.Country, &c.CreatedAt, &c.UpdatedAt, &c.OwnerName)
	return c, translate(err)
}

// Company returns one company of the tenant.
func (s *Store) Company(ctx context.Context, id domain.ID) (_ domain.Company, err error) {
	defer domain.Wrap(&err, "store.Company(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Company{}, err
	}
	return scanCompany(s.r.QueryRowContext(ctx, `SELECT `+companyColumns+companyFrom+` WHERE co.tenant_id = $1 AND co.id = $2`, tid, id))
}

// CreateCompany inserts a company.
func (s *Store) CreateCompany(ctx context.Context, c *domain.Company) (err error) {
	defer domain.Wrap(&err, "store.CreateCompany")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if c.Kind == "" {
		c.Kind = domain.CompanyClient
	}
	c.TenantID = tid
	c.CreatedAt = s.now()
	c.UpdatedAt = c.CreatedAt
	c.Country = domain.CanonicalCountry(c.Country)
	err = s.w.QueryRowContext(ctx, `INSERT INTO companies (tenant_id, owner_id, kind, name, email, phone, website,
		street, postal_code, city, country, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
		tid, c.OwnerID, c.Kind, c.Name, c.Email, c.Phone, c.Website,
		c.Street, c.PostalCode, c.City, c.Country, c.CreatedAt, c.UpdatedAt).Scan(&c.ID)
	return translate(err)
}

// UpdateCompany saves a company's fields.
func (s *Store) UpdateCompany(ctx context.Context, c *domain.Company) (err error) {
	defer domain.Wrap(&err, "store.UpdateCompany(%d)", c.ID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	c.UpdatedAt = s.now()
	c.Country = domain.CanonicalCountry(c.Country)
	return expectOne(s.w.ExecContext(ctx, `UPDATE companies SET owner_id = $1, kind = $2, name = $3, email = $4, phone = $5,
		website = $6, street = $7, postal_code = $8, city = $9, country = $10, updated_at = $11
		WHERE tenant_id = $12 AND id = $13`,
		c.OwnerID, c.Kind, c.Name, c.Email, c.Phone, c.Website, c.Street, c.PostalCode, c.City, c.Country,
		c.UpdatedAt, tid, c.ID))
}

// CompanyFilter selects companies for a list.
type CompanyFilter struct {
	Query  string // substring of the name or the city
	Kind   domain.CompanyKind
	Limit  int
	Offset int
}

// Companies lists companies by name. It fetches one more than Limit so
// callers know whether a next page exists.
func (s *Store) Companies(ctx context.Context, f CompanyFilter) (_ []domain.Company, more bool, err error) {
	defer domain.Wrap(&err, "store.Companies(%q)", f.Query)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, false, err
	}
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	where := []string{"co.tenant_id = $1"}
	args := []any{tid}
	arg := func(v any) string {
		args = append(args, v)
		return "$" + itoa(len(args))
	}
	if f.Kind != "" {
		where = append(where, "co.kind = "+arg(string(f.Kind)))
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		p := arg(likePattern(q))
		where = append(where, `(lower(co.name) LIKE `+p+` ESCAPE '\' OR lower(co.city) LIKE `+p+` ESCAPE '\')`)
	}
	query := `SELECT ` + companyColumns + companyFrom + ` WHERE ` + strings.Join(where, " AND ") +
		` ORDER BY co.name, co.id LIMIT ` + arg(f.Limit+1) + ` OFFSET ` + arg(f.Offset)
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var out []domain.Company
	for rows.Next() {
		c, err := scanCompany(rows)
		if err != nil {
			return nil, false, err
		}
		out = append(out, c)
	}
	if len(out) > f.Limit {
		return out[:f.Limit], true, rows.Err()
	}
	return out, false, rows.Err()
}
