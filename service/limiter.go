package service

import (
	"sync"
	"time"
)

// Limiter counts events per key in a fixed time window, in memory. The map
// is bounded: when it is full, windows that ended are dropped, and if none
// has, an arbitrary one. Each process limits on its own, so with several
// processes behind a load balancer the effective limit is the per-process
// limit times the number of processes; that still stops guessing at scale.
type Limiter struct {
	Max      int           // events allowed per window
	Window   time.Duration // window length
	Capacity int           // most keys kept
	Now      func() time.Time

	mu      sync.Mutex
	windows map[string]*window
}

type window struct {
	start time.Time
	n     int
}

func (l *Limiter) now() time.Time {
	if l.Now != nil {
		return l.Now()
	}
	return time.Now()
}

// Blocked reports whether key has used up its window.
func (l *Limiter) Blocked(key string) bool {
	if l == nil || l.Max <= 0 {
		return false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	w, ok := l.windows[key]
	if !ok {
		return false
	}
	if l.now().Sub(w.start) >= l.Window {
		delete(l.windows, key)
		return false
	}
	return w.n >= l.Max
}

// Add counts one event for key.
func (l *Limiter) Add(key string) {
	if l == nil || l.Max <= 0 {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if l.windows == nil {
		l.windows = map[string]*window{}
	}
	w, ok := l.windows[key]
	if ok && now.Sub(w.start) >= l.Window {
		ok = false
	}
	if !ok {
		l.makeRoom(now)
		w = &window{start: now}
		l.windows[key] = w
	}
	w.n++
}

// makeRoom keeps the map within Capacity.
func (l *Limiter) makeRoom(now time.Time) {
	capacity := l.Capacity
	if capacity <= 0 {
		capacity = 10000
	}
	if len(l.windows) < capacity {
		return
	}
	for k, w := range l.windows {
		if now.Sub(w.start) >= l.Window {
			delete(l.windows, k)
		}
	}
	for k := range l.windows {
		if len(l.windows) < capacity {
			break
		}
		delete(l.windows, k)
	}
}

// Len is the number of keys kept.
func (l *Limiter) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.windows)
}
