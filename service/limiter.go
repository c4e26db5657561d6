package service

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/matchpoint/matchpoint/store"
)

// Limiter allows Max attempts per key in a fixed Window, counted in the
// database (B4). An attempt is reserved before the work it limits starts
// (checking a password, mailing a link), so a burst of parallel requests
// cannot all pass a check made before any of them was counted, and several
// instances on one database limit like one. Keys are per agency: the store
// scopes them to the tenant of the context. Only a hash of each key is
// stored: keys name e-mail addresses and client addresses, and a limit's
// table is no place to keep personal data.
type Limiter struct {
	DB     *store.DB
	Max    int           // attempts allowed per window; 0 or less = no limit
	Window time.Duration // window length

	lastPrune atomic.Int64 // Unix seconds of the last clean-up
}

// pruneEvery is how often a limiter deletes windows that ended long ago.
const pruneEvery = 10 * time.Minute

// Reserve counts one attempt for key now; it reports false when the key has
// already used its window (the attempt is still counted).
func (l *Limiter) Reserve(ctx context.Context, key string) (bool, error) {
	if l == nil || l.Max <= 0 {
		return true, nil
	}
	now := l.DB.Now()
	l.prune(ctx, now)
	hits, err := l.DB.Store().ReserveHit(ctx, hashSecret(key), now, l.Window)
	if err != nil {
		return false, err
	}
	return hits <= l.Max, nil
}

// Release gives back an attempt reserved for key that turned out fine (a
// correct password), so that people who sign in often are never limited.
func (l *Limiter) Release(ctx context.Context, key string) error {
	if l == nil || l.Max <= 0 {
		return nil
	}
	return l.DB.Store().ReleaseHit(ctx, hashSecret(key))
}

// Hits is key's count in its current window (for tests and operators).
func (l *Limiter) Hits(ctx context.Context, key string) (int, error) {
	return l.DB.Store().Hits(ctx, hashSecret(key), l.DB.Now(), l.Window)
}

// prune deletes, at most every pruneEvery, the windows that ended more than
// a day ago; no limit's window is that long.
func (l *Limiter) prune(ctx context.Context, now time.Time) {
	last := l.lastPrune.Load()
	if now.Unix()-last < int64(pruneEvery/time.Second) || !l.lastPrune.CompareAndSwap(last, now.Unix()) {
		return
	}
	_ = l.DB.PruneRateLimits(ctx, now.Add(-24*time.Hour)) // best effort: a failed clean-up limits nothing
}
