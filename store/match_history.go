package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// PhaseChanges lists a match's phase history, oldest first.
func (s *Store) PhaseChanges(ctx context.Context, matchID domain.ID) (_ []domain.PhaseChange, err error) {
	defer domain.Wrap(&err, "store.PhaseChanges(%d)", matchID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT h.id, h.tenant_id, h.match_id, h.from_phase_id, h.to_phase_id,
		h.actor_kind, h.actor_id, h.actor_name, h.at, COALESCE(fp.name, ''), tp.name
		FROM match_phase_changes h
		LEFT JOIN phases fp ON fp.tenant_id = h.tenant_id AND fp.id = h.from_phase_id
		JOIN phases tp ON tp.tenant_id = h.tenant_id AND tp.id = h.to_phase_id
		WHERE h.tenant_id = $1 AND h.match_id = $2 ORDER BY h.at, h.id`, tid, matchID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.PhaseChange
	for rows.Next() {
		var h domain.PhaseChange
		if err := rows.Scan(&h.ID, &h.TenantID, &h.MatchID, scanID{&h.FromPhaseID}, &h.ToPhaseID,
			&h.ActorKind, &h.ActorID, &h.ActorName, &h.At, &h.FromPhaseName, &h.ToPhaseName); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// Evaluations lists a match's evaluations (its Evaluation tab), oldest first.
func (s *Store) Evaluations(ctx context.Context, matchID domain.ID) (_ []domain.Evaluation, err error) {
	defer domain.Wrap(&err, "store.Evaluations(%d)", matchID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, tenant_id, match_id, actor_kind, actor_id, actor_name, verdict, comment, created_at
		FROM match_evaluations WHERE tenant_id = $1 AND match_id = $2 ORDER BY created_at, id`, tid, matchID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Evaluation
	for rows.Next() {
		var e domain.Evaluation
		if err := rows.Scan(&e.ID, &e.TenantID, &e.MatchID, &e.ActorKind, &e.ActorID, &e.ActorName, &e.Verdict, &e.Comment, &e.CreatedAt); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// AddEvaluation adds an evaluation by actor to a match of the tenant.
func (s *Store) AddEvaluation(ctx context.Context, e *domain.Evaluation, actor Actor) (err error) {
	defer domain.Wrap(&err, "store.AddEvaluation(%d)", e.MatchID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := e.Validate(); err != nil {
		return err
	}
	e.TenantID = tid
	e.ActorKind, e.ActorID, e.ActorName = actor.Kind, actor.ID, actor.Name
	e.CreatedAt = s.now()
	return s.InTx(ctx, func(tx *Store) error {
		// Looking the match up first makes another tenant's match not found
		// rather than a foreign-key failure.
		var id domain.ID
		if err := tx.w.QueryRowContext(ctx, `SELECT id FROM matches WHERE tenant_id = $1 AND id = $2`, tid, e.MatchID).Scan(&id); err != nil {
			return translate(err)
		}
		return translate(tx.w.QueryRowContext(ctx, `INSERT INTO match_evaluations (tenant_id, match_id, actor_kind, actor_id,
			actor_name, verdict, comment, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
			tid, e.MatchID, e.ActorKind, e.ActorID, e.ActorName, e.Verdict, e.Comment, e.CreatedAt).Scan(&e.ID))
	})
}
