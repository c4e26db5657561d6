package service

import (
	"context"
	"errors"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// OutboxMail is one mail as an admin reads it in the outbox: its secret
// links masked (domain.MaskMailSecrets), and whether they may be revealed.
type OutboxMail struct {
	domain.Mail
	Masked     bool // a secret was hidden
	Revealable bool // an admin may show it (trial mode, not another admin's mail)
	Revealed   bool // shown, and the showing audited
}

// OutboxMail loads a mail of the agency's outbox with its secrets masked.
func (s *Service) OutboxMail(ctx context.Context, admin store.Actor, id domain.ID) (_ OutboxMail, err error) {
	defer domain.Wrap(&err, "service.OutboxMail(%d)", id)
	m, err := s.store().Mail(ctx, id)
	if err != nil {
		return OutboxMail{}, err
	}
	out := OutboxMail{Mail: m}
	out.Body, out.Masked = domain.MaskMailSecrets(m.Body)
	if out.Masked {
		other, err := s.otherAdmin(ctx, s.store(), admin, m.To)
		if err != nil {
			return OutboxMail{}, err
		}
		out.Revealable = domain.MayRevealMailSecret(s.MailDelivers, other)
	}
	return out, nil
}

// RevealMailSecret shows a mail's secret link to an admin, when the rule
// allows it, and writes who saw it to the audit log in the same
// transaction. Refused: a conflict with the reason's message key.
func (s *Service) RevealMailSecret(ctx context.Context, admin store.Actor, id domain.ID) (_ OutboxMail, err error) {
	defer domain.Wrap(&err, "service.RevealMailSecret(%d)", id)
	var out OutboxMail
	err = s.inTx(ctx, func(tx *store.Store) error {
		m, err := tx.Mail(ctx, id)
		if err != nil {
			return err
		}
		if _, masked := domain.MaskMailSecrets(m.Body); !masked {
			return domain.Conflict("outbox.reveal.nothing", nil)
		}
		other, err := s.otherAdmin(ctx, tx, admin, m.To)
		if err != nil {
			return err
		}
		if !domain.MayRevealMailSecret(s.MailDelivers, other) {
			key := "outbox.reveal.delivered"
			if other {
				key = "outbox.reveal.other_admin"
			}
			return domain.Conflict(key, nil)
		}
		out = OutboxMail{Mail: m, Masked: true, Revealable: true, Revealed: true}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: admin.Kind, ActorID: admin.ID, ActorName: admin.Name,
			Action: "outbox_secret_revealed", ObjectKind: "mail", ObjectID: m.ID, Detail: m.To})
	})
	return out, err
}

// otherAdmin reports whether address belongs to an admin of the agency
// other than the admin who asks.
func (s *Service) otherAdmin(ctx context.Context, st *store.Store, admin store.Actor, address string) (bool, error) {
	u, err := st.UserByEmail(ctx, strings.TrimSpace(address))
	if errors.Is(err, domain.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return u.IsAdmin() && u.ID != admin.ID, nil
}
