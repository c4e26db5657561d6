package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// CareersLogoMaxBytes is the largest logo the careers site takes.
const CareersLogoMaxBytes = 1 << 20

// CareersSettingsInput is what an admin sets on the careers settings page
// (issue 16 item 1): the settings, and a new logo or its removal.
type CareersSettingsInput struct {
	Careers    domain.CareersSettings // Logo is ignored: it follows the stored file
	Logo       *Upload                // a new logo; nil keeps the one there is
	RemoveLogo bool
}

// CareersSettingsChoices are the rows the careers settings point at.
type CareersSettingsChoices struct {
	store.SettingsChoices
	Statuses []domain.CandidateStatus
	Owners   []domain.User
}

// CareersSettingsChoices returns the choices of the careers settings page.
func (s *Service) CareersSettingsChoices(ctx context.Context) (_ CareersSettingsChoices, err error) {
	defer domain.Wrap(&err, "service.CareersSettingsChoices")
	return careersChoices(ctx, s.store())
}

func careersChoices(ctx context.Context, st *store.Store) (CareersSettingsChoices, error) {
	var c CareersSettingsChoices
	var err error
	if c.SettingsChoices, err = st.SettingsChoices(ctx); err != nil {
		return c, err
	}
	if c.Statuses, err = st.CandidateStatuses(ctx); err != nil {
		return c, err
	}
	users, err := st.Users(ctx)
	for _, u := range users {
		if u.Active {
			c.Owners = append(c.Owners, u)
		}
	}
	return c, err
}

// SaveCareersSettings stores the careers settings and the logo after
// checking that every reference is the agency's own and that a logo is a
// picture of at most CareersLogoMaxBytes; on a field error nothing is
// saved. The change is audited.
func (s *Service) SaveCareersSettings(ctx context.Context, who store.Actor, addr string, in CareersSettingsInput) (err error) {
	defer domain.Wrap(&err, "service.SaveCareersSettings")
	return s.store().InTx(ctx, func(tx *store.Store) error {
		set, err := tx.Settings(ctx)
		if err != nil {
			return err
		}
		ch, err := careersChoices(ctx, tx)
		if err != nil {
			return err
		}
		c := in.Careers
		var v domain.Validator
		v.Check(c.SourceID == 0 || store.Has(ch.Sources, c.SourceID), "careers_source_id", "validation.choice")
		v.Check(c.PhaseID == 0 || store.Has(ch.Phases, c.PhaseID), "careers_phase_id", "validation.choice")
		v.Check(c.StatusID == 0 || hasStatus(ch.Statuses, c.StatusID), "careers_status_id", "validation.choice")
		v.Check(c.OwnerID == 0 || hasUser(ch.Owners, c.OwnerID), "careers_owner_id", "validation.choice")
		v.PlainText(c.Name, "careers_name")
		c.Logo = set.Careers.Logo
		var logo *store.CareersLogo
		switch {
		case in.Logo != nil:
			ok := len(in.Logo.Content) <= CareersLogoMaxBytes && isPicture(in.Logo.ContentType)
			v.Check(ok, "careers_logo", "careers.settings.logo_refused")
			sum := sha256.Sum256(in.Logo.Content)
			c.Logo = hex.EncodeToString(sum[:6])
			logo = &store.CareersLogo{ContentType: in.Logo.ContentType, Content: in.Logo.Content}
		case in.RemoveLogo:
			c.Logo = ""
		}
		set.Careers = c
		if err := v.Err(); err != nil {
			return err
		}
		if err := set.Validate(); err != nil {
			return err
		}
		if err := tx.SaveSettings(ctx, set); err != nil {
			return err
		}
		if logo != nil || in.RemoveLogo {
			if err := tx.SaveCareersLogo(ctx, logo); err != nil {
				return err
			}
		}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name, Action: "settings",
			ObjectKind: "settings", Detail: "careers", RemoteAddr: addr})
	})
}

// isPicture reports whether a sniffed type is one a logo may have. SVG is
// not taken: it can carry script.
func isPicture(contentType string) bool {
	switch contentType {
	case "image/png", "image/jpeg", "image/gif", "image/webp":
		return true
	}
	return false
}

func hasStatus(list []domain.CandidateStatus, id domain.ID) bool {
	for _, s := range list {
		if s.ID == id {
			return true
		}
	}
	return false
}

func hasUser(list []domain.User, id domain.ID) bool {
	for _, u := range list {
		if u.ID == id {
			return true
		}
	}
	return false
}
