package store

import (
	"context"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// JobClaim is an instance's claim on one due time (slot) of an agency's
// scheduled job.
type JobClaim struct {
	Job, Slot  string
	Owner      string // the instance that holds or held it
	LeaseUntil time.Time
	Claims     int // how often it was claimed: more than one after a takeover
	ClaimedAt  time.Time
	FinishedAt *time.Time
}

// ClaimJob claims the agency's job for slot under token until leaseUntil.
// It reports false when the slot is finished, or another claim's lease
// still runs. A claim whose lease ran out is taken over (its count goes up).
// One statement decides: on PostgreSQL a second claimant's insert waits for
// the first's row and then finds its lease running; on SQLite the single
// writer serialises them.
func (s *Store) ClaimJob(ctx context.Context, job, slot, owner, token string, leaseUntil time.Time) (_ bool, err error) {
	defer domain.Wrap(&err, "store.ClaimJob(%s, %s)", job, slot)
	tid, err := tenant(ctx)
	if err != nil {
		return false, err
	}
	now := s.now()
	res, err := s.w.ExecContext(ctx, `INSERT INTO job_claims (tenant_id, job, slot, owner, claim_token, lease_until, claims, claimed_at)
		VALUES ($1, $2, $3, $4, $5, $6, 1, $7)
		ON CONFLICT (tenant_id, job, slot) DO UPDATE SET owner = excluded.owner, claim_token = excluded.claim_token,
			lease_until = excluded.lease_until, claims = job_claims.claims + 1, claimed_at = excluded.claimed_at
		WHERE job_claims.finished_at IS NULL AND job_claims.lease_until <= $7`,
		tid, job, slot, owner, token, leaseUntil.UTC().Truncate(time.Microsecond), now)
	if err != nil {
		return false, translate(err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// RenewJob moves the lease of the claim held under token to leaseUntil; it
// is not found when the claim is no longer the caller's.
func (s *Store) RenewJob(ctx context.Context, job, slot, token string, leaseUntil time.Time) (err error) {
	defer domain.Wrap(&err, "store.RenewJob(%s, %s)", job, slot)
	return s.updateJob(ctx, job, slot, token, `lease_until = $5`, leaseUntil.UTC().Truncate(time.Microsecond))
}

// FinishJob marks the slot's run finished: no instance runs it again.
func (s *Store) FinishJob(ctx context.Context, job, slot, token string) (err error) {
	defer domain.Wrap(&err, "store.FinishJob(%s, %s)", job, slot)
	return s.updateJob(ctx, job, slot, token, `finished_at = $5`, s.now())
}

// ReleaseJob ends the lease of a run that failed, so that the next instance
// to look (this one included) tries the slot again.
func (s *Store) ReleaseJob(ctx context.Context, job, slot, token string) (err error) {
	defer domain.Wrap(&err, "store.ReleaseJob(%s, %s)", job, slot)
	return s.updateJob(ctx, job, slot, token, `lease_until = $5`, s.now())
}

func (s *Store) updateJob(ctx context.Context, job, slot, token, set string, value any) error {
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE job_claims SET `+set+`
		WHERE tenant_id = $1 AND job = $2 AND slot = $3 AND claim_token = $4 AND finished_at IS NULL`,
		tid, job, slot, token, value))
}

// JobClaimOf reads the claim on the agency's job for slot.
func (s *Store) JobClaimOf(ctx context.Context, job, slot string) (_ JobClaim, err error) {
	defer domain.Wrap(&err, "store.JobClaimOf(%s, %s)", job, slot)
	tid, err := tenant(ctx)
	if err != nil {
		return JobClaim{}, err
	}
	c := JobClaim{Job: job, Slot: slot}
	err = s.r.QueryRowContext(ctx, `SELECT owner, lease_until, claims, claimed_at, finished_at FROM job_claims
		WHERE tenant_id = $1 AND job = $2 AND slot = $3`, tid, job, slot).
		Scan(&c.Owner, &c.LeaseUntil, &c.Claims, &c.ClaimedAt, &c.FinishedAt)
	return c, translate(err)
}
