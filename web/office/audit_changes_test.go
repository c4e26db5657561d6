package office_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F4: every change a recruiter makes to a person's data — creating and
// editing a candidate, adding and deleting its experience, education and
// skills, creating and editing a contact — leaves an entry with who, what,
// when and from where; a refused change leaves none.
func TestChangesToPersonsAreAudited_F4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		ctx, st := env.Acme.Ctx, env.Store
		c := env.Recruiter(t)
		post := func(path string, form url.Values) string {
			t.Helper()
			res := c.Post(path, form)
			if res.Status != http.StatusSeeOther {
				t.Fatalf("POST %s: %d", path, res.Status)
			}
			return strings.SplitN(res.Location, "?", 2)[0]
		}
		entries := func(kind string, id domain.ID) []domain.AuditEntry {
			t.Helper()
			got, _, err := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: kind, ObjectID: id})
			if err != nil {
				t.Fatal(err)
			}
			var changes []domain.AuditEntry
			for _, e := range got {
				if e.Action != "view" {
					changes = append(changes, e)
				}
			}
			return changes
		}
		form := url.Values{"first_name": {"Aud"}, "last_name": {"Ited"}, "email": {"aud@example.test"}, "language": {"nl"},
			"owner_id": {id(env.Acme.Recruiter.ID)}, "status_id": {id(env.Acme.Status.ID)}}
		path := post("/office/candidates", form)
		list, _, err := st.Candidates(ctx, store.CandidateFilter{})
		if err != nil || len(list) != 1 {
			t.Fatalf("candidates: %v %v", list, err)
		}
		cid := list[0].ID
		form.Set("city", "Utrecht")
		post(path, form)
		form.Set("available_hours", "99") // refused: no entry
		if res := c.Post(path, form); res.Status != http.StatusUnprocessableEntity {
			t.Fatalf("invalid update: %d", res.Status)
		}
		post(path+"/experiences", url.Values{"employer": {"Acme"}, "title": {"Welder"}, "start_date": {"2020-01-01"}})
		post(path+"/educations", url.Values{"institution": {"ROC"}, "degree": {"MBO"}, "edu_start_date": {"2015-09-01"}})
		post(path+"/skills", url.Values{"skill_name": {"Welding"}, "skill_level": {"4"}})
		exps, _ := st.Experiences(ctx, cid)
		edus, _ := st.Educations(ctx, cid)
		skills, _ := st.Skills(ctx, cid)
		if len(exps) != 1 || len(edus) != 1 || len(skills) != 1 {
			t.Fatalf("profile entries: %d %d %d", len(exps), len(edus), len(skills))
		}
		post(path+"/experiences/"+id(exps[0].ID)+"/delete", nil)
		post(path+"/educations/"+id(edus[0].ID)+"/delete", nil)
		post(path+"/skills/"+id(skills[0].ID)+"/delete", nil)

		got := entries("candidate", cid)
		want := []string{ // newest first
			"update skill " + id(skills[0].ID) + " deleted", "update education " + id(edus[0].ID) + " deleted",
			"update experience " + id(exps[0].ID) + " deleted", "update skill " + id(skills[0].ID) + " added",
			"update education " + id(edus[0].ID) + " added", "update experience " + id(exps[0].ID) + " added",
			"update record", "create record",
		}
		if len(got) != len(want) {
			t.Fatalf("candidate entries: %+v", got)
		}
		for i, e := range got {
			if e.Action+" "+e.Detail != want[i] || e.ActorKind != domain.AudienceOffice || e.ActorID != env.Acme.Recruiter.ID ||
				e.ActorName != env.Acme.Recruiter.Name || e.RemoteAddr == "" || e.At.IsZero() {
				t.Errorf("entry %d: %+v, want %q by the recruiter", i, e, want[i])
			}
		}

		rec := env.Acme.Records(t, st)
		cform := url.Values{"first_name": {"Con"}, "last_name": {"Tact"}, "email": {"con@client.test"}, "language": {"en"},
			"company_id": {id(rec.Company.ID)}, "owner_id": {id(env.Acme.Recruiter.ID)}}
		cpath := post("/office/contacts", cform)
		cform.Set("last_name", "Tactful")
		post(cpath, cform)
		var contactID domain.ID
		cts, _, _ := st.Contacts(ctx, store.ContactFilter{})
		for _, ct := range cts {
			if ct.FirstName == "Con" {
				contactID = ct.ID
			}
		}
		got = entries("contact", contactID)
		if len(got) != 2 || got[0].Action != "update" || got[1].Action != "create" || got[0].ActorID != env.Acme.Recruiter.ID {
			t.Fatalf("contact entries: %+v", got)
		}
	})
}
