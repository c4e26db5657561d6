package store_test

import (
	"context"
	"errors"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// A1, A2: a candidate is created with an owner, read back, edited and found.
func TestCandidateCRUDAndSearch_A1(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "acme")
		c := a.candidate(t, st, "Anna", "de Vries")
		got, err := st.Candidate(a.ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Name() != "Anna de Vries" || got.OwnerName != a.user.Name || got.StatusName != "Placed" {
			t.Fatalf("read back %+v", got)
		}
		got.City = "Groningen"
		got.DateOfBirth = domain.NewDate(1990, 5, 17)
		if err := st.UpdateCandidate(a.ctx, &got); err != nil {
			t.Fatal(err)
		}
		if err := st.SaveSkill(a.ctx, &domain.Skill{CandidateID: c.ID, Name: "Kubernetes", Level: 4}); err != nil {
			t.Fatal(err)
		}
		a.candidate(t, st, "Bram", "Jansen")

		for _, tc := range []struct {
			query string
			want  []string
		}{
			{"", []string{"Bram Jansen", "Anna de Vries"}}, // by last name: "Jansen" < "de Vries"
			{"anna", []string{"Anna de Vries"}},
			{"groning", []string{"Anna de Vries"}},
			{"kubernetes", []string{"Anna de Vries"}},
			{"utrecht", []string{"Bram Jansen"}},
			{"bram.jansen@example.test", []string{"Bram Jansen"}},
			{"anna utrecht", nil},
			{`"; DROP TABLE candidates; --`, nil},
		} {
			list, _, err := st.Candidates(a.ctx, store.CandidateFilter{Query: tc.query})
			if err != nil {
				t.Fatalf("search %q: %v", tc.query, err)
			}
			var names []string
			for _, c := range list {
				names = append(names, c.Name())
			}
			if len(names) != len(tc.want) || (len(names) > 0 && names[0] != tc.want[0]) {
				t.Errorf("search %q = %v, want %v", tc.query, names, tc.want)
			}
		}
		back, _ := st.Candidate(a.ctx, c.ID)
		if back.City != "Groningen" || back.DateOfBirth.String() != "1990-05-17" {
			t.Errorf("update lost: %+v", back)
		}
	})
}

// B5: tenant A never reads tenant B's rows through the store; a store call
// without a tenant is refused.
func TestTenantIsolation_B5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "a")
		b := newAgency(t, st, "b")
		ca := a.candidate(t, st, "Alice", "Alpha")
		if _, err := st.Candidate(b.ctx, ca.ID); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b read tenant a's candidate: err=%v", err)
		}
		list, _, err := st.Candidates(b.ctx, store.CandidateFilter{Query: "alice"})
		if err != nil || len(list) != 0 {
			t.Fatalf("tenant b's search saw %d of a's candidates (err %v)", len(list), err)
		}
		ca.FirstName = "Mallory"
		if err := st.UpdateCandidate(b.ctx, &ca); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b updated a's candidate: %v", err)
		}
		if _, err := st.Candidate(context.Background(), ca.ID); err == nil {
			t.Fatal("a call without tenant was answered")
		}
		// A row of tenant b cannot point at tenant a's recruiter.
		bad := domain.Candidate{OwnerID: a.user.ID, StatusID: b.status.ID, FirstName: "X", LastName: "Y", Language: "en"}
		if err := st.CreateCandidate(b.ctx, &bad); err == nil {
			t.Fatal("cross-tenant owner accepted")
		}
	})
}
