package store_test

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// careersVacancy creates a vacancy of r with the given changes.
func (r recruitment) careersVacancy(t *testing.T, st *store.Store, title string, edit func(v *domain.Vacancy)) domain.Vacancy {
	t.Helper()
	v := domain.Vacancy{CompanyID: r.company, OwnerID: r.user.ID, SourceID: r.source.ID, ProcedureID: r.proc.ID,
		Title: title, Location: "Utrecht", HoursPerWeek: 40}
	if edit != nil {
		edit(&v)
	}
	if err := st.CreateVacancy(r.ctx, &v); err != nil {
		t.Fatalf("create vacancy %s: %v", title, err)
	}
	return v
}

// Issue 16 items 1-3: the careers list holds exactly the vacancies
// domain.OnCareersSite publishes, on both engines, whatever mix of source,
// status, pool, closing day and pay range the agency has; search and
// filters narrow it; pages put together give the whole list once; another
// agency's vacancies never show.
func TestCareersListIsThePublishingRule_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		r := newRecruitment(t, db, "acme")
		other := newRecruitment(t, db, "other")
		today := domain.DateOf(db.Now())
		other.careersVacancy(t, st, "Welder elsewhere", nil)
		linkedIn := domain.Source{Name: "LinkedIn"}
		if err := st.SaveSource(r.ctx, &linkedIn); err != nil {
			t.Fatal(err)
		}
		pay := domain.PayRange{MinCents: 1850, MaxCents: 2200, Currency: "EUR", Period: domain.PayHour}
		var all []domain.Vacancy
		add := func(title string, edit func(v *domain.Vacancy)) {
			all = append(all, r.careersVacancy(t, st, title, edit))
		}
		for i := range 23 {
			add(fmt.Sprintf("Welder %02d", i), func(v *domain.Vacancy) {
				v.Location = []string{"Utrecht", "Amsterdam", "Gent"}[i%3]
				v.Category = []string{"Technique", "Logistics"}[i%2]
				v.HoursPerWeek = []int{16, 24, 32, 40, 0}[i%5]
				v.Description = fmt.Sprintf("Job %d for 100%% welders_%d", i, i)
				if i%4 == 0 {
					v.Pay = pay
				}
			})
		}
		add("Closed welder", func(v *domain.Vacancy) { v.Status = domain.VacancyClosed; v.Pay = pay })
		add("LinkedIn welder", func(v *domain.Vacancy) { v.SourceID = linkedIn.ID; v.Pay = pay })
		add("No source welder", func(v *domain.Vacancy) { v.SourceID = 0; v.Pay = pay })
		add("Pool of welders", func(v *domain.Vacancy) { v.Pool = domain.PoolCompany; v.Pay = pay })
		add("Welder closing yesterday", func(v *domain.Vacancy) { v.ClosesOn = today.AddDays(-1); v.Pay = pay })
		add("Welder closing today", func(v *domain.Vacancy) { v.ClosesOn = today; v.Pay = pay })
		add("Welder closing next month", func(v *domain.Vacancy) { v.ClosesOn = today.AddDays(30) })

		got, err := st.Vacancy(r.ctx, all[0].ID)
		if err != nil || got.Pay != pay || got.Category != "Technique" {
			t.Fatalf("pay range and category read back: %+v %v", got.Pay, err)
		}
		for _, required := range []bool{false, true} {
			set := domain.DefaultSettings()
			set.Careers.SourceID, set.Careers.PayRequired = r.source.ID, required
			var want []domain.ID
			for i := len(all) - 1; i >= 0; i-- { // newest first
				if domain.OnCareersSite(all[i], set, today) {
					want = append(want, all[i].ID)
				}
			}
			f := store.CareersFilter{SourceID: r.source.ID, Today: today, PayRequired: required, Limit: 5}
			var listed []domain.ID
			for page := 0; ; page++ {
				f.Offset = page * f.Limit
				list, total, err := st.CareersVacancies(r.ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				if total != len(want) {
					t.Fatalf("required=%v: total %d, want %d", required, total, len(want))
				}
				if len(list) == 0 {
					break
				}
				for _, v := range list {
					listed = append(listed, v.ID)
				}
			}
			if !slices.Equal(listed, want) {
				t.Errorf("required=%v: listed %v\nwant %v", required, listed, want)
			}
		}

		f := store.CareersFilter{SourceID: r.source.ID, Today: today, Limit: 100}
		count := func(edit func(f *store.CareersFilter)) int {
			t.Helper()
			g := f
			edit(&g)
			list, total, err := st.CareersVacancies(r.ctx, g)
			if err != nil {
				t.Fatal(err)
			}
			if len(list) != total {
				t.Fatalf("%+v: %d listed of %d", g, len(list), total)
			}
			return total
		}
		for _, tc := range []struct {
			name string
			edit func(f *store.CareersFilter)
			want int
		}{
			{"everything", func(*store.CareersFilter) {}, 25},
			{"one title, any case", func(f *store.CareersFilter) { f.Query = "WELDER 07" }, 1},
			{"a word of the description", func(f *store.CareersFilter) { f.Query = "welders_1" }, 11},
			{"percent is no wildcard", func(f *store.CareersFilter) { f.Query = "100%" }, 23},
			{"underscore is no wildcard", func(f *store.CareersFilter) { f.Query = "r_0" }, 0},
			{"location word", func(f *store.CareersFilter) { f.Query = "gent" }, 7},
			{"location", func(f *store.CareersFilter) { f.Location = "Amsterdam" }, 8},
			{"category", func(f *store.CareersFilter) { f.Category = "Logistics" }, 11},
			{"part time", func(f *store.CareersFilter) { f.Hours = domain.HoursPartTime }, 10},
			{"full time", func(f *store.CareersFilter) { f.Hours = domain.HoursFullTime }, 11},
			{"all filters", func(f *store.CareersFilter) {
				f.Location, f.Category, f.Hours, f.Query = "Utrecht", "Technique", domain.HoursFullTime, "welder"
			}, 2},
			{"nothing", func(f *store.CareersFilter) { f.Query = "astronaut" }, 0},
			{"no source", func(f *store.CareersFilter) { f.SourceID = 0 }, 0},
			{"the other agency's source", func(f *store.CareersFilter) { f.SourceID = other.source.ID }, 0},
		} {
			if got := count(tc.edit); got != tc.want {
				t.Errorf("%s: %d, want %d", tc.name, got, tc.want)
			}
		}
		ch, err := st.CareersChoices(r.ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(ch.Locations, []string{"Amsterdam", "Gent", "Utrecht"}) || !slices.Equal(ch.Categories, []string{"Logistics", "Technique"}) {
			t.Errorf("choices %+v", ch)
		}
	})
}

// Issue 16 item 7: the suspects of a duplicate search are found by e-mail,
// phone however written, name, and city with the initial of either name,
// on both engines, and only those with evidence are returned: a shared name
// alone, or a city and an initial, is no evidence.
func TestDuplicateSuspects_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "acme")
		other := newAgency(t, st, "other")
		mk := func(ag agency, first, last, email, phone, city string) domain.Candidate {
			c := domain.Candidate{OwnerID: ag.user.ID, StatusID: ag.status.ID, FirstName: first, LastName: last,
				Email: email, Phone: phone, City: city, Language: "nl"}
			if err := st.CreateCandidate(ag.ctx, &c); err != nil {
				t.Fatal(err)
			}
			return c
		}
		byMail := mk(a, "Petra", "Pieters", "ANNA@Example.nl", "", "Delft")
		byPhone := mk(a, "Kees", "Kok", "", "06-1234 5678", "Delft")
		byName := mk(a, "Anna", "de Vries", "", "", "Zwolle")
		byTypo := mk(a, "Ana", "de Vries", "", "", "Amsterdam")
		swapped := mk(a, "de Vries", "Anna", "", "", "amsterdam")
		stranger := mk(a, "Dirk", "Dekker", "dirk@example.nl", "+31 20 555 0000", "Amsterdam")
		elsewhere := mk(other, "Anna", "de Vries", "anna@example.nl", "+31 6 12345678", "Amsterdam")
		probe := mk(a, "Anna", "de Vries", "anna@example.nl", "+31 (0)6 12 34 56 78", "Amsterdam")

		suspects, err := st.DuplicateSuspects(a.ctx, probe)
		if err != nil {
			t.Fatal(err)
		}
		var ids []domain.ID
		for _, s := range suspects {
			ids = append(ids, s.ID)
		}
		for _, want := range []domain.Candidate{byMail, byPhone, byTypo, swapped} {
			if !slices.Contains(ids, want.ID) {
				t.Errorf("%s %s not a suspect (%v)", want.FirstName, want.LastName, ids)
			}
		}
		for _, not := range []domain.Candidate{probe, elsewhere, byName, stranger} {
			if slices.Contains(ids, not.ID) {
				t.Errorf("%s %s (%d) is a suspect", not.FirstName, not.LastName, not.ID)
			}
		}
		want := map[domain.ID][]domain.DuplicateReason{byMail.ID: {domain.DupEmail}, byPhone.ID: {domain.DupPhone},
			byTypo.ID: {domain.DupSimilarNameCty}, swapped.ID: {domain.DupSimilarNameCty}}
		for _, s := range suspects {
			if got := domain.DuplicateReasons(probe, s); !slices.Equal(got, want[s.ID]) {
				t.Errorf("%s %s: evidence %v, want %v", s.FirstName, s.LastName, got, want[s.ID])
			}
		}
	})
}

// Issue 16 item 4: an application is kept with its source and campaign; a
// lock needs a transaction; the careers logo is stored per agency.
func TestApplicationsAndLogo_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		r := newRecruitment(t, db, "acme")
		other := newRecruitment(t, db, "other")
		c := r.candidate(t, st, "Anna", "Apply")
		v := r.careersVacancy(t, st, "Welder", nil)
		app := domain.Application{CandidateID: c.ID, VacancyID: v.ID, Source: domain.SourceCareersSite, UTMSource: "indeed", Language: "fr"}
		open := domain.Application{CandidateID: c.ID, Source: domain.SourceCareersSite, Language: "nl"}
		for _, a := range []*domain.Application{&app, &open} {
			if err := st.CreateApplication(r.ctx, a); err != nil {
				t.Fatal(err)
			}
		}
		list, err := st.Applications(r.ctx, c.ID)
		if err != nil || len(list) != 2 || list[1].VacancyTitle != "Welder" || list[1].UTMSource != "indeed" || list[0].VacancyID != 0 {
			t.Fatalf("applications %+v %v", list, err)
		}
		if list, _ := st.Applications(other.ctx, c.ID); len(list) != 0 {
			t.Fatal("another agency reads the applications")
		}
		if err := st.CreateApplication(other.ctx, &domain.Application{CandidateID: c.ID, Source: domain.SourceCareersSite, Language: "en"}); err == nil {
			t.Fatal("an application on another agency's candidate was stored")
		}
		if err := st.LockKey(r.ctx, "x"); err == nil {
			t.Fatal("a lock outside a transaction")
		}
		if err := st.InTx(r.ctx, func(tx *store.Store) error { return tx.LockKey(r.ctx, "anna@example.nl") }); err != nil {
			t.Fatal(err)
		}

		if _, err := st.CareersLogo(r.ctx); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("no logo yet: %v", err)
		}
		png := []byte("\x89PNG\r\n\x1a\nrest")
		for _, l := range []store.CareersLogo{{ContentType: "image/gif", Content: []byte("GIF89a")}, {ContentType: "image/png", Content: png}} {
			if err := st.SaveCareersLogo(r.ctx, &l); err != nil {
				t.Fatal(err)
			}
		}
		got, err := st.CareersLogo(r.ctx)
		if err != nil || got.ContentType != "image/png" || !bytes.Equal(got.Content, png) {
			t.Fatalf("logo %q %v", got.ContentType, err)
		}
		if _, err := st.CareersLogo(other.ctx); !errors.Is(err, domain.ErrNotFound) {
			t.Fatal("another agency has the logo")
		}
		if err := st.SaveCareersLogo(r.ctx, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := st.CareersLogo(r.ctx); !errors.Is(err, domain.ErrNotFound) {
			t.Fatal("the logo stayed after removal")
		}
	})
}
