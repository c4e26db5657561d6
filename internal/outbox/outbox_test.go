package outbox

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"
	"unicode/utf8"
)

// G1, G2: a failed delivery waits the first retry, doubled for every earlier
// attempt, never longer than the cap, however many attempts there were.
func TestBackoffDoublesUpToCap_G1_G2(t *testing.T) {
	for _, tc := range []struct {
		first, most time.Duration
		attempts    int
		want        time.Duration
	}{
		{time.Minute, 6 * time.Hour, 0, time.Minute},
		{time.Minute, 6 * time.Hour, 1, time.Minute},
		{time.Minute, 6 * time.Hour, 2, 2 * time.Minute},
		{time.Minute, 6 * time.Hour, 3, 4 * time.Minute},
		{time.Minute, 6 * time.Hour, 9, 256 * time.Minute},
		{time.Minute, 6 * time.Hour, 10, 6 * time.Hour},
		{time.Minute, 6 * time.Hour, 1000, 6 * time.Hour},
		{10 * time.Minute, 5 * time.Minute, 1, 5 * time.Minute},
	} {
		if got := Backoff(tc.first, tc.most, tc.attempts); got != tc.want {
			t.Errorf("Backoff(%s, %s, %d) = %s, want %s", tc.first, tc.most, tc.attempts, got, tc.want)
		}
	}
}

// G1, G2: after a busy round the worker goes on at once; after an idle one,
// or one that failed, it waits the poll interval; it logs the failure, but
// not the one that stopping causes, and returns nil when ctx ends.
func TestRunPollsWhenIdle_G1_G2(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const poll = 5 * time.Second
		ctx, cancel := context.WithCancel(t.Context())
		defer cancel()
		start := time.Now()
		rounds := []struct {
			n   int
			err error
		}{{2, nil}, {1, nil}, {0, nil}, {1, errors.New("smtp down")}, {0, nil}}
		var at []time.Duration
		round := func(ctx context.Context) (int, error) {
			at = append(at, time.Since(start))
			if len(at) > len(rounds) {
				cancel()
				return 0, errors.New("stopping")
			}
			r := rounds[len(at)-1]
			return r.n, r.err
		}
		var logged bytes.Buffer
		if err := Run(ctx, slog.New(slog.NewTextHandler(&logged, nil)), "test delivery", poll, round); err != nil {
			t.Fatalf("Run returned %v", err)
		}
		want := []time.Duration{0, 0, 0, poll, 2 * poll, 3 * poll}
		if !slices.Equal(at, want) {
			t.Errorf("rounds at %v, want %v", at, want)
		}
		if took := time.Since(start); took != 3*poll {
			t.Errorf("Run returned after %s, want %s", took, 3*poll)
		}
		log := logged.String()
		for _, line := range []string{`msg="test delivery worker started" poll=5s`, `msg="test delivery round" err="smtp down"`, `msg="test delivery worker stopped"`} {
			if !strings.Contains(log, line) {
				t.Errorf("log lacks %s:\n%s", line, log)
			}
		}
		if strings.Contains(log, "stopping") || strings.Count(log, "level=ERROR") != 1 {
			t.Errorf("log shows an error besides the failed round:\n%s", log)
		}
	})
}

// G1, G2: a worker waiting between rounds stops as soon as ctx ends.
func TestRunStopsWhileWaiting_G1_G2(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		start := time.Now()
		rounds := 0
		done := make(chan error)
		go func() {
			done <- Run(ctx, slog.New(slog.DiscardHandler), "test delivery", time.Minute, func(context.Context) (int, error) {
				rounds++
				return 0, nil
			})
		}()
		time.Sleep(90 * time.Second)
		cancel()
		if err := <-done; err != nil {
			t.Fatalf("Run returned %v", err)
		}
		if took := time.Since(start); took != 90*time.Second || rounds != 2 {
			t.Errorf("stopped after %s and %d rounds, want 1m30s and 2", took, rounds)
		}
	})
}

// recorder is a claimed batch of rows 1, 2, 3 and what became of each.
type recorder struct {
	token              string
	delivered          []int
	released           []int
	deliverErr         map[int]error
	onDeliver          func(row int)
	releasedWhileAlive bool
}

func (r *recorder) claim(_ context.Context, token string, _ time.Time) ([]int, error) {
	r.token = token
	return []int{1, 2, 3}, nil
}

func (r *recorder) deliver(_ context.Context, row int, token string) error {
	if token != r.token {
		return errors.New("delivered under another token")
	}
	r.delivered = append(r.delivered, row)
	if r.onDeliver != nil {
		r.onDeliver(row)
	}
	return r.deliverErr[row]
}

func (r *recorder) queue() Queue[int] {
	return Queue[int]{Claim: r.claim, Deliver: r.deliver, Release: r.release, Now: time.Now,
		Renew: func(context.Context, string, time.Time) error { return nil }}
}

func (r *recorder) release(ctx context.Context, row int, token string) error {
	if token != r.token {
		return errors.New("released under another token")
	}
	r.released = append(r.released, row)
	r.releasedWhileAlive = ctx.Err() == nil
	return nil
}

// G1, G2: a worker that stops mid-batch delivers no more and hands back the
// rows it claimed but did not try, under its claim's token and with a
// context that is still alive.
func TestRunOnceReleasesUntriedRowsWhenStopped_G1_G2(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	r := &recorder{onDeliver: func(int) { cancel() }}
	n, err := r.queue().RunOnce(ctx)
	if n != 3 || err != nil {
		t.Fatalf("RunOnce = %d, %v", n, err)
	}
	if !slices.Equal(r.delivered, []int{1}) || !slices.Equal(r.released, []int{2, 3}) || !r.releasedWhileAlive {
		t.Errorf("delivered %v, released %v (context alive: %v); want [1] and [2 3]", r.delivered, r.released, r.releasedWhileAlive)
	}
}

// G1, G2: a round tries every row once, even after one fails, and returns
// every failure; a failed claim delivers nothing; each round claims under a
// token of its own.
func TestRunOnceDeliversEachRowOnce_G1_G2(t *testing.T) {
	refused, lost := errors.New("refused"), errors.New("lost")
	r := &recorder{deliverErr: map[int]error{1: refused, 3: lost}}
	n, err := r.queue().RunOnce(t.Context())
	if n != 3 || !errors.Is(err, refused) || !errors.Is(err, lost) {
		t.Fatalf("RunOnce = %d, %v", n, err)
	}
	if !slices.Equal(r.delivered, []int{1, 2, 3}) || len(r.released) != 0 {
		t.Errorf("delivered %v, released %v", r.delivered, r.released)
	}
	first := r.token
	if _, err := r.queue().RunOnce(t.Context()); first == "" || r.token == first {
		t.Errorf("tokens %q then %q (%v)", first, r.token, err)
	}

	down := errors.New("database down")
	r = &recorder{}
	q := r.queue()
	q.Claim = func(context.Context, string, time.Time) ([]int, error) { return []int{1}, down }
	n, err = q.RunOnce(t.Context())
	if n != 0 || !errors.Is(err, down) || len(r.delivered) != 0 {
		t.Errorf("after a failed claim: %d, %v, delivered %v", n, err, r.delivered)
	}
}

// G1, G2: a claim is taken for one short lease and renewed every third of
// it while the round delivers, with the round's token, each time to a lease
// from then on; once the round is over no renewal follows. A renewal that
// fails is reported with the round.
func TestRunOnceRenewsItsClaimWhileDelivering_G1_G2(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const lease = 15 * time.Second
		start := time.Now()
		r := &recorder{onDeliver: func(row int) {
			if row == 2 {
				time.Sleep(38 * time.Second) // a slow server
			}
		}}
		var claimedUntil time.Time
		var renewals []time.Duration
		q := r.queue()
		q.Lease = lease
		q.Claim = func(ctx context.Context, token string, until time.Time) ([]int, error) {
			claimedUntil = until
			return r.claim(ctx, token, until)
		}
		q.Renew = func(_ context.Context, token string, until time.Time) error {
			if token != r.token {
				t.Errorf("renewed under another token")
			}
			if until.Sub(time.Now()) != lease {
				t.Errorf("renewed to %s from now, want %s", until.Sub(time.Now()), lease)
			}
			renewals = append(renewals, time.Since(start))
			return nil
		}
		if n, err := q.RunOnce(t.Context()); n != 3 || err != nil {
			t.Fatalf("RunOnce = %d, %v", n, err)
		}
		if got := claimedUntil.Sub(start); got != lease {
			t.Errorf("claimed for %s, want %s", got, lease)
		}
		want := []time.Duration{5 * time.Second, 10 * time.Second, 15 * time.Second, 20 * time.Second,
			25 * time.Second, 30 * time.Second, 35 * time.Second}
		if !slices.Equal(renewals, want) {
			t.Errorf("renewals at %v, want %v", renewals, want)
		}
		time.Sleep(time.Minute)
		synctest.Wait()
		if len(renewals) != len(want) {
			t.Errorf("renewed %d times after the round ended", len(renewals)-len(want))
		}

		down := errors.New("database locked")
		r = &recorder{onDeliver: func(int) { time.Sleep(6 * time.Second) }}
		q = r.queue()
		q.Lease = lease
		q.Renew = func(context.Context, string, time.Time) error { return down }
		if _, err := q.RunOnce(t.Context()); !errors.Is(err, down) {
			t.Errorf("a failed renewal was not reported: %v", err)
		}
	})
}

// G1, G2: with Parallel set, the rows of a batch are delivered at once (the
// three deliveries here wait for each other); every row is still delivered
// once and every error returned.
func TestRunOnceDeliversInParallel_G1_G2(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var mu sync.Mutex
		started := 0
		all := make(chan struct{})
		lost := errors.New("lost")
		q := Queue[int]{Now: time.Now, Parallel: 3,
			Claim:   func(context.Context, string, time.Time) ([]int, error) { return []int{1, 2, 3}, nil },
			Release: func(context.Context, int, string) error { return errors.New("released") },
			Renew:   func(context.Context, string, time.Time) error { return nil },
			Deliver: func(_ context.Context, row int, _ string) error {
				mu.Lock()
				started++
				if started == 3 {
					close(all)
				}
				mu.Unlock()
				select {
				case <-all:
				case <-time.After(time.Minute):
					return errors.New("delivered one after the other")
				}
				if row == 2 {
					return lost
				}
				return nil
			}}
		n, err := q.RunOnce(t.Context())
		if n != 3 || !errors.Is(err, lost) || strings.Contains(fmt.Sprint(err), "one after the other") || strings.Contains(fmt.Sprint(err), "released") {
			t.Fatalf("RunOnce = %d, %v", n, err)
		}
	})
}

// G1, G2: a stored error is cut at 1,000 bytes, never inside a character.
func TestErrorTextKeepsUTF8_G1_G2(t *testing.T) {
	short := errors.New("connection refused")
	if got := ErrorText(short); got != short.Error() {
		t.Errorf("short error changed: %q", got)
	}
	long := errors.New(strings.Repeat("a", 999) + "éé") // é is two bytes: byte 1000 is inside the first
	got := ErrorText(long)
	if !utf8.ValidString(got) || len(got) > 1000 || got != strings.Repeat("a", 999) {
		t.Errorf("cut to %d bytes, valid %v", len(got), utf8.ValidString(got))
	}
	exact := errors.New(strings.Repeat("b", 998) + "é")
	if got := ErrorText(exact); got != exact.Error() {
		t.Errorf("an error of exactly 1,000 bytes was cut to %d", len(got))
	}
}
