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
	preq := domain.PrivacyRequest{CandidateID: rec.Candidate.ID, Right: domain.RightAccess, ReceivedAt: env.DB.Now()}
	must(st.CreatePrivacyRequest(a.Ctx, &preq, store.Actor{Kind: domain.AudienceOffice, ID: a.Recruiter.ID, Name: a.Recruiter.Name}))
	export := domain.PrivacyExport{CandidateID: rec.Candidate.ID, FileName: "export.zip"}
	must(st.CreatePrivacyExport(a.Ctx, &export, []byte("PK")))
	tok := domain.APIToken{Name: "Sync", SecretHash: "fixture"}
	must(st.CreateAPIToken(a.Ctx, &tok))
	hook := domain.Webhook{Event: domain.EventMatchApproved, URL: "https://hooks.example.com/", Secret: "s"}
	must(st.CreateWebhook(a.Ctx, &hook))
	// E8, E10: a talent pool of the fixture's company holding its candidate,
	// and a document of a type the Hiring Portal shows on that company; the
	// signed-in contacts are of other companies and see neither.
	pool := domain.Vacancy{CompanyID: rec.Company.ID, ContactID: rec.Contact.ID, OwnerID: a.Recruiter.ID,
		ProcedureID: rec.Procedure.ID, Title: "Pool", Pool: domain.PoolCompany}
	must(st.CreateVacancy(a.Ctx, &pool))
	member := domain.Match{CandidateID: rec.Candidate.ID, VacancyID: pool.ID, PhaseID: rec.Phase.ID}
	must(st.CreateMatch(a.Ctx, &member, store.Actor{Kind: domain.AudienceOffice, ID: a.Recruiter.ID, Name: a.Recruiter.Name}))
	shown := domain.AttachmentType{Name: "Contract (portal)", VisibleHiring: true}
	must(st.SaveAttachmentType(a.Ctx, &shown))
	doc := domain.Attachment{SubjectKind: domain.SubjectCompany, SubjectID: rec.Company.ID, TypeID: shown.ID,
		FileName: "contract.txt", ContentType: "text/plain", Size: 5}
	must(st.CreateAttachment(a.Ctx, &doc, []byte("hello")))
	// D3: a receipt on the fixture candidate's timesheet; the signed-in
	// candidates are others and never download or remove it.
	receiptType := domain.AttachmentType{Name: "Timesheet receipt", Code: domain.TypeCodeTimesheet}
	must(st.SaveAttachmentType(a.Ctx, &receiptType))
	receipt := domain.Attachment{SubjectKind: domain.SubjectTimesheet, SubjectID: rec.Timesheet.ID, TypeID: receiptType.ID,
		FileName: "receipt.txt", ContentType: "text/plain", Size: 5}
	must(st.CreateAttachment(a.Ctx, &receipt, []byte("hello")))
	// Issue 16: the careers site's routes name a vacancy it publishes; a
	// merge names a second candidate.
	jobs := a.CareersWorld(t, st)
	twin := a.Candidate(t, st, "Rosa", "Recordz")
	// Issue 16: a CV of the fixture candidate, for the proposal pages.
	cvType, err := st.AttachmentTypeByCode(a.Ctx, domain.TypeCodeCV)
	if err != nil {
		cvType = domain.AttachmentType{Name: "CV", Code: domain.TypeCodeCV, VisibleProfessional: true}
		must(st.SaveAttachmentType(a.Ctx, &cvType))
	}
	cv := domain.Attachment{SubjectKind: domain.SubjectCandidate, SubjectID: rec.Candidate.ID, TypeID: cvType.ID,
		FileName: "cv.txt", ContentType: "text/plain"}
	must(st.CreateAttachment(a.Ctx, &cv, []byte("Rosa Records\nE-mail: rosa.records@example.com\n")))
	// Issue 16 item 8: an uploaded import, mapped, not run.
	imp := domain.Import{Kind: domain.ImportCandidates, FileName: "k.csv", Mapping: domain.ImportMapping{"first_name", "last_name"},
		Status: domain.ImportNew, RowsTotal: 1, CreatedBy: a.Admin.ID}
	must(st.CreateImport(a.Ctx, &imp, []byte("Voornaam,Achternaam\nRosa,Records\n")))
	// Issue 15: a saved search of the candidate list, shared in Acme.
	saved := domain.SavedSearch{UserID: a.Recruiter.ID, List: "candidates", Name: "Utrecht", Query: "city=Utrecht", Shared: true}
	must(st.CreateSavedSearch(a.Ctx, &saved))
	fix := accessFixture{
		"imports": imp.ID,
		"jobs":    jobs.Published[0].ID,
		"merge":   twin.ID,
		"cvs":     cv.ID, "cv": cv.ID,
		"api-tokens": tok.ID, "webhooks": hook.ID, "users": env.Acme.Recruiter.ID,
		"privacy": preq.ID, "exports": export.ID, "retention": rec.Candidate.ID,
		"candidates": rec.Candidate.ID, "experiences": exp.ID, "educations": edu.ID, "skills": skill.ID,
		"companies": rec.Company.ID, "departments": dep.ID, "contacts": rec.Contact.ID,
		"vacancies": rec.Vacancy.ID, "matches": rec.Match.ID, "placements": rec.Placement.ID, "rates": rec.Rate.ID,
		"timesheets": rec.Timesheet.ID, "declaration-types": rec.DeclarationType.ID, "procedures": rec.Procedure.ID,
		"phases": rec.Phase.ID, "groups": grp.ID, "relations": rel.ID, "sources": src.ID, "attachment-types": at.ID,
		"attachments": att.ID, "notes": note.ID, "outbox": mailID(t, env),
		"saved-searches": saved.ID,   // issue 15
		"pools":          pool.ID,    // E8
		"documents":      doc.ID,     // E10
		"receipts":       receipt.ID, // D3
		// Issue 15: the names per language of each kind of configured record.
		"phase": rec.Phase.ID, "procedure": rec.Procedure.ID, "candidate_status": env.Acme.Status.ID,
		"declaration_type": rec.DeclarationType.ID, "attachment_type": at.ID, "source": src.ID, "group": grp.ID,
		"relation": rel.ID,
		// D2, D3: the portal's week of a placement is named by its parameter.
		"{placementID}": rec.Placement.ID,
	}
	invoiceAccessFixture(t, env, rec, fix) // issue 17: "invoices", "invoice-runs"
	return fix
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
		case "{list}": // issue 16 item 9: the export of a list
			segs[i] = "candidates"
			continue
		case "{year}": // D2: a week of the fixture's placement
			segs[i] = "2026"
			continue
		case "{week}":
			segs[i] = "3"
			continue
		}
		id, ok := f[s] // a parameter named for its record, e.g. {placementID}
		if !ok {
			id, ok = f[segs[i-1]]
		}
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

// B5, F5: every route of the three surfaces, tried as each audience. Anonymous
// visitors and people of another audience are sent to the surface's own
// sign-in; recruiters get 404 on admin routes; a person of another agency,
// or one who may not see the record, gets 404 for every record id. The routes
// come from the route tables, so new routes are covered by construction.
func TestRouteAccess_B5_F5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		fix := newAccessFixture(t, env)
		clients := accessClients(t, env)

		routes := env.AllRoutes()
		if len(routes) < 100 {
			t.Fatalf("only %d routes in the tables", len(routes))
		}
		for _, rt := range routes {
			if rt.Public {
				continue
			}
			method, path, hasID := fix.path(t, rt.Pattern)
			signin := rt.Surface + "/signin"
			for name, c := range clients {
				if name == clients.own(rt.Surface) {
					continue
				}
				if strings.HasPrefix(name, "other ") {
					continue
				}
				res := request(c, method, path)
				if res.Status != http.StatusSeeOther || !strings.HasPrefix(res.Location, signin) {
					t.Errorf("%s on %s %s: %d %q, want a redirect to %s", name, method, path, res.Status, res.Location, signin)
				}
			}
			if rt.Admin {
				if res := request(clients["recruiter"], method, path); res.Status != http.StatusNotFound {
					t.Errorf("recruiter on admin route %s %s: %d, want 404", method, path, res.Status)
				}
			}
			if !hasID {
				continue
			}
			// Record ids belong to Acme's fixture records: the other agency's
			// people never see them, and neither does Acme's own candidate or
			// contact, who are not the fixture's.
			var who []string
			switch rt.Surface {
			case "/office":
				who = []string{"other admin"}
				if !rt.Admin {
					who = append(who, "other recruiter")
				}
			case "/portal":
				who = []string{"candidate", "other candidate"}
			case "/hiring":
				who = []string{"contact", "other contact"}
			}
			for _, name := range who {
				if res := request(clients[name], method, path); res.Status != http.StatusNotFound {
					t.Errorf("%s %s %s: %d, want 404", name, method, path, res.Status)
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

// clientSet is a signed-in client per audience and agency.
type clientSet map[string]*webtest.Client

// own names the audience a surface belongs to.
func (clientSet) own(surface string) string {
	switch surface {
	case "/portal":
		return "candidate"
	case "/hiring":
		return "contact"
	}
	return "recruiter"
}

func accessClients(t *testing.T, env *webtest.Env) clientSet {
	t.Helper()
	cs := clientSet{"anonymous": env.Client(t), "recruiter": env.Recruiter(t), "admin": env.AdminClient(t),
		"other recruiter": env.OtherRecruiter(t)}
	otherAdmin := env.Client(t)
	otherAdmin.Host = "other.test"
	otherAdmin.SignInOffice(env.Other.Admin.Email)
	cs["other admin"] = otherAdmin
	for _, ag := range []struct {
		prefix string
		a      webtest.Agency
		host   string
	}{{"", env.Acme, ""}, {"other ", env.Other, "other.test"}} {
		cand := ag.a.Candidate(t, env.Store, "Cathy", "Own"+strings.TrimSpace(ag.prefix))
		ag.a.GiveCredentials(t, env.Store, domain.AudiencePortal, cand.ID)
		group := ag.a.PortalGroup(t, env.Store)
		contact := ag.a.Contact(t, env.Store, "Connie", "Own"+strings.TrimSpace(ag.prefix), group.ID)
		ag.a.GiveCredentials(t, env.Store, domain.AudienceHiring, contact.ID)
		pc := env.Client(t)
		pc.Host = ag.host
		pc.MustSignIn("/portal", cand.Email)
		hc := env.Client(t)
		hc.Host = ag.host
		hc.MustSignIn("/hiring", contact.Email)
		cs[ag.prefix+"candidate"] = pc
		cs[ag.prefix+"contact"] = hc
	}
	return cs
}
