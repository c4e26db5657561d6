package portal_test

import (
	"fmt"
	"net/http"
	"net/url"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// C1: the profile shows exactly the visible fields, and only editable ones
// change; a posted non-editable or invisible field is refused and nothing
// changes. A change shows in the back office at once and is audited.
func TestProfileVisibleEditable_C1(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		f.settings(t, func(s *domain.Settings) {
			for i := range s.ProfileFields {
				switch s.ProfileFields[i].Field {
				case "date_of_birth":
					s.ProfileFields[i] = domain.ProfileField{Field: "date_of_birth"}
				case "email":
					s.ProfileFields[i] = domain.ProfileField{Field: "email", Visible: true}
				}
			}
		})
		res := f.client.Get("/portal/profile")
		want(t, res, http.StatusOK, `id="f-first_name"`, `id="f-city"`, `id="v-email"`, f.me.Email, `<label for="f-headline">`)
		lacks(t, res, `f-date_of_birth`, `id="f-email"`, `l-date_of_birth`)

		// Editable fields change.
		seeOther(t, f.client.Post("/portal/profile", url.Values{"first_name": {"Demetria"}, "city": {"Zwolle"}, "email": {f.me.Email}}))
		c := f.candidate(t)
		if c.FirstName != "Demetria" || c.City != "Zwolle" {
			t.Fatalf("profile not saved: %+v", c)
		}
		entries, _, err := f.st.AuditEntries(f.a.Ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: f.me.ID, Action: "portal_profile"})
		if err != nil || len(entries) != 1 || entries[0].Detail != "first_name,city" || entries[0].ActorKind != domain.AudiencePortal {
			t.Fatalf("audit: %+v %v", entries, err)
		}
		want(t, f.env.Recruiter(t).Get(fmt.Sprintf("/office/candidates/%d", f.me.ID)), http.StatusOK, "Demetria", "Zwolle")

		// A crafted post of a visible but not editable field, or of an
		// invisible one, is refused and changes nothing, not even the
		// editable field beside it.
		for _, posted := range []url.Values{
			{"first_name": {"Mallory"}, "email": {"mallory@evil.test"}},
			{"first_name": {"Mallory"}, "date_of_birth": {"1990-01-01"}},
		} {
			res := f.client.Post("/portal/profile", posted)
			want(t, res, http.StatusUnprocessableEntity, "This field cannot be changed here")
			if c := f.candidate(t); c.FirstName != "Demetria" || c.Email != f.me.Email || !c.DateOfBirth.IsZero() {
				t.Fatalf("refused post changed the candidate: %+v", c)
			}
		}
		// Bad input gets a message next to its field.
		want(t, f.client.Post("/portal/profile", url.Values{"first_name": {""}}), http.StatusUnprocessableEntity, `id="e-first_name"`)
	})
}

// C1: work experience, education and skills are added, edited and removed
// by the candidate, show in the back office, and another candidate's entry
// is not found by its id.
func TestProfileEntries_C1(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		office := f.env.Recruiter(t)
		officePage := fmt.Sprintf("/office/candidates/%d", f.me.ID)

		seeOther(t, f.client.Post("/portal/experiences", url.Values{"employer": {"Acme Steel"}, "title": {"Welder"},
			"start_date": {"2020-01-01"}, "end_date": {"2022-12-31"}}))
		seeOther(t, f.client.Post("/portal/educations", url.Values{"institution": {"ROC Utrecht"}, "degree": {"MBO Metal"}}))
		seeOther(t, f.client.Post("/portal/skills", url.Values{"name": {"TIG welding"}, "level": {"4"}}))
		want(t, office.Get(officePage), http.StatusOK, "Welder", "Acme Steel", "MBO Metal", "TIG welding")

		exps, _ := f.st.Experiences(f.a.Ctx, f.me.ID)
		edus, _ := f.st.Educations(f.a.Ctx, f.me.ID)
		skills, _ := f.st.Skills(f.a.Ctx, f.me.ID)
		if len(exps) != 1 || len(edus) != 1 || len(skills) != 1 {
			t.Fatalf("entries: %d %d %d", len(exps), len(edus), len(skills))
		}
		want(t, f.client.Get(fmt.Sprintf("/portal/experiences/%d", exps[0].ID)), http.StatusOK, `value="Welder"`)
		seeOther(t, f.client.Post(fmt.Sprintf("/portal/experiences/%d", exps[0].ID), url.Values{"employer": {"Acme Steel"},
			"title": {"Senior welder"}, "start_date": {"2020-01-01"}}))
		seeOther(t, f.client.Post(fmt.Sprintf("/portal/skills/%d", skills[0].ID), url.Values{"name": {"MIG welding"}, "level": {"5"}}))
		want(t, office.Get(officePage), http.StatusOK, "Senior welder", "MIG welding")

		// Invalid: end before start, shown next to the field.
		want(t, f.client.Post("/portal/experiences", url.Values{"employer": {"X"}, "title": {"Y"},
			"start_date": {"2020-01-01"}, "end_date": {"2019-01-01"}}), http.StatusUnprocessableEntity, `id="e-end_date"`)

		// Another candidate's entries: 404 on every route, nothing changed.
		oe := domain.Experience{CandidateID: f.other.ID, Employer: "Secret BV", Title: "Spy"}
		od := domain.Education{CandidateID: f.other.ID, Institution: "Secret U", Degree: "PhD"}
		os := domain.Skill{CandidateID: f.other.ID, Name: "Lockpicking"}
		if err := f.st.SaveExperience(f.a.Ctx, &oe); err != nil {
			t.Fatal(err)
		}
		if err := f.st.SaveEducation(f.a.Ctx, &od); err != nil {
			t.Fatal(err)
		}
		if err := f.st.SaveSkill(f.a.Ctx, &os); err != nil {
			t.Fatal(err)
		}
		for kind, id := range map[string]domain.ID{"experiences": oe.ID, "educations": od.ID, "skills": os.ID} {
			p := fmt.Sprintf("/portal/%s/%d", kind, id)
			want(t, f.client.Get(p), http.StatusNotFound)
			want(t, f.client.Post(p, url.Values{"employer": {"E"}, "title": {"T"}, "institution": {"I"}, "degree": {"D"}, "name": {"N"}}), http.StatusNotFound)
			want(t, f.client.Post(p, url.Values{}), http.StatusNotFound)
			want(t, f.client.Post(p+"/delete", nil), http.StatusNotFound)
		}
		if e, _ := f.st.Experiences(f.a.Ctx, f.other.ID); len(e) != 1 || e[0].Title != "Spy" {
			t.Fatalf("other's experience changed: %+v", e)
		}

		// Remove.
		seeOther(t, f.client.Post(fmt.Sprintf("/portal/experiences/%d/delete", exps[0].ID), nil))
		seeOther(t, f.client.Post(fmt.Sprintf("/portal/educations/%d/delete", edus[0].ID), nil))
		seeOther(t, f.client.Post(fmt.Sprintf("/portal/skills/%d/delete", skills[0].ID), nil))
		lacks(t, office.Get(officePage), "Senior welder", "MBO Metal", "MIG welding")
		entries, _, _ := f.st.AuditEntries(f.a.Ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: f.me.ID, Limit: 50})
		if len(entries) < 7 {
			t.Fatalf("audit entries of the changes: %d", len(entries))
		}
	})
}

// C2: availability from when, hours per week and a note; shows in the back
// office; impossible hours are refused.
func TestAvailability_C2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		want(t, f.client.Get("/portal/availability"), http.StatusOK, `<label for="f-available_from">`, `<label for="f-available_hours">`, `<label for="f-availability_note">`)
		seeOther(t, f.client.Post("/portal/availability", url.Values{"available_from": {"2026-12-01"}, "available_hours": {"32"}, "availability_note": {"Not on Fridays"}}))
		c := f.candidate(t)
		if c.AvailableFrom.String() != "2026-12-01" || c.AvailableHours != 32 || c.AvailabilityNote != "Not on Fridays" {
			t.Fatalf("availability: %+v", c)
		}
		want(t, f.env.Recruiter(t).Get(fmt.Sprintf("/office/candidates/%d", f.me.ID)), http.StatusOK, "1 Dec 2026", "32", "Not on Fridays")
		want(t, f.client.Post("/portal/availability", url.Values{"available_hours": {"200"}}), http.StatusUnprocessableEntity, `id="e-available_hours"`)
		want(t, f.client.Post("/portal/availability", url.Values{"available_from": {"soon"}}), http.StatusUnprocessableEntity, `id="e-available_from"`)
		if c := f.candidate(t); c.AvailableHours != 32 {
			t.Fatalf("refused availability changed hours: %d", c.AvailableHours)
		}
	})
}

// C1, B4 (issue 11, finding 7): the e-mail address is the sign-in name and
// where reset links go, so changing it in the portal needs the current
// password; without it nothing changes and the refusal is audited.
func TestProfileEmailNeedsPassword_C1_B4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		f.settings(t, func(s *domain.Settings) {
			for i := range s.ProfileFields {
				if s.ProfileFields[i].Field == "email" {
					s.ProfileFields[i] = domain.ProfileField{Field: "email", Visible: true, Editable: true}
				}
			}
		})
		want(t, f.client.Get("/portal/profile"), http.StatusOK, `id="f-email"`, `id="f-current"`)
		for _, current := range []string{"", "not my password"} {
			res := f.client.Post("/portal/profile", url.Values{"first_name": {"Thief"}, "email": {"thief@evil.test"}, "current": {current}})
			want(t, res, http.StatusUnprocessableEntity, `id="e-current"`, "The current password is not correct")
			if c := f.candidate(t); c.Email != f.me.Email || c.FirstName != f.me.FirstName {
				t.Fatalf("changed without the password: %+v", c)
			}
		}
		failed, _, _ := f.st.AuditEntries(f.a.Ctx, store.AuditFilter{Action: "email_change_failed"})
		if len(failed) != 2 {
			t.Fatalf("%d refused e-mail changes audited, want 2", len(failed))
		}
		// Other fields change without it; the address changes with it.
		seeOther(t, f.client.Post("/portal/profile", url.Values{"city": {"Zwolle"}, "email": {f.me.Email}}))
		seeOther(t, f.client.Post("/portal/profile", url.Values{"email": {"demi.new@example.test"}, "current": {webtest.Password}}))
		if c := f.candidate(t); c.Email != "demi.new@example.test" || c.City != "Zwolle" {
			t.Fatalf("not saved: %+v", c)
		}
	})
}
