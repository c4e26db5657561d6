package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// RetentionResult is what one run of the retention job found and did (F3).
type RetentionResult struct {
	Due        []domain.RetentionDue // everyone due, held or not
	Anonymised []domain.ID           // empty on a dry run
	Held       []domain.ID
}

// SystemActor is who the scheduled jobs act as in histories and the audit log.
var SystemActor = store.Actor{Kind: "system", Name: "retention job"}

// RetentionDue lists the candidates the retention job would anonymise now.
func (s *Service) RetentionDue(ctx context.Context) ([]domain.RetentionDue, error) {
	st := s.store()
	set, err := st.Settings(ctx)
	if err != nil {
		return nil, err
	}
	return st.RetentionDue(ctx, domain.RetentionCutoff(s.now(), set), 0)
}

// RunRetention anonymises every candidate due under the tenant's retention
// period except those an admin holds back, each in its own transaction with
// an audit entry. With dryRun it only lists them.
func (s *Service) RunRetention(ctx context.Context, dryRun bool) (res RetentionResult, err error) {
	defer domain.Wrap(&err, "service.RunRetention")
	if res.Due, err = s.RetentionDue(ctx); err != nil {
		return res, err
	}
	for _, d := range res.Due {
		if d.Hold != nil {
			res.Held = append(res.Held, d.Candidate.ID)
			continue
		}
		if dryRun {
			continue
		}
		err := s.store().InTx(ctx, func(tx *store.Store) error {
			if err := tx.AnonymiseCandidate(ctx, d.Candidate.ID); err != nil {
				return err
			}
			return auditCandidate(ctx, tx, SystemActor, "retention_anonymised", domain.SubjectCandidate, d.Candidate.ID,
				"no activity since "+d.LastActivity.Format("2006-01-02"))
		})
		if err != nil {
			return res, err
		}
		res.Anonymised = append(res.Anonymised, d.Candidate.ID)
	}
	if len(res.Anonymised) > 0 {
		return res, s.DB.Checkpoint(ctx) // F2: no erased value stays in the log
	}
	return res, nil
}
