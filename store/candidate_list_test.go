package store_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// Issue 15: every filter of the candidate list, alone and together with
// the search, on both engines; each case names exactly the candidates that
// pass, so a filter that does nothing (or too much) fails.
func TestCandidateListFilters_Issue15(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "acme")
		other := domain.User{Email: "other@acme.test", Name: "Other", Role: domain.RoleRecruiter, Language: "en", Active: true}
		if err := st.CreateUser(a.ctx, &other); err != nil {
			t.Fatal(err)
		}
		open := domain.CandidateStatus{Name: "Open", FullProfile: true}
		if err := st.SaveCandidateStatus(a.ctx, &open); err != nil {
			t.Fatal(err)
		}
		cvType := domain.AttachmentType{Name: "CV", Code: domain.TypeCodeCV}
		if err := st.SaveAttachmentType(a.ctx, &cvType); err != nil {
			t.Fatal(err)
		}
		mk := func(first, last string, edit func(c *domain.Candidate)) domain.Candidate {
			c := a.candidate(t, st, first, last)
			edit(&c)
			if err := st.UpdateCandidate(a.ctx, &c); err != nil {
				t.Fatal(err)
			}
			return c
		}
		anna := mk("Anna", "Aalders", func(c *domain.Candidate) {
			c.City, c.Language, c.AvailableFrom, c.AvailableHours = "Amsterdam", "nl", domain.NewDate(2026, 1, 10), 40
		})
		bram := mk("Bram", "Bos", func(c *domain.Candidate) {
			c.City, c.Language, c.AvailableFrom, c.AvailableHours, c.StatusID = "amsterdam", "de", domain.NewDate(2026, 3, 1), 24, open.ID
		})
		cleo := mk("Cleo", "Claes", func(c *domain.Candidate) {
			c.City, c.Language, c.OwnerID, c.Headline = "Utrecht", "fr", other.ID, "Java developer"
		})
		dirk := mk("Dirk", "Dekker", func(c *domain.Candidate) { c.City, c.Language = "Utrecht", "en" })

		if err := st.SaveSkill(a.ctx, &domain.Skill{CandidateID: anna.ID, Name: "Welding", Level: 3}); err != nil {
			t.Fatal(err)
		}
		if err := st.SaveSkill(a.ctx, &domain.Skill{CandidateID: cleo.ID, Name: "welding", Level: 2}); err != nil {
			t.Fatal(err)
		}
		if err := st.SaveSkill(a.ctx, &domain.Skill{CandidateID: cleo.ID, Name: "Java", Level: 4}); err != nil {
			t.Fatal(err)
		}
		now := db.Now()
		if err := st.GiveConsent(a.ctx, &domain.Consent{CandidateID: anna.ID, TextVersion: "v1", GivenAt: now,
			ValidUntil: domain.DateOf(now.AddDate(1, 0, 0))}); err != nil {
			t.Fatal(err)
		}
		// An expired consent is no valid one.
		if err := st.GiveConsent(a.ctx, &domain.Consent{CandidateID: bram.ID, TextVersion: "v1", GivenAt: now.AddDate(-2, 0, 0),
			ValidUntil: domain.DateOf(now.AddDate(-1, 0, 0))}); err != nil {
			t.Fatal(err)
		}
		if err := st.CreateAttachment(a.ctx, &domain.Attachment{SubjectKind: domain.SubjectCandidate, SubjectID: dirk.ID,
			TypeID: cvType.ID, FileName: "cv.pdf", ContentType: "application/pdf", Size: 3}, []byte("pdf")); err != nil {
			t.Fatal(err)
		}
		today := domain.DateOf(now)
		yes, no := true, false
		for _, tc := range []struct {
			name string
			f    store.CandidateFilter
			want []string
		}{
			{"no filter", store.CandidateFilter{}, []string{"Aalders", "Bos", "Claes", "Dekker"}},
			{"status", store.CandidateFilter{StatusID: open.ID}, []string{"Bos"}},
			{"owner", store.CandidateFilter{OwnerID: other.ID}, []string{"Claes"}},
			{"owner sorted by change", store.CandidateFilter{OwnerID: other.ID, Sort: "updated"}, []string{"Claes"}},
			{"available from", store.CandidateFilter{Cond: store.CandidateConditions{AvailableFrom: domain.NewDate(2026, 2, 1)}}, []string{"Bos"}},
			{"available until", store.CandidateFilter{Cond: store.CandidateConditions{AvailableUntil: domain.NewDate(2026, 2, 1)}}, []string{"Aalders"}},
			{"hours", store.CandidateFilter{Cond: store.CandidateConditions{MinHours: 32}}, []string{"Aalders"}},
			{"city, any case", store.CandidateFilter{Cond: store.CandidateConditions{City: "AMSTERDAM"}}, []string{"Aalders", "Bos"}},
			{"skill, any case", store.CandidateFilter{Cond: store.CandidateConditions{Skills: []string{"WELDING"}}}, []string{"Aalders", "Claes"}},
			{"two skills", store.CandidateFilter{Cond: store.CandidateConditions{Skills: []string{"welding", "java"}}}, []string{"Claes"}},
			{"language", store.CandidateFilter{Cond: store.CandidateConditions{Language: "fr"}}, []string{"Claes"}},
			{"valid consent", store.CandidateFilter{Cond: store.CandidateConditions{Consent: store.ConsentValid}}, []string{"Aalders"}},
			{"no valid consent", store.CandidateFilter{Cond: store.CandidateConditions{Consent: store.ConsentNone}}, []string{"Bos", "Claes", "Dekker"}},
			{"has a CV", store.CandidateFilter{Cond: store.CandidateConditions{HasCV: &yes}}, []string{"Dekker"}},
			{"has no CV", store.CandidateFilter{Cond: store.CandidateConditions{HasCV: &no}}, []string{"Aalders", "Bos", "Claes"}},
			{"created today", store.CandidateFilter{Cond: store.CandidateConditions{CreatedFrom: today, CreatedUntil: today}}, []string{"Aalders", "Bos", "Claes", "Dekker"}},
			{"created tomorrow", store.CandidateFilter{Cond: store.CandidateConditions{CreatedFrom: today.AddDays(1)}}, nil},
			{"changed before today", store.CandidateFilter{Cond: store.CandidateConditions{UpdatedUntil: today.AddDays(-1)}}, nil},
			{"changed from today", store.CandidateFilter{Cond: store.CandidateConditions{UpdatedFrom: today}}, []string{"Aalders", "Bos", "Claes", "Dekker"}},
			{"city and skill", store.CandidateFilter{Cond: store.CandidateConditions{City: "utrecht", Skills: []string{"welding"}}}, []string{"Claes"}},
			{"search with a filter", store.CandidateFilter{Query: "utrecht", Cond: store.CandidateConditions{Language: "en"}}, []string{"Dekker"}},
			{"long search word with a filter", store.CandidateFilter{Query: "developer", Cond: store.CandidateConditions{City: "Utrecht"}}, []string{"Claes"}},
			{"search with a filter that excludes", store.CandidateFilter{Query: "amsterdam", Cond: store.CandidateConditions{MinHours: 30}}, []string{"Aalders"}},
		} {
			p, err := st.CandidateList(a.ctx, tc.f, 0, 0)
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			got := lastNames(p.Candidates)
			if tc.f.Query != "" {
				sort.Strings(got) // a search is newest first
			}
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
			}
			if tc.f.Query == "" {
				count, err := st.CountCandidates(a.ctx, tc.f)
				if err != nil {
					t.Fatalf("%s: count: %v", tc.name, err)
				}
				read := 4 // the agency's candidates, or the owner's
				if tc.f.OwnerID != 0 && tc.f.Sort == "" {
					read = 1 // the owner's index gives the window
				}
				if !count.Exact || count.N != len(tc.want) || count.Read != read {
					t.Errorf("%s: count %+v, want %d of %d, exact", tc.name, count, len(tc.want), read)
				}
			}
		}

		// Sorts walk their index in both directions.
		for _, tc := range []struct {
			sort string
			desc bool
			want string
		}{
			{"name", true, "Dekker,Claes,Bos,Aalders"},
			{"created", false, "Aalders,Bos,Claes,Dekker"},
			{"created", true, "Dekker,Claes,Bos,Aalders"},
			{"updated", false, "Aalders,Bos,Claes,Dekker"},
		} {
			p, err := st.CandidateList(a.ctx, store.CandidateFilter{Sort: tc.sort, Desc: tc.desc}, 0, 0)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(lastNames(p.Candidates), ","); got != tc.want {
				t.Errorf("sort %s desc=%v: %s, want %s", tc.sort, tc.desc, got, tc.want)
			}
		}
		p, err := st.CandidateList(a.ctx, store.CandidateFilter{Sort: "available", Cond: store.CandidateConditions{MinHours: 1}}, 0, 0)
		if err != nil || strings.Join(lastNames(p.Candidates), ",") != "Aalders,Bos" {
			t.Errorf("by availability: %v, %v", lastNames(p.Candidates), err)
		}

		// The walk is bounded: reading 2 candidates at a time, a filter that
		// only the last one passes takes two pages, and the first says it
		// stopped at the bound; the second ends the list.
		f := store.CandidateFilter{Cond: store.CandidateConditions{HasCV: &yes}}
		p, err = st.CandidateList(a.ctx, f, 0, 2)
		if err != nil || len(p.Candidates) != 0 || !p.Bounded || p.Next != 2 || p.Read != 2 {
			t.Fatalf("first bounded page: %+v, %v", p, err)
		}
		p, err = st.CandidateList(a.ctx, f, p.Next, 2)
		if err != nil || strings.Join(lastNames(p.Candidates), ",") != "Dekker" || p.Next != 0 {
			t.Fatalf("second bounded page: %+v, %v", p, err)
		}
		// Paging a full list: the next page starts at the first hit not shown.
		f = store.CandidateFilter{Limit: 1, Cond: store.CandidateConditions{City: "amsterdam"}}
		p, err = st.CandidateList(a.ctx, f, 0, 0)
		if err != nil || strings.Join(lastNames(p.Candidates), ",") != "Aalders" || p.Next != 1 || p.Bounded {
			t.Fatalf("page 1 of 1: %+v, %v", p, err)
		}
		p, err = st.CandidateList(a.ctx, f, p.Next, 0)
		if err != nil || strings.Join(lastNames(p.Candidates), ",") != "Bos" || p.Next != 0 {
			t.Fatalf("page 2 of 1: %+v, %v", p, err)
		}

		// Another agency sees none of them, whatever the filters.
		b := newAgency(t, st, "beta")
		p, err = st.CandidateList(b.ctx, store.CandidateFilter{Cond: store.CandidateConditions{City: "amsterdam"}}, 0, 0)
		if err != nil || len(p.Candidates) != 0 {
			t.Fatalf("other agency: %+v, %v", p, err)
		}
		if c, err := st.CountCandidates(b.ctx, store.CandidateFilter{}); err != nil || c.N != 0 {
			t.Fatalf("other agency count: %+v, %v", c, err)
		}
	})
}

// Issue 15: saved searches are the recruiter's own or shared with the
// agency; nobody else sees or removes them, and another agency never.
func TestSavedSearches_Issue15(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "acme")
		other := domain.User{Email: "other@acme.test", Name: "Other", Role: domain.RoleRecruiter, Language: "en", Active: true}
		if err := st.CreateUser(a.ctx, &other); err != nil {
			t.Fatal(err)
		}
		own := domain.SavedSearch{UserID: a.user.ID, List: "candidates", Name: "Mine", Query: "city=Utrecht"}
		shared := domain.SavedSearch{UserID: a.user.ID, List: "candidates", Name: "Everyone", Query: "status=1", Shared: true}
		for _, s := range []*domain.SavedSearch{&own, &shared} {
			if err := st.CreateSavedSearch(a.ctx, s); err != nil {
				t.Fatal(err)
			}
		}
		names := func(userID domain.ID) string {
			list, err := st.SavedSearches(a.ctx, "candidates", userID)
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, s := range list {
				out = append(out, s.Name)
			}
			return strings.Join(out, ",")
		}
		if got := names(a.user.ID); got != "Everyone,Mine" {
			t.Errorf("author sees %q", got)
		}
		if got := names(other.ID); got != "Everyone" {
			t.Errorf("colleague sees %q", got)
		}
		if _, err := st.SavedSearch(a.ctx, own.ID, other.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("colleague opens another's own search: %v", err)
		}
		if err := st.DeleteSavedSearch(a.ctx, shared.ID, other.ID, false); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("colleague removes a shared search: %v", err)
		}
		b := newAgency(t, st, "beta")
		if _, err := st.SavedSearch(b.ctx, shared.ID, b.user.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("other agency opens a shared search: %v", err)
		}
		if err := st.DeleteSavedSearch(a.ctx, shared.ID, other.ID, true); err != nil {
			t.Errorf("admin removes a shared search: %v", err)
		}
		if err := st.DeleteSavedSearch(a.ctx, own.ID, a.user.ID, false); err != nil {
			t.Errorf("author removes its own: %v", err)
		}
		if got := names(a.user.ID); got != "" {
			t.Errorf("left: %q", got)
		}
	})
}

func lastNames(list []domain.Candidate) []string {
	out := make([]string, 0, len(list))
	for _, c := range list {
		out = append(out, c.LastName)
	}
	return out
}
