package service

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// B4 (issue 11): argon2 hashings run in at most HashSlots at once; the rest
// wait their turn, and one that waits longer than HashWait is told the
// server is busy instead of adding 19 MiB more.
func TestHashingSlotsBound_B4(t *testing.T) {
	s := &Accounts{HashSlots: 2, HashWait: time.Minute}
	s.hashing = make(chan struct{}, s.HashSlots)
	var running, most atomic.Int32
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := s.withHashSlot(context.Background(), func() error {
				n := running.Add(1)
				for {
					m := most.Load()
					if n <= m || most.CompareAndSwap(m, n) {
						break
					}
				}
				time.Sleep(time.Millisecond)
				running.Add(-1)
				return nil
			})
			if err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if most.Load() > 2 {
		t.Fatalf("%d hashings ran at once with 2 slots", most.Load())
	}

	s.HashWait = 20 * time.Millisecond
	s.hashing <- struct{}{}
	s.hashing <- struct{}{}
	ran := false
	err := s.withHashSlot(context.Background(), func() error { ran = true; return nil })
	if !errors.Is(err, ErrBusy) || ran {
		t.Fatalf("with every slot taken: %v (ran %v), want ErrBusy", err, ran)
	}
}
