package store

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

const matchColumns = `m.id, m.tenant_id, m.candidate_id, m.vacancy_id, m.phase_id, m.approved_at, m.created_at, m.updated_at,
	c.first_name || ' ' || c.last_name, v.title, co.name, p.name`

const matchFrom = ` FROM matches m
	JOIN candidates c ON c.tenant_id = m.tenant_id AND c.id = m.candidate_id
	JOIN vacancies v ON v.tenant_id = m.tenant_id AND v.id = m.vacancy_id
	JOIN companies co ON co.tenant_id = v.tenant_id AND co.id = v.company_id
	JOIN phases p ON p.tenant_id = m.tenant_id AND p.id = m.phase_id`

func scanMatch(row interface{ Scan(...any) error }) (domain.Match, error) {
	var m domain.Match
	err := row.Scan(&m.ID, &m.TenantID, &m.CandidateID, &m.VacancyID, &m.PhaseID, &m.ApprovedAt, &m.CreatedAt, &m.UpdatedAt,
		&m.CandidateName, &m.VacancyTitle, &m.CompanyName, &m.PhaseName)
	return m, translate(err)
}

// Match returns one match of the tenant with its candidate, vacancy and phase names.
func (s *Store) Match(ctx context.Context, id domain.ID) (m domain.Match, err error) {
	defer domain.Wrap(&err, "store.Match(%d)", id)
	defer func() { noteReads(ctx, domain.SubjectCandidate, []domain.Match{m}, matchCandidate) }() // F4
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Match{}, err
	}
	return scanMatch(s.r.QueryRowContext(ctx, `SELECT `+matchColumns+matchFrom+` WHERE m.tenant_id = $1 AND m.id = $2`, tid, id))
}

// checkPhase reports whether phaseID is a phase of the vacancy's procedure;
// a vacancy that is not the tenant's is not found.
func (s *Store) checkPhase(ctx context.Context, tid, vacancyID, phaseID domain.ID) error {
	var inProcedure bool
	err := s.w.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM phases p WHERE p.tenant_id = v.tenant_id
		AND p.procedure_id = v.procedure_id AND p.id = $3) FROM vacancies v WHERE v.tenant_id = $1 AND v.id = $2`,
		tid, vacancyID, phaseID).Scan(&inProcedure)
	if err != nil {
		return translate(err)
	}
	if !inProcedure {
		return &domain.ValidationError{Fields: domain.FieldErrors{"phase_id": domain.KeyPhaseNotInProcedure}}
	}
	return nil
}

// CreateMatch matches a candidate to a vacancy in a phase of the vacancy's
// procedure and writes the first entry of its phase history. A second match
// of the same candidate and vacancy is a conflict with KeyMatchExists.
func (s *Store) CreateMatch(ctx context.Context, m *domain.Match, actor Actor) (err error) {
	defer domain.Wrap(&err, "store.CreateMatch")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := m.Validate(); err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		c, err := tx.Candidate(ctx, m.CandidateID)
		if err != nil {
			return err
		}
		if err := domain.CandidateMayBeMatched(c); err != nil {
			return err // F2: restricted, objecting and anonymised candidates are not matched or pooled
		}
		if err := tx.checkPhase(ctx, tid, m.VacancyID, m.PhaseID); err != nil {
			return err
		}
		m.TenantID = tid
		m.CreatedAt = tx.now()
		m.UpdatedAt = m.CreatedAt
		err = tx.w.QueryRowContext(ctx, `INSERT INTO matches (tenant_id, candidate_id, vacancy_id, phase_id, approved_at, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
			tid, m.CandidateID, m.VacancyID, m.PhaseID, m.ApprovedAt, m.CreatedAt, m.UpdatedAt).Scan(&m.ID)
		if err = translate(err); err != nil {
			if domain.KindOf(err) == domain.KindConflict {
				return domain.Conflict(domain.KeyMatchExists, err)
			}
			return err
		}
		return tx.logPhaseChange(ctx, tid, m.ID, 0, m.PhaseID, actor, m.CreatedAt)
	})
}

// MoveMatch moves a match to another phase of its vacancy's procedure and
// logs the change in the same transaction. Moving to the phase it is in does
// nothing. A match moved by someone else meanwhile is a conflict.
func (s *Store) MoveMatch(ctx context.Context, matchID, phaseID domain.ID, actor Actor) (err error) {
	defer domain.Wrap(&err, "store.MoveMatch(%d, %d)", matchID, phaseID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		var vacancyID, from domain.ID
		err := tx.w.QueryRowContext(ctx, `SELECT vacancy_id, phase_id FROM matches WHERE tenant_id = $1 AND id = $2`,
			tid, matchID).Scan(&vacancyID, &from)
		if err != nil {
			return translate(err)
		}
		if from == phaseID {
			return nil
		}
		if err := tx.checkPhase(ctx, tid, vacancyID, phaseID); err != nil {
			return err
		}
		now := tx.now()
		err = expectOne(tx.w.ExecContext(ctx, `UPDATE matches SET phase_id = $1, updated_at = $2
			WHERE tenant_id = $3 AND id = $4 AND phase_id = $5`, phaseID, now, tid, matchID, from))
		if errors.Is(err, domain.ErrNotFound) {
			return domain.Conflict(domain.KeyMatchMoved, err)
		}
		if err != nil {
			return err
		}
		return tx.logPhaseChange(ctx, tid, matchID, from, phaseID, actor, now)
	})
}

func (s *Store) logPhaseChange(ctx context.Context, tid, matchID, from, to domain.ID, actor Actor, at time.Time) error {
	_, err := s.w.ExecContext(ctx, `INSERT INTO match_phase_changes (tenant_id, match_id, from_phase_id, to_phase_id,
		actor_kind, actor_id, actor_name, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
		tid, matchID, nullID(from), to, actor.Kind, actor.ID, actor.Name, at)
	return translate(err)
}

// MatchFilter selects matches for a list.
type MatchFilter struct {
	VacancyID   domain.ID
	CandidateID domain.ID
	PhaseID     domain.ID
	Limit       int
	Offset      int
}

// Matches lists matches in the order of their phases, then by candidate
// name; a candidate's matches come newest first. It fetches one more than
// Limit to tell whether a next page exists.
func (s *Store) Matches(ctx context.Context, f MatchFilter) (list []domain.Match, more bool, err error) {
	defer domain.Wrap(&err, "store.Matches")
	defer func() { noteReads(ctx, domain.SubjectCandidate, list, matchCandidate) }() // F4
	tid, err := tenant(ctx)
	if err != nil {
		return nil, false, err
	}
	if f.Limit <= 0 || f.Limit > 500 {
		f.Limit = 100
	}
	where := []string{"m.tenant_id = $1"}
	args := []any{tid}
	arg := func(x any) string {
		args = append(args, x)
		return "$" + itoa(len(args))
	}
	if f.VacancyID != 0 {
		where = append(where, "m.vacancy_id = "+arg(f.VacancyID))
	}
	if f.CandidateID != 0 {
		where = append(where, "m.candidate_id = "+arg(f.CandidateID))
	}
	if f.PhaseID != 0 {
		where = append(where, "m.phase_id = "+arg(f.PhaseID))
	}
	order := " ORDER BY p.position, p.id, c.last_name, c.first_name, m.id"
	if f.CandidateID != 0 && f.VacancyID == 0 {
		order = " ORDER BY m.id DESC"
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+matchColumns+matchFrom+` WHERE `+strings.Join(where, " AND ")+order+
		` LIMIT `+arg(f.Limit+1)+` OFFSET `+arg(f.Offset), args...)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var out []domain.Match
	for rows.Next() {
		m, err := scanMatch(rows)
		if err != nil {
			return nil, false, err
		}
		out = append(out, m)
	}
	if len(out) > f.Limit {
		return out[:f.Limit], true, rows.Err()
	}
	return out, false, rows.Err()
}
