// Package outbox is the delivery loop that the mail outbox (G2) and the
// webhook outbox (G1) share: claim a batch of due rows under a fresh token
// and a short lease, renew the lease while delivering, deliver each, hand
// the untried ones back when stopped, poll when idle and back off
// exponentially after a failure. What a row is and how it is
// claimed, delivered and released stays with each outbox.
package outbox

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Backoff is the wait after the attempts-th failed attempt: first doubled
// for every earlier attempt, at most most.
func Backoff(first, most time.Duration, attempts int) time.Duration {
	d := first
	for i := 1; i < attempts && d < most; i++ {
		d *= 2
	}
	return min(d, most)
}

// DefaultLease is how long a claim holds unless it is renewed: short, so
// that the rows of a worker that died (kill -9, a crashed host) are due
// again within seconds; a live worker renews its claim every third of it.
const DefaultLease = 15 * time.Second

// Run calls round until ctx ends, then returns nil. Between rounds it waits
// poll; after a round that claimed rows and had no error it goes on at once.
// name says which worker it is in the log ("mail delivery").
func Run(ctx context.Context, log *slog.Logger, name string, poll time.Duration, round func(context.Context) (int, error)) error {
	log.Info(name+" worker started", "poll", poll)
	for {
		n, err := round(ctx)
		if err != nil && ctx.Err() == nil {
			log.Error(name+" round", "err", err)
		}
		if n > 0 && err == nil {
			continue
		}
		select {
		case <-ctx.Done():
			log.Info(name + " worker stopped")
			return nil
		case <-time.After(poll):
		}
	}
}

// Queue is one outbox as the delivery loop sees it: how to claim, deliver,
// release and renew its rows. Claims hold for Lease (DefaultLease when
// zero) and are renewed every third of it for as long as the round runs.
type Queue[T any] struct {
	Claim   func(ctx context.Context, token string, until time.Time) ([]T, error)
	Deliver func(ctx context.Context, row T, token string) error
	Release func(ctx context.Context, row T, token string) error
	Renew   func(ctx context.Context, token string, until time.Time) error
	Now     func() time.Time
	Lease   time.Duration
	// Parallel is how many rows are delivered at once; 1 (or less) delivers
	// them one after the other in the order claimed.
	Parallel int
}

func (q Queue[T]) lease() time.Duration {
	if q.Lease <= 0 {
		return DefaultLease
	}
	return q.Lease
}

// RunOnce claims one batch under a fresh token and delivers each row once;
// it returns how many rows it claimed. While it delivers, it renews the
// claim, so a slow delivery keeps its rows and a dead process loses them
// after one lease. Once ctx ends it delivers no more and releases the
// untried rows rather than leave them waiting for the lease to run out; the
// releases get a context of their own, since ctx is over.
func (q Queue[T]) RunOnce(ctx context.Context) (int, error) {
	token := rand.Text()
	rows, err := q.Claim(ctx, token, q.Now().Add(q.lease()))
	if err != nil {
		return 0, err
	}
	if len(rows) == 0 {
		return 0, nil
	}
	stop := q.heartbeat(ctx, token)
	var (
		mu   sync.Mutex
		errs []error
		wg   sync.WaitGroup
	)
	slots := make(chan struct{}, max(q.Parallel, 1))
	for i, row := range rows {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			wg.Wait()
			errs = append(errs, releaseAll(rows[i:], token, q.Release))
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := q.Deliver(ctx, row, token)
			mu.Lock()
			errs = append(errs, err)
			mu.Unlock()
			<-slots
		}()
	}
	wg.Wait()
	errs = append(errs, stop())
	return len(rows), errors.Join(errs...)
}

// heartbeat renews the claim of token every third of the lease until stop
// is called; stop returns the last renewal's error. Renewals outlive ctx:
// a stopping worker still records its current delivery under the claim.
func (q Queue[T]) heartbeat(ctx context.Context, token string) (stop func() error) {
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan error, 1)
	every := q.lease() / 3
	go func() {
		var last error
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				done <- last
				return
			case <-t.C:
				rctx, rcancel := context.WithTimeout(ctx, every)
				if err := q.Renew(rctx, token, q.Now().Add(q.lease())); err != nil && ctx.Err() == nil {
					last = fmt.Errorf("renew claim: %w", err)
				}
				rcancel()
			}
		}
	}()
	return func() error {
		cancel()
		return <-done
	}
}

func releaseAll[T any](rows []T, token string, release func(context.Context, T, string) error) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var errs []error
	for _, row := range rows {
		errs = append(errs, release(ctx, row, token))
	}
	return errors.Join(errs...)
}

// maxErrorText is how much of a failed delivery's error a row keeps.
const maxErrorText = 1000

// ErrorText is the error of a failed delivery as a row stores it: at most
// 1,000 bytes, never cut inside a UTF-8 sequence (PostgreSQL refuses text
// that is not valid UTF-8).
func ErrorText(err error) string {
	s, n := err.Error(), maxErrorText
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
