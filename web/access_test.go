package web_test

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/office"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// accessFixture holds one record of every kind a back-office route can name,
// all in the Acme agency, keyed by the path segment before the parameter.
type accessFixture map[string]domain.ID

func newAccessFixture(t *testing.T, env *webtest.Env) accessFixture {
	t.Helper()
	a := env.Acme
	st := env.Store
	rec := a.Records(t, st)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	exp := domain.Experience{CandidateID: rec.Candidate.ID, Employer: "E", Title: "T"}
	must(st.SaveExperience(a.Ctx, &exp))
	edu := domain.Education{CandidateID: rec.Candidate.ID, Institution: "I", Degree: "D"}
	must(st.SaveEducation(a.Ctx, &edu))
	skill := domain.Skill{CandidateID: rec.Candidate.ID, Name: "Welding"}
	must(st.SaveSkill(a.Ctx, &skill))
	dep := domain.Department{CompanyID: rec.Company.ID, Name: "Finance"}
	must(st.SaveDepartment(a.Ctx, &dep))
	grp := domain.Group{Name: "Portal"}
	must(st.SaveGroup(a.Ctx, &grp))
	rel := domain.ContactRelation{Name: "Hiring manager"}
	must(st.SaveContactRelation(a.Ctx, &rel))
	src := domain.Source{Name: "Portal"}
	must(st.SaveSource(a.Ctx, &src))
	at := domain.AttachmentType{Name: "Contract"}
	must(st.SaveAttachmentType(a.Ctx, &at))
	att := domain.Attachment{SubjectKind: domain.SubjectCandidate, SubjectID: rec.Candidate.ID, TypeID: at.ID,
		FileName: "a.txt", ContentType: "text/plain", Size: 5}
	must(st.CreateAttachment(a.Ctx, &att, []byte("hello")))
	note := domain.Note{SubjectKind: domain.SubjectCandidate, SubjectID: rec.Candidate.ID, AuthorKind: domain.AudienceOffice,
		AuthorID: a.Recruiter.ID, AuthorName: a.Recruiter.Name, Status: domain.NoteNormal, Body: "secret"}
	must(st.CreateNote(a.Ctx, &note))
	return accessFixture{
		"candidates": rec.Candidate.ID, "experiences": exp.ID, "educations": edu.ID, "skills": skill.ID,
		"companies": rec.Company.ID, "departments": dep.ID, "contacts": rec.Contact.ID,
		"vacancies": rec.Vacancy.ID, "matches": rec.Match.ID, "placements": rec.Placement.ID, "rates": rec.Rate.ID,
		"timesheets": rec.Timesheet.ID, "declaration-types": rec.DeclarationType.ID, "procedures": rec.Procedure.ID,
		"phases": rec.Phase.ID, "groups": grp.ID, "relations": rel.ID, "sources": src.ID, "attachment-types": at.ID,
		"attachments": att.ID, "notes": note.ID, "outbox": mailID(t, env),
	}
}

// path fills a route pattern's parameters with the fixture's ids: each
// {param} takes the id of the record named by the segment before it.
func (f accessFixture) path(t *testing.T, pattern string) (method, path string, hasID bool) {
	t.Helper()
	method, p, _ := strings.Cut(pattern, " ")
	p = strings.TrimSuffix(p, "{$}")
	segs := strings.Split(p, "/")
	for i, s := range segs {
		if !strings.HasPrefix(s, "{") {
			continue
		}
		switch s {
		case "{key}":
			segs[i] = "password_reset"
			continue
		case "{lang}":
			segs[i] = "en"
			continue
		}
		id, ok := f[segs[i-1]]
		if !ok {
			t.Fatalf("route %s: no fixture record for %s after %q; add one to the access test", pattern, s, segs[i-1])
		}
		segs[i] = strconv.FormatInt(id, 10)
		hasID = true
	}
	return method, strings.Join(segs, "/"), hasID
}

func request(c *webtest.Client, method, path string) webtest.Response {
	if method == http.MethodPost {
		return c.Post(path, url.Values{"name": {"x"}, "body": {"x"}, "note_body": {"x"}, "first_name": {"x"}})
	}
	return c.Get(path)
}

// B5, F5: every back-office route, tried as each audience. Anonymous visitors
// are sent to sign in; recruiters get 404 on admin routes; a recruiter or
// admin of another agency gets 404 for every record of this one. The routes
// come from the route table, so new routes are covered by construction.
func TestOfficeRouteAccess_B5_F5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		fix := newAccessFixture(t, env)
		anon := env.Client(t)
		recruiter := env.Recruiter(t)
		otherRecruiter := env.OtherRecruiter(t)
		otherAdmin := env.Client(t)
		otherAdmin.Host = "other.test"
		otherAdmin.SignInOffice(env.Other.Admin.Email)

		routes := env.Routes()
		if len(routes) < 80 {
			t.Fatalf("only %d routes in the table", len(routes))
		}
		for _, rt := range routes {
			method, path, hasID := fix.path(t, rt.Pattern)
			if rt.Access == office.Public {
				continue
			}
			if res := request(anon, method, path); res.Status != http.StatusSeeOther || !strings.HasPrefix(res.Location, "/office/signin") {
				t.Errorf("anonymous %s %s: %d %q, want a redirect to sign in", method, path, res.Status, res.Location)
			}
			if rt.Access == office.Admin {
				if res := request(recruiter, method, path); res.Status != http.StatusNotFound {
					t.Errorf("recruiter on admin route %s %s: %d, want 404", method, path, res.Status)
				}
			}
			if hasID {
				for name, c := range map[string]*webtest.Client{"other recruiter": otherRecruiter, "other admin": otherAdmin} {
					if rt.Access == office.Admin && name == "other recruiter" {
						continue
					}
					if res := request(c, method, path); res.Status != http.StatusNotFound {
						t.Errorf("%s %s %s: %d, want 404", name, method, path, res.Status)
					}
				}
			}
		}
		// Nothing of Acme's changed through any of those requests.
		c, err := env.Store.Candidate(env.Acme.Ctx, fix["candidates"])
		if err != nil || c.FirstName != "Rosa" {
			t.Fatalf("candidate after the access run: %+v %v", c, err)
		}
		if notes, _ := env.Store.Notes(env.Acme.Ctx, domain.SubjectCandidate, fix["candidates"], 10); len(notes) != 1 {
			t.Fatalf("notes of the candidate after the access run: %d", len(notes))
		}
	})
}
