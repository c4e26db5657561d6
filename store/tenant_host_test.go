package store_test

import (
	"context"
	"errors"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// G6, B5: a request's agency is the one with its host name; only a host no
// agency has falls back to the install's default agency, and without a
// default nothing is found.
func TestTenantForHost_G6_B5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st, ctx := db.Store(), context.Background()
		def := domain.Tenant{Slug: "main", Name: "Main", DefaultLanguage: "en"}
		acme := domain.Tenant{Slug: "acme", Name: "Acme", Host: "acme.example", DefaultLanguage: "nl"}
		for _, tn := range []*domain.Tenant{&def, &acme} {
			if err := st.CreateTenant(ctx, tn); err != nil {
				t.Fatal(err)
			}
		}
		for _, c := range []struct {
			host, fallback string
			want           domain.ID // 0 = not found
		}{
			{"acme.example", "main", acme.ID},
			{"acme.example", "", acme.ID},
			{"127.0.0.1", "main", def.ID},
			{"127.0.0.1", "", 0},
			{"127.0.0.1", "nosuch", 0},
			{"", "", 0},
			{"main", "", 0}, // a slug is not a host
		} {
			got, err := st.TenantForHost(ctx, c.host, c.fallback)
			if c.want == 0 {
				if !errors.Is(err, domain.ErrNotFound) {
					t.Errorf("host %q, fallback %q: %+v, %v; want not found", c.host, c.fallback, got, err)
				}
				continue
			}
			if err != nil || got.ID != c.want {
				t.Errorf("host %q, fallback %q: tenant %d (%v), want %d", c.host, c.fallback, got.ID, err, c.want)
			}
		}
	})
}
