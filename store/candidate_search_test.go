package store_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// searchFixture is a candidate as the search test made it, with the words
// its search text holds (the e-mail address, c…@q.test, is left out: no
// query of the test starts with its words).
type searchFixture struct {
	id            domain.ID
	owner, status domain.ID
	restricted    bool
	words         []string
}

// matches says what both engines' searches mean: every word but the last
// is a whole word of the candidate, the last a prefix of one.
func (f searchFixture) matches(query []string) bool {
	for i, q := range query {
		if !slices.ContainsFunc(f.words, func(w string) bool {
			return w == q || (i == len(query)-1 && strings.HasPrefix(w, q))
		}) {
			return false
		}
	}
	return true
}

// A1, B5, F2: a search returns the same page, newest first, whichever way
// PostgreSQL finds it (the probe alone, a walk on, the GIN index, each with
// windows small and large), and the same as SQLite, whether SQLite's walk
// on the first three letters finds the page or hands over to the prefix
// query after 1, 3, 7 or 40 candidates: never another agency's
// candidates, interleaved with ours, nor a restricted one unless asked.
func TestCandidateSearchPlansAgree_A1_B5_F2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "plans")
		b := newAgency(t, st, "other")
		other := domain.User{Email: "second@plans.test", Name: "Second", Role: domain.RoleRecruiter, Language: "en", Active: true}
		if err := st.CreateUser(a.ctx, &other); err != nil {
			t.Fatal(err)
		}
		status := domain.CandidateStatus{Name: "Available"}
		if err := st.SaveCandidateStatus(a.ctx, &status); err != nil {
			t.Fatal(err)
		}
		first := []string{"Anna", "Bram", "Mila", "Marco", "Maaike", "Sem", "Zoe"}
		last := []string{"Jansen", "de Vries", "Bakker", "Mulder", "Zwart"}
		cities := []string{"Amsterdam", "Utrecht", "Manchester", "Zwolle"}
		headlines := []string{"Sales manager", "Java developer", "Forklift driver", "Python developer", "Marketing manager Kubernetes"}
		var ours []searchFixture
		for i := range 150 {
			c := domain.Candidate{OwnerID: a.user.ID, StatusID: a.status.ID, FirstName: first[i%7], LastName: last[i*3%5],
				Email: fmt.Sprintf("c%d@q.test", i), City: cities[i*i%4], Headline: headlines[i/3%5], Language: "nl"}
			if i%5 == 1 {
				c.OwnerID = other.ID
			}
			if i%4 == 2 {
				c.StatusID = status.ID
			}
			if i%9 == 0 {
				c.Headline = "Python developer Amsterdam"
			}
			if err := st.CreateCandidate(a.ctx, &c); err != nil {
				t.Fatal(err)
			}
			f := searchFixture{id: c.ID, owner: c.OwnerID, status: c.StatusID, restricted: i%7 == 3,
				words: searchWords(c.FirstName, c.LastName, c.City, c.Headline)}
			if f.restricted {
				if err := st.SetCandidateRestricted(a.ctx, c.ID, true); err != nil {
					t.Fatal(err)
				}
			}
			ours = append(ours, f)
			if i%3 == 0 { // the other agency's candidates sit between ours and match the same words
				theirs := domain.Candidate{OwnerID: b.user.ID, StatusID: b.status.ID, FirstName: c.FirstName, LastName: c.LastName,
					Email: fmt.Sprintf("b%d@q.test", i), City: c.City, Headline: c.Headline, Language: "nl"}
				if err := st.CreateCandidate(b.ctx, &theirs); err != nil {
					t.Fatal(err)
				}
			}
		}
		slices.Reverse(ours) // newest first

		filters := []store.CandidateFilter{
			{Limit: 5}, {Limit: 5, Offset: 3}, {Limit: 20, Offset: 10}, {Limit: 50},
			{Limit: 4, OwnerID: other.ID}, {Limit: 4, StatusID: status.ID, Offset: 2}, {Limit: 6, WithRestricted: true},
		}
		queries := []string{"ma", "anna", "anna jansen", "python amsterdam", "de vr", "zw", "kubernetes", "zz", "sales manager", "java forklift", "m"}
		paths := []struct {
			window int
			plan   string
		}{{4000, "auto"}, {1, "auto"}, {3, "auto"}, {8, "auto"}, {1, "walk"}, {7, "walk"}, {1, "index"}, {40, "index"}}
		for _, q := range queries {
			for _, f := range filters {
				f.Query = q
				var want []domain.ID
				for _, c := range ours {
					if c.matches(strings.Fields(q)) && (f.WithRestricted || !c.restricted) &&
						(f.OwnerID == 0 || c.owner == f.OwnerID) && (f.StatusID == 0 || c.status == f.StatusID) {
						want = append(want, c.id)
					}
				}
				wantMore := len(want) > f.Offset+f.Limit
				want = want[min(f.Offset, len(want)):min(f.Offset+f.Limit, len(want))]
				for _, p := range paths {
					list, more, err := st.CandidatesPlanned(a.ctx, f, p.window, p.plan)
					if err != nil {
						t.Fatalf("%q %+v on %+v: %v", q, f, p, err)
					}
					var got []domain.ID
					for _, c := range list {
						got = append(got, c.ID)
					}
					if !slices.Equal(got, want) || more != wantMore {
						t.Errorf("%q limit %d offset %d owner %d status %d restricted %v, %d/%s: got %v (more %v), want %v (more %v)",
							q, f.Limit, f.Offset, f.OwnerID, f.StatusID, f.WithRestricted, p.window, p.plan, got, more, want, wantMore)
					}
				}
			}
		}
	})
}

// searchWords splits texts into the lower-case words the search matches.
func searchWords(texts ...string) []string {
	return strings.FieldsFunc(strings.ToLower(strings.Join(texts, " ")), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// A1: on SQLite a last word longer than the prefix indexes is compared as
// the full-text index compares it, diacritics taken off where Unicode
// decomposes the letter and kept where it does not.
func TestCandidateSearchDiacritics_A1(t *testing.T) {
	db := storetest.SQLite(t)
	st := db.Store()
	a := newAgency(t, st, "accents")
	helene := a.candidate(t, st, "Hélène", "Müller")
	soren := a.candidate(t, st, "Søren", "Østergaard")
	a.candidate(t, st, "Helmut", "Mulder")
	for _, tc := range []struct {
		q    string
		want []domain.ID
	}{
		{"hele", []domain.ID{helene.ID}}, {"hélè", []domain.ID{helene.ID}}, {"mull", []domain.ID{helene.ID}},
		{"müll", []domain.ID{helene.ID}}, {"helene mull", []domain.ID{helene.ID}}, {"søre", []domain.ID{soren.ID}},
		{"sore", nil}, {"østerg", []domain.ID{soren.ID}}, {"osterg", nil},
	} {
		for _, window := range []int{1, 4000} {
			list, _, err := st.CandidatesPlanned(a.ctx, store.CandidateFilter{Query: tc.q, Limit: 10}, window, "auto")
			if err != nil {
				t.Fatal(err)
			}
			var got []domain.ID
			for _, c := range list {
				got = append(got, c.ID)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%q (window %d): got %v, want %v", tc.q, window, got, tc.want)
			}
		}
	}
}
