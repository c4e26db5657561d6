package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// Departments lists a company's departments by name.
func (s *Store) Departments(ctx context.Context, companyID domain.ID) (_ []domain.Department, err error) {
	defer domain.Wrap(&err, "store.Departments(%d)", companyID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, tenant_id, company_id, name FROM departments
		WHERE tenant_id = $1 AND company_id = $2 ORDER BY name, id`, tid, companyID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Department
	for rows.Next() {
		var d domain.Department
		if err := rows.Scan(&d.ID, &d.TenantID, &d.CompanyID, &d.Name); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Department returns one department of the company.
func (s *Store) Department(ctx context.Context, companyID, id domain.ID) (_ domain.Department, err error) {
	defer domain.Wrap(&err, "store.Department(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Department{}, err
	}
	var d domain.Department
	err = s.r.QueryRowContext(ctx, `SELECT id, tenant_id, company_id, name FROM departments
		WHERE tenant_id = $1 AND company_id = $2 AND id = $3`, tid, companyID, id).Scan(&d.ID, &d.TenantID, &d.CompanyID, &d.Name)
	return d, translate(err)
}

// SaveDepartment inserts (ID 0) or renames a department of d.CompanyID.
func (s *Store) SaveDepartment(ctx context.Context, d *domain.Department) (err error) {
	defer domain.Wrap(&err, "store.SaveDepartment(%d)", d.ID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	d.TenantID = tid
	if d.ID == 0 {
		return translate(s.w.QueryRowContext(ctx, `INSERT INTO departments (tenant_id, company_id, name)
			VALUES ($1, $2, $3) RETURNING id`, tid, d.CompanyID, d.Name).Scan(&d.ID))
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE departments SET name = $1
		WHERE tenant_id = $2 AND company_id = $3 AND id = $4`, d.Name, tid, d.CompanyID, d.ID))
}

// ErrDepartmentInUse is returned when a vacancy still names the department.
var ErrDepartmentInUse = domain.Conflict("error.department_in_use", nil)

// DeleteDepartment removes a department of the company, refusing with
// ErrDepartmentInUse while a vacancy names it.
func (s *Store) DeleteDepartment(ctx context.Context, companyID, id domain.ID) (err error) {
	defer domain.Wrap(&err, "store.DeleteDepartment(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		var n int
		if err := tx.w.QueryRowContext(ctx, `SELECT COUNT(*) FROM vacancies WHERE tenant_id = $1 AND department_id = $2`,
			tid, id).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return ErrDepartmentInUse
		}
		return expectOne(tx.w.ExecContext(ctx, `DELETE FROM departments WHERE tenant_id = $1 AND company_id = $2 AND id = $3`,
			tid, companyID, id))
	})
}
