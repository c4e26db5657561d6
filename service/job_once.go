package service

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// defaultJobLease is how long a claim on a scheduled job holds unless
// renewed; it is renewed every third of it while the job runs, so an
// instance that dies mid-run leaves its job to the next one that looks
// within this time plus that instance's tick.
const defaultJobLease = time.Minute

// errLeaseLost ends a run whose claim another instance took over (this one
// stalled past its lease).
var errLeaseLost = errors.New("the job's claim was taken over by another instance")

func (s *Service) jobLease() time.Duration {
	if s.JobLease > 0 {
		return s.JobLease
	}
	return defaultJobLease
}

// RunOnce runs fn for the agency in ctx at most once per (job, slot) across
// every instance on the database, and again only when a run failed or its
// instance died: it claims the slot for a lease, renews the lease while fn
// works, and marks the slot finished when fn succeeds. It reports whether
// this instance ran fn. The jobs' own writes stay idempotent (a reminder is
// recorded with its mail): the claim keeps instances from doing the work
// twice, and a stalled instance that lost its lease stops.
func (s *Service) RunOnce(ctx context.Context, job, slot string, fn func(context.Context) error) (ran bool, err error) {
	defer domain.Wrap(&err, "service.RunOnce(%s, %s)", job, slot)
	st := s.store()
	token := rand.Text()
	lease := s.jobLease()
	ok, err := st.ClaimJob(ctx, job, slot, s.instance(), token, s.DB.Now().Add(lease))
	if err != nil || !ok {
		return false, err
	}
	runCtx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	renewed := make(chan struct{})
	stop := make(chan struct{})
	go func() {
		defer close(renewed)
		t := time.NewTicker(lease / 3)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-runCtx.Done():
				return
			case <-t.C:
				if err := st.RenewJob(ctx, job, slot, token, s.DB.Now().Add(lease)); errors.Is(err, domain.ErrNotFound) {
					cancel(errLeaseLost)
					return
				}
				// Another error (the database is briefly away): the lease
				// still runs; try again at the next tick.
			}
		}
	}()
	err = fn(runCtx)
	close(stop)
	<-renewed
	if cause := context.Cause(runCtx); errors.Is(cause, errLeaseLost) {
		return true, errors.Join(cause, err)
	}
	// Record the outcome even when ctx ended (the process is stopping).
	after, end := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer end()
	if err != nil {
		return true, errors.Join(err, st.ReleaseJob(after, job, slot, token))
	}
	return true, st.FinishJob(after, job, slot, token)
}

// instance names this process in the claims it holds.
func (s *Service) instance() string {
	if s.Instance != "" {
		return s.Instance
	}
	return "matchpoint"
}

// NewInstanceName names a process for the job claims it holds: the host
// name and a random part, so two processes on one host differ.
func NewInstanceName(host string) string {
	return fmt.Sprintf("%s-%s", host, rand.Text()[:8])
}
