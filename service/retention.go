package service

import (
	"context"
	"errors"
	"fmt"
	"time"

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

// RunRetentionDue runs the retention job (F3) of every agency once per
// period of length every (periods are counted from the zero time, so a
// daily one starts at midnight UTC) across every instance on the database (RunOnce). It
// returns how many candidates it anonymised; one agency's failure does not
// keep the others from theirs.
func (s *Service) RunRetentionDue(ctx context.Context, every time.Duration) (anonymised int, err error) {
	defer domain.Wrap(&err, "service.RunRetentionDue")
	if every <= 0 {
		return 0, fmt.Errorf("retention period %s", every)
	}
	tenants, err := s.store().Tenants(ctx)
	if err != nil {
		return 0, err
	}
	slot := s.now().Truncate(every).UTC().Format(time.RFC3339)
	var errs []error
	for _, t := range tenants {
		tctx := store.WithTenant(ctx, t.ID)
		_, err := s.RunOnce(tctx, "retention", slot, func(ctx context.Context) error {
			res, err := s.RunRetention(ctx, false)
			anonymised += len(res.Anonymised)
			return err
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("agency %s: %w", t.Slug, err))
		}
	}
	return anonymised, errors.Join(errs...)
}
