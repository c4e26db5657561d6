package store

import (
	"context"
	"sync"

	"github.com/matchpoint/matchpoint/domain"
)

// settingsMemo keeps the settings document one request has read, so the
// many places that consult the settings during a request (access checks,
// the page, its layout) share one read. It holds the stored text, not the
// decoded value: each caller still gets its own copy to change.
type settingsMemo struct {
	mu     sync.Mutex
	tenant domain.ID
	doc    string
	found  bool
	loaded bool
}

type settingsMemoKey struct{}

// WithSettingsMemo returns ctx in which Settings reads the tenant's
// settings once: what a request does after reading them sees the same
// settings unless it saves them itself. Reads inside a transaction always
// go to the database, and SaveSettings forgets what was kept.
func WithSettingsMemo(ctx context.Context) context.Context {
	return context.WithValue(ctx, settingsMemoKey{}, &settingsMemo{})
}

// memoOf returns the memo of ctx for reads outside a transaction, or nil.
func (s *Store) memoOf(ctx context.Context) *settingsMemo {
	if s.tx {
		return nil
	}
	m, _ := ctx.Value(settingsMemoKey{}).(*settingsMemo)
	return m
}

func (m *settingsMemo) get(tid domain.ID) (doc string, found, ok bool) {
	if m == nil {
		return "", false, false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.loaded || m.tenant != tid {
		return "", false, false
	}
	return m.doc, m.found, true
}

func (m *settingsMemo) put(tid domain.ID, doc string, found bool) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.tenant, m.doc, m.found, m.loaded = tid, doc, found, true
}

// forget drops what the memo of ctx keeps, in or outside a transaction.
func forgetSettings(ctx context.Context) {
	if m, _ := ctx.Value(settingsMemoKey{}).(*settingsMemo); m != nil {
		m.mu.Lock()
		m.loaded = false
		m.mu.Unlock()
	}
}
