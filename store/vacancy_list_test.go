package store_test

import (
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// Issue 15: the vacancy list's filters (owner, created days) and orders
// (newest, title, each reversed), and its bounded count, on both engines.
func TestVacancyListFilters_Issue15(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		r := newRecruitment(t, db, "acme")
		other := domain.User{Email: "other@acme.test", Name: "Other", Role: domain.RoleRecruiter, Language: "en", Active: true}
		if err := st.CreateUser(r.ctx, &other); err != nil {
			t.Fatal(err)
		}
		r.vacancy(t, st, "Baker")
		welder := r.vacancy(t, st, "Welder")
		welder.OwnerID = other.ID
		if err := st.UpdateVacancy(r.ctx, &welder); err != nil {
			t.Fatal(err)
		}
		r.vacancy(t, st, "Accountant")
		today := domain.DateOf(db.Now())
		titles := func(f store.VacancyFilter) string {
			t.Helper()
			list, _, err := st.Vacancies(r.ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, v := range list {
				out = append(out, v.Title)
			}
			return strings.Join(out, ",")
		}
		for _, tc := range []struct {
			name string
			f    store.VacancyFilter
			want string
			n    int
		}{
			{"newest first", store.VacancyFilter{}, "Accountant,Welder,Baker", 3},
			{"oldest first", store.VacancyFilter{Reverse: true}, "Baker,Welder,Accountant", 3},
			{"by title", store.VacancyFilter{ByTitle: true}, "Accountant,Baker,Welder", 3},
			{"by title, reversed", store.VacancyFilter{ByTitle: true, Reverse: true}, "Welder,Baker,Accountant", 3},
			{"owner", store.VacancyFilter{OwnerID: other.ID}, "Welder", 1},
			{"created today", store.VacancyFilter{CreatedFrom: today, CreatedUntil: today}, "Accountant,Welder,Baker", 3},
			{"created before today", store.VacancyFilter{CreatedUntil: today.AddDays(-1)}, "", 0},
			{"title words and owner", store.VacancyFilter{Query: "ba", OwnerID: r.user.ID, ByTitle: true}, "Baker", 1},
		} {
			if got := titles(tc.f); got != tc.want {
				t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
			}
			c, err := st.CountVacancies(r.ctx, tc.f)
			if err != nil || c.N != tc.n || !c.Exact || c.Read != 3 {
				t.Errorf("%s: count %+v, %v; want %d of 3", tc.name, c, err, tc.n)
			}
		}
		b := newRecruitment(t, db, "beta")
		if c, err := st.CountVacancies(b.ctx, store.VacancyFilter{}); err != nil || c.N != 0 {
			t.Errorf("other agency counts %+v, %v", c, err)
		}
	})
}
