// Package outbox is the delivery loop that the mail outbox (G2) and the
// webhook outbox (G1) share: claim a batch of due rows under a fresh token,
// deliver each, hand the untried ones back when stopped, poll when idle and
// back off exponentially after a failure. What a row is and how it is
// claimed, delivered and released stays with each outbox.
package outbox

import (
	"context"
	"crypto/rand"
	"errors"
	"log/slog"
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

// Lease is how long a claim holds: longer than delivering a whole batch of
// batch rows can take when each takes at most timeout, so a live worker's
// claim never runs out under it. Only a worker that died loses its rows to
// another after the lease.
func Lease(batch int, timeout time.Duration) time.Duration {
	return time.Duration(batch+1) * 2 * timeout
}

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

// RunOnce claims one batch under a fresh token and delivers each row once;
// it returns how many rows it claimed. Once ctx ends it delivers no more and
// releases the untried rows rather than leave them waiting for the lease to
// run out; the releases get a context of their own, since ctx is over.
func RunOnce[T any](ctx context.Context,
	claim func(ctx context.Context, token string) ([]T, error),
	deliver func(ctx context.Context, row T, token string) error,
	release func(ctx context.Context, row T, token string) error,
) (int, error) {
	token := rand.Text()
	rows, err := claim(ctx, token)
	if err != nil {
		return 0, err
	}
	var errs []error
	for i, row := range rows {
		if ctx.Err() != nil {
			errs = append(errs, releaseAll(rows[i:], token, release))
			break
		}
		errs = append(errs, deliver(ctx, row, token))
	}
	return len(rows), errors.Join(errs...)
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
