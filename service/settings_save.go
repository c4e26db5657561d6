package service

import (
	"context"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// The admin's settings (A3): the settings document and the agency's lists
// (procedures and phases, statuses, sources, groups, relations, attachment
// and declaration types, mail templates). Each change is validated with
// the domain's rules, stored in one transaction and audited as a change of
// "settings", naming what changed, never a value.

// SaveSettings applies change to the agency's settings document, read in
// the same transaction (so two admins saving different pages lose nothing),
// validates the whole and stores it, audited with part (the page's name).
// change may refuse the input with an error (a form's unreadable fields);
// then, as when the document is not valid, nothing is stored and the
// document is returned as it would have been, so the page can show what
// was typed.
func (s *Service) SaveSettings(ctx context.Context, by store.Actor, part string, change func(*domain.Settings) error) (set domain.Settings, err error) {
	defer domain.Wrap(&err, "service.SaveSettings(%s)", part)
	err = s.inTx(ctx, func(tx *store.Store) error {
		if set, err = tx.Settings(ctx); err != nil {
			return err
		}
		refused := change(&set)
		if err := set.Validate(); err != nil || refused != nil {
			return joinValidation(refused, err)
		}
		if err := tx.SaveSettings(ctx, set); err != nil {
			return err
		}
		return auditRecord(ctx, tx, by, "settings", 0, "update", part)
	})
	return set, err
}

// saveListItem validates x and saves it with save, audited as a settings
// change naming what.
func saveListItem[T interface{ Validate() error }](ctx context.Context, s *Service, by store.Actor, what string, x *T, save func(*store.Store, context.Context, *T) error) error {
	if err := (*x).Validate(); err != nil {
		return err
	}
	return s.inTx(ctx, func(tx *store.Store) error {
		if err := save(tx, ctx, x); err != nil {
			return err
		}
		return auditRecord(ctx, tx, by, "settings", 0, "update", what)
	})
}

// SaveProcedure adds (ID 0) or renames a procedure (A3).
func (s *Service) SaveProcedure(ctx context.Context, by store.Actor, p *domain.Procedure) error {
	return saveListItem(ctx, s, by, "procedure", p, (*store.Store).SaveProcedure)
}

// SavePhase adds (ID 0) or changes a phase of a procedure (A3).
func (s *Service) SavePhase(ctx context.Context, by store.Actor, ph *domain.Phase) error {
	return saveListItem(ctx, s, by, "phase", ph, (*store.Store).SavePhase)
}

// SaveSource adds (ID 0) or renames a vacancy source (A3).
func (s *Service) SaveSource(ctx context.Context, by store.Actor, src *domain.Source) error {
	return saveListItem(ctx, s, by, "source", src, (*store.Store).SaveSource)
}

// SaveGroup adds (ID 0) or renames a contact group (A3).
func (s *Service) SaveGroup(ctx context.Context, by store.Actor, g *domain.Group) error {
	return saveListItem(ctx, s, by, "group", g, (*store.Store).SaveGroup)
}

// SaveContactRelation adds (ID 0) or renames a contact relation (A3).
func (s *Service) SaveContactRelation(ctx context.Context, by store.Actor, r *domain.ContactRelation) error {
	return saveListItem(ctx, s, by, "contact relation", r, (*store.Store).SaveContactRelation)
}

// SaveAttachmentType adds (ID 0) or changes an attachment type and what
// each portal may see and upload of it (A3, C4, E10).
func (s *Service) SaveAttachmentType(ctx context.Context, by store.Actor, t *domain.AttachmentType) error {
	return saveListItem(ctx, s, by, "attachment type", t, (*store.Store).SaveAttachmentType)
}

// SaveDeclarationType adds (ID 0) or changes a declaration type (A1).
func (s *Service) SaveDeclarationType(ctx context.Context, by store.Actor, d *domain.DeclarationType) error {
	return saveListItem(ctx, s, by, "declaration type", d, (*store.Store).SaveDeclarationType)
}

// SaveEmailTemplate stores an agency's own text of a mail in one language (A3).
func (s *Service) SaveEmailTemplate(ctx context.Context, by store.Actor, t *domain.EmailTemplate) error {
	return saveListItem(ctx, s, by, "email template "+t.Key, t, (*store.Store).SaveEmailTemplate)
}

// SaveCandidateStatuses renames the statuses and sets what each grants in
// the portal (B1), and adds newName when given, at the end. A bad name is
// reported on "name_<id>" of its status, or on "new_name".
func (s *Service) SaveCandidateStatuses(ctx context.Context, by store.Actor, statuses []domain.CandidateStatus, newName string) (err error) {
	defer domain.Wrap(&err, "service.SaveCandidateStatuses")
	var v domain.Validator
	for _, st := range statuses {
		field := "name_" + strconv.FormatInt(st.ID, 10)
		v.Required(st.Name, field)
		v.MaxLen(st.Name, 100, field)
	}
	v.MaxLen(newName, 100, "new_name")
	if err := v.Err(); err != nil {
		return err
	}
	return s.inTx(ctx, func(tx *store.Store) error {
		next := 0
		for i := range statuses {
			if err := tx.SaveCandidateStatus(ctx, &statuses[i]); err != nil {
				return err
			}
			next = max(next, statuses[i].Position+1)
		}
		if newName != "" {
			if err := tx.SaveCandidateStatus(ctx, &domain.CandidateStatus{Name: newName, Position: next}); err != nil {
				return err
			}
		}
		return auditRecord(ctx, tx, by, "settings", 0, "update", "candidate statuses")
	})
}

// DeleteWebhook removes a webhook (G1), audited.
func (s *Service) DeleteWebhook(ctx context.Context, by store.Actor, id domain.ID) (err error) {
	defer domain.Wrap(&err, "service.DeleteWebhook(%d)", id)
	return s.audited(ctx, by, "webhook", "update", "deleted", func(tx *store.Store) (domain.ID, error) {
		return id, tx.DeleteWebhook(ctx, id)
	})
}

// SaveNameTranslations stores the names of one configured record (a phase,
// a status, a source …) per language (issue 15); an empty name leaves that
// language to the record's own name. The record must be the agency's.
func (s *Service) SaveNameTranslations(ctx context.Context, by store.Actor, kind domain.NameKind, id domain.ID, names domain.NameTranslations) (err error) {
	defer domain.Wrap(&err, "service.SaveNameTranslations(%s, %d)", kind, id)
	if !kind.Valid() {
		return domain.NotFound("name kind")
	}
	if err := names.Validate(); err != nil {
		return err
	}
	return s.inTx(ctx, func(tx *store.Store) error {
		if _, err := tx.NamedRecord(ctx, kind, id); err != nil {
			return err
		}
		if err := tx.SaveNameTranslations(ctx, kind, id, names); err != nil {
			return err
		}
		return auditRecord(ctx, tx, by, "settings", 0, "update", "names "+string(kind))
	})
}

// NameTranslations are the agency's translated names, for pages that show
// configured names in the person's language.
func (s *Service) NameTranslations(ctx context.Context) (domain.Names, error) {
	return s.store().NameTranslations(ctx)
}

// MovePhase moves a phase one place up or down in its procedure (A3).
func (s *Service) MovePhase(ctx context.Context, by store.Actor, procedureID, id domain.ID, up bool) error {
	return s.inTx(ctx, func(tx *store.Store) error {
		if err := tx.MovePhase(ctx, procedureID, id, up); err != nil {
			return err
		}
		return auditRecord(ctx, tx, by, "settings", 0, "update", "phase order")
	})
}
