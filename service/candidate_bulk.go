package service

import (
	"context"
	"errors"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/store"
)

// BulkMax is how many candidates one bulk action handles at most; a larger
// selection is cut there, and the summary says so.
const BulkMax = 1000

// Bulk actions on candidates (issue 15 item 2).
const (
	BulkMatch       = "match"       // add to a vacancy: a match in its first phase
	BulkOwner       = "owner"       // give another owner
	BulkStatus      = "status"      // give another status
	BulkMail        = "mail"        // send the candidate_message mail
	BulkCredentials = "credentials" // send Professional Portal sign-in details
)

// BulkActions are the actions in the order the list offers them.
var BulkActions = []string{BulkMatch, BulkOwner, BulkStatus, BulkMail, BulkCredentials}

// BulkAction is what to do with each selected candidate.
type BulkAction struct {
	Kind      string
	VacancyID domain.ID // BulkMatch
	OwnerID   domain.ID // BulkOwner
	StatusID  domain.ID // BulkStatus
}

// BulkOutcome is what happened to one candidate: done, or skipped with the
// reason's message key.
type BulkOutcome struct {
	CandidateID domain.ID
	Name        string
	Done        bool
	Reason      string
}

// BulkResult is the summary of a bulk action.
type BulkResult struct {
	Outcomes      []BulkOutcome
	Done, Skipped int
}

// CandidateBulk does the action for each candidate of ids, each in its own
// transaction with its audit entry (F4), so that one that cannot be done
// (not found in the agency, restricted, matched already, no address) is
// skipped with its reason and the others are done. The action's own choice
// (vacancy, owner, status) is checked once first; a wrong one changes
// nothing and is an error on its field.
func (s *Service) CandidateBulk(ctx context.Context, by store.Actor, a BulkAction, ids []domain.ID, o Origin) (_ BulkResult, err error) {
	defer domain.Wrap(&err, "service.CandidateBulk(%s)", a.Kind)
	if len(ids) > BulkMax {
		ids = ids[:BulkMax]
	}
	do, err := s.bulkStep(ctx, by, a, o)
	if err != nil {
		return BulkResult{}, err
	}
	var res BulkResult
	seen := make(map[domain.ID]bool, len(ids))
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		out := BulkOutcome{CandidateID: id}
		name, err := do(id)
		out.Name = name
		switch {
		case err == nil:
			out.Done = true
			res.Done++
		case bulkSkip(err):
			out.Reason = bulkReason(err)
			res.Skipped++
		default:
			return res, err
		}
		res.Outcomes = append(res.Outcomes, out)
	}
	return res, nil
}

// errUnchanged is a candidate that had the owner or status already.
var errUnchanged = &domain.Error{Kind: domain.KindConflict, Key: "bulk.skip.unchanged"}

// bulkSkip tells an error that skips one candidate from one that stops the
// action (the database failing).
func bulkSkip(err error) bool {
	switch domain.KindOf(err) {
	case domain.KindNotFound, domain.KindForbidden, domain.KindConflict, domain.KindInvalid:
		return true
	}
	return errors.As(err, new(*domain.ValidationError))
}

// bulkReason is the message key of a skipped candidate.
func bulkReason(err error) string {
	if domain.KindOf(err) == domain.KindNotFound || domain.KindOf(err) == domain.KindForbidden {
		return "bulk.skip.not_found"
	}
	var verr *domain.ValidationError
	if errors.As(err, &verr) {
		for _, k := range verr.Fields {
			return k
		}
	}
	if k := domain.KeyOf(err); k != "" {
		return k
	}
	return "bulk.skip.failed"
}

// bulkStep checks the action's choice and returns the step for one
// candidate, which returns the candidate's name when it could read it.
func (s *Service) bulkStep(ctx context.Context, by store.Actor, a BulkAction, o Origin) (func(domain.ID) (string, error), error) {
	st := s.store()
	switch a.Kind {
	case BulkMatch:
		v, err := st.Vacancy(ctx, a.VacancyID)
		if a.VacancyID == 0 || errors.Is(err, domain.ErrNotFound) {
			return nil, fieldErr("vacancy_id", "validation.choice")
		}
		if err != nil {
			return nil, err
		}
		phases, err := st.Phases(ctx, v.ProcedureID)
		if err != nil {
			return nil, err
		}
		if len(phases) == 0 {
			return nil, fieldErr("vacancy_id", "match.error.no_phase")
		}
		return func(id domain.ID) (string, error) { return s.bulkMatch(ctx, by, id, v, phases[0].ID) }, nil
	case BulkOwner:
		u, err := st.User(ctx, a.OwnerID)
		if a.OwnerID == 0 || errors.Is(err, domain.ErrNotFound) || (err == nil && !u.Active) {
			return nil, fieldErr("owner_id", "validation.choice")
		}
		if err != nil {
			return nil, err
		}
		return func(id domain.ID) (string, error) {
			return s.bulkSet(ctx, by, id, "owner "+idText(u.ID), func(tx *store.Store) (bool, error) { return tx.SetCandidateOwner(ctx, id, u.ID) })
		}, nil
	case BulkStatus:
		statuses, err := st.CandidateStatuses(ctx)
		if err != nil {
			return nil, err
		}
		known := false
		for _, x := range statuses {
			known = known || x.ID == a.StatusID
		}
		if !known {
			return nil, fieldErr("status_id", "validation.choice")
		}
		return func(id domain.ID) (string, error) {
			return s.bulkSet(ctx, by, id, "status "+idText(a.StatusID), func(tx *store.Store) (bool, error) { return tx.SetCandidateStatus(ctx, id, a.StatusID) })
		}, nil
	case BulkMail:
		agency, err := st.CurrentTenant(ctx)
		if err != nil {
			return nil, err
		}
		sender, err := st.User(ctx, by.ID)
		if err != nil {
			return nil, err
		}
		return func(id domain.ID) (string, error) { return s.bulkMail(ctx, by, id, agency, sender) }, nil
	case BulkCredentials:
		if s.Accounts == nil {
			return nil, errors.New("no accounts service")
		}
		return func(id domain.ID) (string, error) {
			c, err := st.Candidate(ctx, id)
			if err != nil {
				return "", err
			}
			_, err = s.Accounts.SendCredentials(ctx, by, domain.AudiencePortal, id, o)
			return c.Name(), err
		}, nil
	}
	return nil, fieldErr("action", "validation.choice")
}

// bulkMatch matches one candidate to the vacancy in its first phase, with
// the phase history's first line (the store's) and an audit entry.
func (s *Service) bulkMatch(ctx context.Context, by store.Actor, id domain.ID, v domain.Vacancy, phaseID domain.ID) (name string, err error) {
	err = s.inTx(ctx, func(tx *store.Store) error {
		c, err := tx.Candidate(ctx, id)
		if err != nil {
			return err
		}
		name = c.Name()
		m := domain.Match{CandidateID: id, VacancyID: v.ID, PhaseID: phaseID}
		if err := tx.CreateMatch(ctx, &m, by); err != nil {
			return err
		}
		return auditRecord(ctx, tx, by, string(domain.SubjectCandidate), id, "bulk_match", "vacancy "+idText(v.ID)+", match "+idText(m.ID))
	})
	return name, err
}

// bulkSet changes one field of one candidate with set, audited; a
// candidate that had the value already is skipped as unchanged.
func (s *Service) bulkSet(ctx context.Context, by store.Actor, id domain.ID, detail string, set func(tx *store.Store) (bool, error)) (name string, err error) {
	err = s.inTx(ctx, func(tx *store.Store) error {
		c, err := tx.Candidate(ctx, id)
		if err != nil {
			return err
		}
		name = c.Name()
		changed, err := set(tx)
		if err != nil {
			return err
		}
		if !changed {
			return errUnchanged
		}
		return auditRecord(ctx, tx, by, string(domain.SubjectCandidate), id, "bulk_update", detail)
	})
	return name, err
}

// bulkMail puts the candidate_message mail to one candidate in the outbox,
// in its language, audited; F2 keeps it from candidates that restricted
// processing or objected, and there is none without an address.
func (s *Service) bulkMail(ctx context.Context, by store.Actor, id domain.ID, agency domain.Tenant, sender domain.User) (name string, err error) {
	const key = "candidate_message"
	err = s.inTx(ctx, func(tx *store.Store) error {
		c, err := tx.Candidate(ctx, id)
		if err != nil {
			return err
		}
		name = c.Name()
		if !domain.CandidateMayMail(c, key) {
			if c.Email == "" && c.AnonymisedAt == nil {
				return &domain.Error{Kind: domain.KindInvalid, Key: "bulk.skip.no_email"}
			}
			return &domain.Error{Kind: domain.KindConflict, Key: "bulk.skip.no_mail"}
		}
		data := mail.CandidateMessageData{Name: c.Name(), Agency: agency.Name, Recruiter: sender.Name, Email: sender.Email,
			PortalURL: s.link(agency, "/portal/")}
		m, err := mail.Enqueue(ctx, tx, mail.Message{To: c.Email, Language: c.Language, Key: key, Data: data})
		if err != nil {
			return err
		}
		return auditRecord(ctx, tx, by, string(domain.SubjectCandidate), id, "bulk_mail", "mail "+strconv.FormatInt(m.ID, 10))
	})
	return name, err
}
