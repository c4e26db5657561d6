package service_test

import (
	"sync"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// C6: giving consent is idempotent: twice in a row, or ten times at once,
// the ledger holds one entry and the audit log one "consent_given"; in the
// portal a click while the consent holds adds nothing either. A renewal
// that reaches further is recorded. Withdrawing twice stamps once.
func TestGivingConsentTwiceIsIdempotent_C6(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		ctx, st := env.Acme.Ctx, env.Store
		svc := service.New(db)
		recruiter := store.Actor{Kind: domain.AudienceOffice, ID: env.Acme.Recruiter.ID, Name: env.Acme.Recruiter.Name}
		c := env.Acme.Candidate(t, st, "Ida", "Idem")
		consent := domain.Consent{CandidateID: c.ID, TextVersion: "v7", ValidUntil: domain.DateOf(db.Now()).AddDays(400)}
		var wg sync.WaitGroup
		for range 10 {
			wg.Go(func() {
				if _, err := svc.GiveConsent(ctx, consent, recruiter); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		if added, err := svc.GiveConsent(ctx, consent, recruiter); err != nil || added {
			t.Fatalf("given again: added %v, %v", added, err)
		}
		count := func(action string) (ledger, audit int) {
			l, _ := st.Consents(ctx, c.ID)
			e, _, _ := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: c.ID, Action: action})
			return len(l), len(e)
		}
		if l, a := count("consent_given"); l != 1 || a != 1 {
			t.Fatalf("after 11 gives: %d ledger entries, %d audit entries; want 1 and 1", l, a)
		}
		renewal := consent
		renewal.ValidUntil = consent.ValidUntil.AddDays(365)
		if added, err := svc.GiveConsent(ctx, renewal, recruiter); err != nil || !added {
			t.Fatalf("renewal: added %v, %v", added, err)
		}
		for range 2 {
			if err := svc.WithdrawConsent(ctx, c.ID, recruiter); err != nil {
				t.Fatal(err)
			}
		}
		if _, a := count("consent_withdrawn"); a != 1 {
			t.Fatalf("withdrawn twice: %d audit entries, want 1", a)
		}
		// The portal's one click.
		p := env.Acme.Candidate(t, st, "Pia", "Portal")
		who := store.Actor{Kind: domain.AudiencePortal, ID: p.ID, Name: p.Name()}
		for range 2 {
			if err := svc.PortalGiveConsent(ctx, who); err != nil {
				t.Fatal(err)
			}
		}
		if l, _ := st.Consents(ctx, p.ID); len(l) != 1 {
			t.Fatalf("portal: %d ledger entries after two clicks", len(l))
		}
	})
}
