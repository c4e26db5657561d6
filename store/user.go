package store

import (
	"context"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

const userColumns = `id, tenant_id, email, name, phone, role, language, active, password_hash, created_at`

func scanUser(row interface{ Scan(...any) error }) (domain.User, error) {
	var u domain.User
	err := row.Scan(&u.ID, &u.TenantID, &u.Email, &u.Name, &u.Phone, &u.Role, &u.Language, &u.Active, &u.PasswordHash, &u.CreatedAt)
	return u, translate(err)
}

// CreateUser inserts a recruiter.
func (s *Store) CreateUser(ctx context.Context, u *domain.User) (err error) {
	defer domain.Wrap(&err, "store.CreateUser(%q)", u.Email)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	u.TenantID, u.CreatedAt = tid, s.now()
	u.Email = strings.ToLower(strings.TrimSpace(u.Email))
	err = s.w.QueryRowContext(ctx,
		`INSERT INTO users (tenant_id, email, name, phone, role, language, active, password_hash, created_at)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
		tid, u.Email, u.Name, u.Phone, u.Role, u.Language, u.Active, u.PasswordHash, u.CreatedAt).Scan(&u.ID)
	return translate(err)
}

// User returns the recruiter id of the tenant.
func (s *Store) User(ctx context.Context, id domain.ID) (_ domain.User, err error) {
	defer domain.Wrap(&err, "store.User(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.User{}, err
	}
	return scanUser(s.r.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE tenant_id = $1 AND id = $2`, tid, id))
}

// UserByEmail returns the recruiter with this e-mail address.
func (s *Store) UserByEmail(ctx context.Context, email string) (_ domain.User, err error) {
	defer domain.Wrap(&err, "store.UserByEmail")
	tid, err := tenant(ctx)
	if err != nil {
		return domain.User{}, err
	}
	return scanUser(s.r.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE tenant_id = $1 AND email = $2`,
		tid, strings.ToLower(strings.TrimSpace(email))))
}

// Users lists the tenant's recruiters by name.
func (s *Store) Users(ctx context.Context) (_ []domain.User, err error) {
	defer domain.Wrap(&err, "store.Users")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+userColumns+` FROM users WHERE tenant_id = $1 ORDER BY name, id`, tid)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// SetUserPassword replaces a recruiter's password hash.
func (s *Store) SetUserPassword(ctx context.Context, id domain.ID, hash string) (err error) {
	defer domain.Wrap(&err, "store.SetUserPassword(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE users SET password_hash = $1 WHERE tenant_id = $2 AND id = $3`, hash, tid, id))
}

// SetUserRole changes a recruiter's role (B5).
func (s *Store) SetUserRole(ctx context.Context, id domain.ID, role domain.Role) (err error) {
	defer domain.Wrap(&err, "store.SetUserRole(%d, %s)", id, role)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE users SET role = $1 WHERE tenant_id = $2 AND id = $3`, role, tid, id))
}

// SetUserLanguage changes the language a recruiter's pages and mails speak.
func (s *Store) SetUserLanguage(ctx context.Context, id domain.ID, lang string) (err error) {
	defer domain.Wrap(&err, "store.SetUserLanguage(%d, %s)", id, lang)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE users SET language = $1 WHERE tenant_id = $2 AND id = $3`, lang, tid, id))
}
