package store_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// F4: the audit log keeps who did what to which record, per tenant.
func TestAuditLog_F4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "a")
		b := newAgency(t, st, "b")
		c := a.candidate(t, st, "Ada", "Audit")
		for _, action := range []string{"view", "update", "view"} {
			if err := st.Audit(a.ctx, domain.AuditEntry{ActorKind: domain.AudienceOffice, ActorID: a.user.ID, ActorName: a.user.Name,
				Action: action, ObjectKind: "candidate", ObjectID: c.ID, RemoteAddr: "192.0.2.1"}); err != nil {
				t.Fatal(err)
			}
		}
		got, _, err := st.AuditEntries(a.ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: c.ID, Action: "view"})
		if err != nil || len(got) != 2 || got[0].ActorName != a.user.Name || got[0].RemoteAddr != "192.0.2.1" {
			t.Fatalf("entries %+v, %v", got, err)
		}
		if other, _, _ := st.AuditEntries(b.ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: c.ID}); len(other) != 0 {
			t.Fatalf("tenant b sees a's audit log")
		}
	})
}
