package store_test

import (
	"errors"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// B3, B5: voiding a person's password links ends only that person's links
// in its own agency and audience; another agency's link for the same id
// and the person's links on another surface keep working.
func TestVoidPasswordTokens_B3_B5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		acme, other := newAgency(t, st, "acme"), newAgency(t, st, "other")
		add := func(a agency, aud domain.Audience, hash string) {
			t.Helper()
			if err := st.CreatePasswordToken(a.ctx, &domain.PasswordToken{TokenHash: hash, Audience: aud, SubjectID: 7,
				Purpose: domain.TokenCredentials, ExpiresAt: time.Now().Add(time.Hour)}); err != nil {
				t.Fatal(err)
			}
		}
		add(acme, domain.AudienceOffice, "acme-1")
		add(acme, domain.AudienceOffice, "acme-2")
		add(acme, domain.AudiencePortal, "acme-portal")
		add(other, domain.AudienceOffice, "other-1")
		if err := st.VoidPasswordTokens(acme.ctx, domain.AudienceOffice, 7); err != nil {
			t.Fatal(err)
		}
		live := func(a agency, aud domain.Audience, hash string) bool {
			_, err := st.PasswordToken(a.ctx, aud, hash, domain.TokenCredentials)
			if err != nil && !errors.Is(err, domain.ErrNotFound) {
				t.Fatal(err)
			}
			return err == nil
		}
		if live(acme, domain.AudienceOffice, "acme-1") || live(acme, domain.AudienceOffice, "acme-2") {
			t.Error("a voided link still works")
		}
		if !live(acme, domain.AudiencePortal, "acme-portal") || !live(other, domain.AudienceOffice, "other-1") {
			t.Error("voiding ended a link of another surface or agency")
		}
	})
}
