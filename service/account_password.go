package service

import (
	"context"
	"errors"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/store"
)

// mailKey is the template of a mail with a link for the audience.
func mailKey(aud domain.Audience, purpose domain.TokenPurpose) string {
	if purpose == domain.TokenReset {
		return "password_reset"
	}
	switch aud {
	case domain.AudienceHiring:
		return "credentials_contact"
	case domain.AudienceOffice:
		return "credentials_recruiter"
	}
	return "credentials_candidate"
}

// sendLink creates a single-use set-password token and enqueues its mail in
// one transaction: the mail goes out if and only if the token exists. The
// person's earlier links stop working, so only the newest mail counts (a
// credentials link sent again, a second reset request).
func (s *Accounts) sendLink(ctx context.Context, tx *store.Store, a domain.Account, purpose domain.TokenPurpose, o Origin) (domain.Mail, error) {
	set, err := tx.Settings(ctx)
	if err != nil {
		return domain.Mail{}, err
	}
	if err := tx.VoidPasswordTokens(ctx, a.Audience, a.ID); err != nil {
		return domain.Mail{}, err
	}
	life := s.tokenLife(set)
	if purpose == domain.TokenReset {
		life = s.resetLife()
	}
	token, hash := newToken()
	if err := tx.CreatePasswordToken(ctx, &domain.PasswordToken{TokenHash: hash, Audience: a.Audience, SubjectID: a.ID,
		Purpose: purpose, ExpiresAt: s.DB.Now().Add(life)}); err != nil {
		return domain.Mail{}, err
	}
	prefix := s.Links.For(o.Tenant, "/"+string(a.Audience))
	link, hours := prefix+"/password/set?token="+token, int(life/time.Hour)
	var data any = mail.CredentialsData{Name: a.Name, Agency: o.Tenant.Name, PortalURL: prefix + "/", UserName: a.Email,
		Link: link, Hours: hours}
	if purpose == domain.TokenReset {
		data = mail.PasswordResetData{Name: a.Name, Agency: o.Tenant.Name, Link: link, Minutes: int(life / time.Minute),
			Hours: int((life + time.Hour - 1) / time.Hour)}
	}
	return mail.Enqueue(ctx, tx, mail.Message{To: a.Email, Language: a.Language, Key: mailKey(a.Audience, purpose), Data: data})
}

// SendCredentials is B3: a recruiter sends a candidate or a contact a mail
// with the portal's address, its user name and a single-use link to set a
// password.
func (s *Accounts) SendCredentials(ctx context.Context, by store.Actor, aud domain.Audience, id domain.ID, o Origin) (domain.Mail, error) {
	st := s.store()
	a, err := st.Account(ctx, aud, id)
	if err != nil {
		return domain.Mail{}, err
	}
	if a.Email == "" {
		return domain.Mail{}, &domain.Error{Kind: domain.KindInvalid, Key: "accounts.error.no_email"}
	}
	allowed, err := s.Allowed(ctx, a)
	if err != nil {
		return domain.Mail{}, err
	}
	if !allowed {
		key := "accounts.error.not_allowed"
		if aud == domain.AudienceHiring {
			key = "accounts.error.not_in_group"
		}
		return domain.Mail{}, &domain.Error{Kind: domain.KindInvalid, Key: key}
	}
	if aud == domain.AudiencePortal {
		if err := candidateMayGetCredentials(ctx, st, id); err != nil {
			return domain.Mail{}, err
		}
	}
	shared, err := st.EmailHasOtherCredentials(ctx, aud, a.Email, a.ID)
	if err != nil {
		return domain.Mail{}, err
	}
	if shared {
		return domain.Mail{}, domain.Conflict("accounts.error.email_shared", nil)
	}
	var m domain.Mail
	err = st.InTx(ctx, func(tx *store.Store) error {
		var err error
		if m, err = s.sendLink(ctx, tx, a, domain.TokenCredentials, o); err != nil {
			return err
		}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: by.Kind, ActorID: by.ID, ActorName: by.Name, Action: "credentials_sent",
			ObjectKind: objectKind(aud), ObjectID: a.ID, RemoteAddr: o.Addr})
	})
	return m, err
}

// candidateMayGetCredentials is F2 for the credentials mail: a candidate
// that restricted processing or objected gets no mail but about its own
// request, so no invitation either.
func candidateMayGetCredentials(ctx context.Context, st *store.Store, id domain.ID) error {
	c, err := st.Candidate(ctx, id)
	if err != nil {
		return err
	}
	if domain.CandidateMayMail(c, mailKey(domain.AudiencePortal, domain.TokenCredentials)) {
		return nil
	}
	key := "accounts.error.not_allowed"
	switch {
	case c.Restricted:
		key = domain.KeyCandidateRestricted
	case c.Objected:
		key = "accounts.error.objected"
	}
	return &domain.Error{Kind: domain.KindConflict, Key: key, Op: "SendCredentials"}
}

// RequestReset is B4: it mails a reset link when the address belongs to an
// account of the audience that has credentials and may sign in. The caller
// answers the same whatever happened, so the form tells nothing about which
// accounts exist; only the rate limit shows (it is per address typed too).
func (s *Accounts) RequestReset(ctx context.Context, aud domain.Audience, email string, o Origin) error {
	st := s.store()
	if ok, err := s.reserve(ctx, s.resetKeys(aud, email, o)); err != nil || !ok {
		if err != nil {
			return err
		}
		_ = audit(ctx, st, o, aud, 0, email, "password_reset_limited", "")
		return ErrTooMany
	}
	a, err := st.AccountByEmail(ctx, aud, email)
	if err != nil && !errors.Is(err, domain.ErrNotFound) {
		return err
	}
	ok := err == nil && a.HasCredentials()
	if ok {
		if ok, err = s.Allowed(ctx, a); err != nil {
			return err
		}
	}
	if !ok {
		return audit(ctx, st, o, aud, 0, email, "password_reset_requested", "no account")
	}
	return st.InTx(ctx, func(tx *store.Store) error {
		if _, err := s.sendLink(ctx, tx, a, domain.TokenReset, o); err != nil {
			return err
		}
		return audit(ctx, tx, o, aud, a.ID, a.Name, "password_reset_requested", "")
	})
}

// LinkAccount returns the account a live set-password link is for.
func (s *Accounts) LinkAccount(ctx context.Context, aud domain.Audience, token string) (domain.Account, error) {
	st := s.store()
	t, err := st.PasswordToken(ctx, aud, hashSecret(token), domain.TokenCredentials, domain.TokenReset)
	if errors.Is(err, domain.ErrNotFound) {
		return domain.Account{}, ErrLinkInvalid
	}
	if err != nil {
		return domain.Account{}, err
	}
	return st.Account(ctx, aud, t.SubjectID)
}

// SetPassword sets a password through a link. The link works once: it is
// spent in the transaction that sets the password, which also ends every
// session of the person and voids its other links.
func (s *Accounts) SetPassword(ctx context.Context, aud domain.Audience, token, pw string, o Origin) (domain.Account, error) {
	a, err := s.LinkAccount(ctx, aud, token)
	if err != nil {
		return domain.Account{}, err
	}
	if err := checkNewPassword(pw, o.Tenant, a); err != nil {
		return a, err
	}
	hash, err := s.hashPassword(ctx, pw)
	if err != nil {
		return a, err
	}
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		if _, err := tx.UsePasswordToken(ctx, aud, hashSecret(token), domain.TokenCredentials, domain.TokenReset); err != nil {
			if errors.Is(err, domain.ErrNotFound) {
				return ErrLinkInvalid
			}
			return err
		}
		if err := tx.SetAccountPassword(ctx, aud, a.ID, hash); err != nil {
			return err
		}
		return audit(ctx, tx, o, aud, a.ID, a.Name, "password_set", "")
	})
	return a, err
}

// ChangePassword replaces a signed-in person's password after checking the
// current one; all its sessions end (the caller starts a fresh one).
func (s *Accounts) ChangePassword(ctx context.Context, a domain.Account, current, next string, o Origin) error {
	if err := s.ConfirmPassword(ctx, a, current, o, "password_change_failed"); err != nil {
		return err
	}
	if err := checkNewPassword(next, o.Tenant, a); err != nil {
		return err
	}
	hash, err := s.hashPassword(ctx, next)
	if err != nil {
		return err
	}
	return s.store().InTx(ctx, func(tx *store.Store) error {
		if err := tx.SetAccountPassword(ctx, a.Audience, a.ID, hash); err != nil {
			return err
		}
		return audit(ctx, tx, o, a.Audience, a.ID, a.Name, "password_changed", "")
	})
}
