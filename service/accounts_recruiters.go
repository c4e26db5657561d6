package service

import (
	"context"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// Errors of recruiter management (B5).
var (
	ErrDisableSelf  = &domain.Error{Kind: domain.KindInvalid, Key: "recruiters.error.disable_self"}
	ErrDemoteSelf   = &domain.Error{Kind: domain.KindInvalid, Key: "recruiters.error.demote_self"}
	ErrLinkDisabled = &domain.Error{Kind: domain.KindConflict, Key: "recruiters.error.link_disabled"}
)

// errEmailTaken is shown next to the e-mail field: the agency has a
// recruiter with this address already.
func errEmailTaken() error {
	return &domain.ValidationError{Fields: domain.FieldErrors{"email": "recruiters.error.email_taken"}}
}

// AddRecruiter is B5: an admin adds a recruiter to its agency, which gets a
// mail with a single-use link to set its password (the credentials flow of
// the portals, B3). The recruiter, the link, the mail and the audit entry are
// stored in one transaction.
func (s *Accounts) AddRecruiter(ctx context.Context, by store.Actor, u domain.User, o Origin) (domain.User, error) {
	u.Name, u.Email = strings.TrimSpace(u.Name), strings.ToLower(strings.TrimSpace(u.Email))
	u.Active, u.PasswordHash = true, ""
	if err := u.Validate(); err != nil {
		return u, err
	}
	err := s.store().InTx(ctx, func(tx *store.Store) error {
		if err := createRecruiter(ctx, tx, &u); err != nil {
			return err
		}
		a, err := tx.Account(ctx, domain.AudienceOffice, u.ID)
		if err != nil {
			return err
		}
		if _, err := s.sendLink(ctx, tx, a, domain.TokenCredentials, o); err != nil {
			return err
		}
		return auditRecruiter(ctx, tx, by, o, u, "create", string(u.Role))
	})
	return u, err
}

// createRecruiter stores u through tx, refusing an e-mail address another
// recruiter of the agency has.
func createRecruiter(ctx context.Context, tx *store.Store, u *domain.User) error {
	if _, err := tx.UserByEmail(ctx, u.Email); err == nil {
		return errEmailTaken()
	} else if domain.KindOf(err) != domain.KindNotFound {
		return err
	}
	return tx.CreateUser(ctx, u)
}

// SetRecruiterRole makes a recruiter an admin or takes the admin role away;
// an admin cannot demote itself, so an agency always keeps one.
func (s *Accounts) SetRecruiterRole(ctx context.Context, by store.Actor, id domain.ID, role domain.Role, o Origin) error {
	return s.store().InTx(ctx, func(tx *store.Store) error {
		u, err := tx.User(ctx, id) // first: another agency's id is not found, whatever the input
		if err != nil {
			return err
		}
		if !domain.ValidRole(role) {
			return &domain.ValidationError{Fields: domain.FieldErrors{"role": "validation.required"}}
		}
		if id == by.ID && role != domain.RoleAdmin {
			return ErrDemoteSelf
		}
		if u.Role == role {
			return nil
		}
		if err := tx.SetUserRole(ctx, id, role); err != nil {
			return err
		}
		return auditRecruiter(ctx, tx, by, o, u, "role_changed", string(u.Role)+" → "+string(role))
	})
}

// SetRecruiterActive disables a recruiter, which ends its sessions at once
// and keeps it from signing in, or enables it again. An admin cannot disable
// itself.
func (s *Accounts) SetRecruiterActive(ctx context.Context, by store.Actor, id domain.ID, active bool, o Origin) error {
	return s.store().InTx(ctx, func(tx *store.Store) error {
		u, err := tx.User(ctx, id)
		if err != nil {
			return err
		}
		if id == by.ID && !active {
			return ErrDisableSelf
		}
		if u.Active == active {
			return nil
		}
		if err := tx.SetUserActive(ctx, id, active); err != nil {
			return err
		}
		action := "disabled"
		if active {
			action = "enabled"
		}
		return auditRecruiter(ctx, tx, by, o, u, action, "")
	})
}

// SendRecruiterLink mails a recruiter a new single-use link to set its
// password (B5), for an invitation that expired or got lost: the mail goes
// in the recruiter's language through the outbox, the earlier links stop
// working, and the audit log records it, all in one transaction. A disabled
// recruiter gets none: it may not sign in.
func (s *Accounts) SendRecruiterLink(ctx context.Context, by store.Actor, id domain.ID, o Origin) (domain.Mail, error) {
	var m domain.Mail
	err := s.store().InTx(ctx, func(tx *store.Store) error {
		u, err := tx.User(ctx, id) // first: another agency's id is not found
		if err != nil {
			return err
		}
		if !u.Active {
			return ErrLinkDisabled
		}
		a, err := tx.Account(ctx, domain.AudienceOffice, u.ID)
		if err != nil {
			return err
		}
		if m, err = s.sendLink(ctx, tx, a, domain.TokenCredentials, o); err != nil {
			return err
		}
		return auditRecruiter(ctx, tx, by, o, u, "credentials_sent", "")
	})
	return m, err
}

func auditRecruiter(ctx context.Context, tx *store.Store, by store.Actor, o Origin, u domain.User, action, detail string) error {
	return tx.Audit(ctx, domain.AuditEntry{ActorKind: by.Kind, ActorID: by.ID, ActorName: by.Name, Action: action,
		ObjectKind: objectKind(domain.AudienceOffice), ObjectID: u.ID, Detail: strings.TrimSpace(u.Name + " " + detail), RemoteAddr: o.Addr})
}

// SetRecruiterLanguage changes the language a recruiter's pages and mails
// speak (issue 15): a recruiter its own, an admin anyone's. Any other
// recruiter's id is not found.
func (s *Accounts) SetRecruiterLanguage(ctx context.Context, by store.Actor, byAdmin bool, id domain.ID, lang string, o Origin) error {
	return s.store().InTx(ctx, func(tx *store.Store) error {
		if id != by.ID && !byAdmin {
			return domain.NotFound("recruiter")
		}
		u, err := tx.User(ctx, id)
		if err != nil {
			return err
		}
		if !domain.ValidLanguage(lang) {
			return &domain.ValidationError{Fields: domain.FieldErrors{"language": "validation.choice"}}
		}
		if u.Language == lang {
			return nil
		}
		if err := tx.SetUserLanguage(ctx, id, lang); err != nil {
			return err
		}
		return auditRecruiter(ctx, tx, by, o, u, "language_changed", u.Language+" → "+lang)
	})
}
