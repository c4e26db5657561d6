package store

import (
	"context"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

// accountQueries reads the sign-in side of each audience's records. Each
// query selects id, first name, last name, e-mail, language, password hash
// and whether the account is active; the table names are constants.
var accountQueries = map[domain.Audience]string{
	domain.AudienceOffice: `SELECT id, name, '', email, language, password_hash, active FROM users WHERE tenant_id = $1`,
	domain.AudiencePortal: `SELECT id, first_name, last_name, email, language, password_hash,
		CASE WHEN anonymised_at IS NULL THEN TRUE ELSE FALSE END FROM candidates WHERE tenant_id = $1`,
	domain.AudienceHiring: `SELECT id, first_name, last_name, email, language, password_hash, TRUE FROM contacts WHERE tenant_id = $1`,
}

// accountTables names the table of each audience's records.
var accountTables = map[domain.Audience]string{
	domain.AudienceOffice: "users",
	domain.AudiencePortal: "candidates",
	domain.AudienceHiring: "contacts",
}

func (s *Store) scanAccount(ctx context.Context, aud domain.Audience, row interface{ Scan(...any) error }) (domain.Account, error) {
	a := domain.Account{Audience: aud}
	var first, last string
	if err := row.Scan(&a.ID, &first, &last, &a.Email, &a.Language, &a.PasswordHash, &a.Active); err != nil {
		return domain.Account{}, translate(err)
	}
	a.Name = strings.TrimSpace(first + " " + last)
	if aud == domain.AudienceHiring {
		tid, err := tenant(ctx)
		if err != nil {
			return domain.Account{}, err
		}
		list := []domain.Contact{{ID: a.ID, TenantID: tid}}
		if err := s.fillContactGroups(ctx, list); err != nil {
			return domain.Account{}, err
		}
		a.GroupIDs = list[0].GroupIDs
	}
	return a, nil
}

// Account returns the account of person id of the audience.
func (s *Store) Account(ctx context.Context, aud domain.Audience, id domain.ID) (_ domain.Account, err error) {
	defer domain.Wrap(&err, "store.Account(%s, %d)", aud, id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Account{}, err
	}
	q, ok := accountQueries[aud]
	if !ok {
		return domain.Account{}, domain.ErrNotFound
	}
	return s.scanAccount(ctx, aud, s.r.QueryRowContext(ctx, q+` AND id = $2`, tid, id))
}

// AccountByEmail returns the account of the audience that signs in with
// email. Candidates and contacts need not have unique addresses; the one
// that has credentials wins, then the oldest.
func (s *Store) AccountByEmail(ctx context.Context, aud domain.Audience, email string) (_ domain.Account, err error) {
	defer domain.Wrap(&err, "store.AccountByEmail(%s)", aud)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Account{}, err
	}
	q, ok := accountQueries[aud]
	email = strings.ToLower(strings.TrimSpace(email))
	if !ok || email == "" {
		return domain.Account{}, domain.ErrNotFound
	}
	return s.scanAccount(ctx, aud, s.r.QueryRowContext(ctx, q+` AND lower(email) = $2
		ORDER BY CASE WHEN password_hash = '' THEN 1 ELSE 0 END, id LIMIT 1`, tid, email))
}

// EmailHasOtherCredentials reports whether another person of the audience
// with the same e-mail address already has a password: giving a second one
// credentials would leave the sign-in ambiguous.
func (s *Store) EmailHasOtherCredentials(ctx context.Context, aud domain.Audience, email string, id domain.ID) (_ bool, err error) {
	defer domain.Wrap(&err, "store.EmailHasOtherCredentials(%s, %d)", aud, id)
	tid, err := tenant(ctx)
	if err != nil {
		return false, err
	}
	table, ok := accountTables[aud]
	if !ok {
		return false, domain.ErrNotFound
	}
	var n int
	err = s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+table+` WHERE tenant_id = $1 AND lower(email) = $2
		AND id <> $3 AND password_hash <> ''`, tid, strings.ToLower(strings.TrimSpace(email)), id).Scan(&n)
	return n > 0, translate(err)
}

// SetAccountPassword replaces a person's password hash and, in the same
// transaction, ends all its sessions and voids its unused password links:
// after a password change nobody stays signed in with the old one.
func (s *Store) SetAccountPassword(ctx context.Context, aud domain.Audience, id domain.ID, hash string) (err error) {
	defer domain.Wrap(&err, "store.SetAccountPassword(%s, %d)", aud, id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	table, ok := accountTables[aud]
	if !ok {
		return domain.ErrNotFound
	}
	return s.InTx(ctx, func(tx *Store) error {
		if err := expectOne(tx.w.ExecContext(ctx, `UPDATE `+table+` SET password_hash = $1 WHERE tenant_id = $2 AND id = $3`, hash, tid, id)); err != nil {
			return err
		}
		if err := tx.DeleteSessionsOf(ctx, aud, id); err != nil {
			return err
		}
		return tx.VoidPasswordTokens(ctx, aud, id)
	})
}

// SetUserActive enables or disables a recruiter; disabling ends its sessions
// in the same transaction.
func (s *Store) SetUserActive(ctx context.Context, id domain.ID, active bool) (err error) {
	defer domain.Wrap(&err, "store.SetUserActive(%d, %v)", id, active)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		if err := expectOne(tx.w.ExecContext(ctx, `UPDATE users SET active = $1 WHERE tenant_id = $2 AND id = $3`, active, tid, id)); err != nil {
			return err
		}
		if active {
			return nil
		}
		return tx.DeleteSessionsOf(ctx, domain.AudienceOffice, id)
	})
}
