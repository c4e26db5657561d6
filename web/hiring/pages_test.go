package hiring_test

import (
	"bytes"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

func id(n domain.ID) string { return strconv.FormatInt(n, 10) }

// hiringEnv is the whole app with a Hiring Portal world in both agencies.
type hiringEnv struct {
	*webtest.Env
	W     webtest.HiringWorld // Acme's
	Other webtest.HiringWorld // the other agency's
}

func newHiringEnv(t *testing.T, db *store.DB, lang string) *hiringEnv {
	t.Helper()
	env := webtest.New(t, db)
	return &hiringEnv{Env: env, W: env.Acme.HiringWorld(t, env.Store, lang), Other: env.Other.HiringWorld(t, env.Store, "en")}
}

// contact signs a contact of Acme in.
func (e *hiringEnv) contact(t *testing.T, c domain.Contact) *webtest.Client {
	t.Helper()
	cl := e.Client(t)
	cl.MustSignIn("/hiring", c.Email)
	return cl
}

// otherContact signs in the other agency's contact of company X.
func (e *hiringEnv) otherContact(t *testing.T) *webtest.Client {
	t.Helper()
	cl := e.Client(t)
	cl.Host = "other.test"
	cl.MustSignIn("/hiring", e.Other.X1.Email)
	return cl
}

func wantStatus(t *testing.T, what string, res webtest.Response, status int) {
	t.Helper()
	if res.Status != status {
		t.Fatalf("%s: status %d, want %d\n%s", what, res.Status, status, res.Body)
	}
}

func wantIn(t *testing.T, what string, body string, in []string, out []string) {
	t.Helper()
	for _, s := range in {
		if !strings.Contains(body, s) {
			t.Errorf("%s: %q missing", what, s)
		}
	}
	for _, s := range out {
		if strings.Contains(body, s) {
			t.Errorf("%s: %q shown", what, s)
		}
	}
}

// E2, E1: the dashboard lists what waits for the contact, of its own company
// only, in its language; a block the agency switched off is gone.
func TestHiringDashboardPage_E2_E1(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := newHiringEnv(t, db, "nl")
		x1 := e.contact(t, e.W.X1)
		res := x1.Get("/hiring/")
		wantStatus(t, "dashboard", res, http.StatusOK)
		wantIn(t, "dashboard", res.Body,
			[]string{`lang="nl"`, "Actieve vacatures", "Welder", "Painter", "Anna Visser", "Ben Bakker", "(2)", `href="/hiring/timesheets"`,
				`href="/hiring/vacancies/new"`},
			[]string{"Sales rep", "Cora Smit", "Initech pool", "Active vacancies"})

		set, err := e.Store.Settings(e.Acme.Ctx)
		if err != nil {
			t.Fatal(err)
		}
		set.DashboardCandidates, set.DashboardTimesheets = false, false
		if err := e.Store.SaveSettings(e.Acme.Ctx, set); err != nil {
			t.Fatal(err)
		}
		res = x1.Get("/hiring/")
		wantIn(t, "dashboard without blocks", res.Body, []string{"Welder"}, []string{"Anna Visser", "dash-timesheets", "dash-candidates"})

		// X2 may not create vacancies: no link.
		res = e.contact(t, e.W.X2).Get("/hiring/")
		wantIn(t, "x2 dashboard", res.Body, []string{"Welder"}, []string{`href="/hiring/vacancies/new"`})
	})
}

// E3: the vacancies of the contact's company with the portal source; only its
// own can be edited; someone else's answers 404 on POST, another company's
// and another agency's on GET too.
func TestHiringVacancyPages_E3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := newHiringEnv(t, db, "en")
		x1 := e.contact(t, e.W.X1)
		res := x1.Get("/hiring/vacancies")
		wantStatus(t, "list", res, http.StatusOK)
		wantIn(t, "list", res.Body, []string{"Welder", "Painter"}, []string{"Sales rep", "Initech pool"})

		res = x1.Get("/hiring/vacancies/" + id(e.W.VX1.ID))
		wantStatus(t, "own", res, http.StatusOK)
		wantIn(t, "own", res.Body, []string{`action="/hiring/vacancies/` + id(e.W.VX1.ID) + `"`, `name="department_id"`, "Anna Visser"}, nil)
		res = x1.Get("/hiring/vacancies/" + id(e.W.VX2.ID))
		wantStatus(t, "colleague's", res, http.StatusOK)
		wantIn(t, "colleague's", res.Body, []string{"Painter"}, []string{`method="post" action="/hiring/vacancies/`})

		form := url.Values{"title": {"Senior welder"}, "department_id": {id(e.W.DeptX.ID)}, "location": {"Leiden"},
			"hours_per_week": {"32"}, "status": {"open"}, "description": {"Day shifts"}}
		wantStatus(t, "edit colleague's", x1.Post("/hiring/vacancies/"+id(e.W.VX2.ID), form), http.StatusNotFound)
		wantStatus(t, "view Y's", x1.Get("/hiring/vacancies/"+id(e.W.VY1.ID)), http.StatusNotFound)
		wantStatus(t, "edit Y's", x1.Post("/hiring/vacancies/"+id(e.W.VY1.ID), form), http.StatusNotFound)
		wantStatus(t, "view pool", x1.Get("/hiring/vacancies/"+id(e.W.PoolX.ID)), http.StatusNotFound)
		other := e.otherContact(t)
		wantStatus(t, "other agency views", other.Get("/hiring/vacancies/"+id(e.W.VX1.ID)), http.StatusNotFound)
		wantStatus(t, "other agency edits", other.Post("/hiring/vacancies/"+id(e.W.VX1.ID), form), http.StatusNotFound)

		bad := url.Values{"title": {""}, "department_id": {id(e.W.DeptX.ID)}, "location": {"Kept"}}
		res = x1.Post("/hiring/vacancies/"+id(e.W.VX1.ID), bad)
		wantStatus(t, "invalid edit", res, http.StatusUnprocessableEntity)
		wantIn(t, "invalid edit", res.Body, []string{`aria-invalid="true"`, "e-title", `value="Kept"`}, nil)
		bad = url.Values{"title": {"T"}, "department_id": {id(e.W.DeptX.ID)}, "hours_per_week": {"many"}}
		res = x1.Post("/hiring/vacancies/"+id(e.W.VX1.ID), bad)
		wantStatus(t, "hours not a number", res, http.StatusUnprocessableEntity)
		wantIn(t, "hours not a number", res.Body, []string{"e-hours_per_week", `value="many"`}, nil)

		res = x1.Post("/hiring/vacancies/"+id(e.W.VX1.ID), form)
		wantStatus(t, "edit own", res, http.StatusSeeOther)
		v, err := e.Store.Vacancy(e.Acme.Ctx, e.W.VX1.ID)
		if err != nil || v.Title != "Senior welder" || v.HoursPerWeek != 32 || v.Location != "Leiden" {
			t.Fatalf("saved %+v %v", v, err)
		}
		if p, _ := e.Store.Vacancy(e.Acme.Ctx, e.W.VX2.ID); p.Title != "Painter" {
			t.Fatalf("colleague's vacancy changed: %+v", p)
		}
	})
}

// E4: only a contact with the configured relation creates vacancies, with a
// required Department of its own company; the vacancy lands in the back
// office with the portal as origin.
func TestHiringNewVacancyPage_E4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := newHiringEnv(t, db, "en")
		x2 := e.contact(t, e.W.X2)
		wantIn(t, "x2 list", x2.Get("/hiring/vacancies").Body, nil, []string{"/hiring/vacancies/new"})
		wantStatus(t, "x2 form", x2.Get("/hiring/vacancies/new"), http.StatusNotFound)
		wantStatus(t, "x2 create", x2.Post("/hiring/vacancies/new", url.Values{"title": {"X"}, "department_id": {id(e.W.DeptX.ID)}}), http.StatusNotFound)

		x1 := e.contact(t, e.W.X1)
		res := x1.Get("/hiring/vacancies/new")
		wantStatus(t, "form", res, http.StatusOK)
		wantIn(t, "form", res.Body, []string{"Engineering", `for="f-department_id"`}, []string{"Sales"})
		res = x1.Post("/hiring/vacancies/new", url.Values{"title": {"Forklift driver"}})
		wantStatus(t, "no department", res, http.StatusUnprocessableEntity)
		wantIn(t, "no department", res.Body, []string{"e-department_id", "Forklift driver"}, nil)

		res = x1.Post("/hiring/vacancies/new", url.Values{"title": {"Forklift driver"}, "department_id": {id(e.W.DeptX.ID)},
			"hours_per_week": {"40"}})
		wantStatus(t, "create", res, http.StatusSeeOther)
		newID, err := strconv.ParseInt(strings.TrimPrefix(strings.Split(res.Location, "?")[0], "/hiring/vacancies/"), 10, 64)
		if err != nil {
			t.Fatalf("redirect to %s", res.Location)
		}
		v, err := e.Store.Vacancy(e.Acme.Ctx, newID)
		if err != nil || v.Origin != domain.OriginHiring || v.ContactID != e.W.X1.ID || v.CompanyID != e.W.X.ID || v.DepartmentID != e.W.DeptX.ID {
			t.Fatalf("created %+v %v", v, err)
		}
		wantIn(t, "office", e.Recruiter(t).Get("/office/vacancies/"+id(newID)).Body, []string{"Forklift driver"}, nil)
	})
}

// E5, E6, E7: proposed candidates of the contact's own vacancies; approve and
// reject with a comment move the match, put the comment on its evaluation
// and mail the recruiter; an approved candidate stays visible in its later
// phase; other companies' and agencies' matches answer 404.
func TestHiringCandidatePages_E5_E6_E7(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := newHiringEnv(t, db, "en")
		x1 := e.contact(t, e.W.X1)
		res := x1.Get("/hiring/candidates")
		wantStatus(t, "list", res, http.StatusOK)
		wantIn(t, "list", res.Body, []string{"Anna Visser", "Ben Bakker", "Proposed"}, []string{"Cora Smit"})

		res = x1.Get("/hiring/candidates/" + id(e.W.MAnna.ID))
		wantStatus(t, "Anna", res, http.StatusOK)
		wantIn(t, "Anna", res.Body, []string{`id="approve"`, `for="f-comment"`, "anna-cv.pdf", "Anna the professional"},
			[]string{"6 1111 2222", "anna.visser@example.test"})
		wantStatus(t, "Y's match", x1.Get("/hiring/candidates/"+id(e.W.MCora.ID)), http.StatusNotFound)
		wantStatus(t, "decide Y's match", x1.Post("/hiring/candidates/"+id(e.W.MCora.ID)+"/decision",
			url.Values{"decision": {"approve"}}), http.StatusNotFound)
		other := e.otherContact(t)
		wantStatus(t, "other agency", other.Get("/hiring/candidates/"+id(e.W.MAnna.ID)), http.StatusNotFound)
		wantStatus(t, "other agency decides", other.Post("/hiring/candidates/"+id(e.W.MAnna.ID)+"/decision",
			url.Values{"decision": {"approve"}}), http.StatusNotFound)

		res = x1.Post("/hiring/candidates/"+id(e.W.MBen.ID)+"/decision", url.Values{"decision": {"reject"}})
		wantStatus(t, "reject without comment", res, http.StatusUnprocessableEntity)
		wantIn(t, "reject without comment", res.Body, []string{"e-comment"}, nil)

		res = x1.Post("/hiring/candidates/"+id(e.W.MAnna.ID)+"/decision", url.Values{"decision": {"approve"}, "comment": {"Strong welder, invite her"}})
		wantStatus(t, "approve", res, http.StatusSeeOther)
		res = x1.Post("/hiring/candidates/"+id(e.W.MBen.ID)+"/decision", url.Values{"decision": {"reject"}, "comment": {"Too little experience"}})
		wantStatus(t, "reject", res, http.StatusSeeOther)
		// Issue 15: the rejection lands on a page that opens and says so.
		after := x1.Get(res.Location)
		wantStatus(t, "after reject "+res.Location, after, http.StatusOK)
		wantIn(t, "after reject", after.Body, []string{e.App().Bundle.For("en").T("hiring.flash.rejected")}, nil)
		wantStatus(t, "approve twice", x1.Post("/hiring/candidates/"+id(e.W.MAnna.ID)+"/decision",
			url.Values{"decision": {"approve"}}), http.StatusConflict)

		m, err := e.Store.Match(e.Acme.Ctx, e.W.MAnna.ID)
		if err != nil || m.PhaseID != e.W.Approved.ID || m.ApprovedAt == nil {
			t.Fatalf("Anna's match %+v %v", m, err)
		}
		if m, _ := e.Store.Match(e.Acme.Ctx, e.W.MBen.ID); m.PhaseID != e.W.Rejected.ID {
			t.Fatalf("Ben's match in phase %d", m.PhaseID)
		}
		// E7: Anna stays, now in Interview; Ben is gone.
		res = x1.Get("/hiring/candidates")
		wantIn(t, "list after", res.Body, []string{"Anna Visser", "Interview"}, []string{"Ben Bakker"})
		res = x1.Get("/hiring/candidates/" + id(e.W.MAnna.ID))
		wantStatus(t, "Anna after", res, http.StatusOK)
		wantIn(t, "Anna after", res.Body, []string{"Interview", "Strong welder, invite her"}, []string{`id="approve"`})
		wantStatus(t, "Ben after", x1.Get("/hiring/candidates/"+id(e.W.MBen.ID)), http.StatusNotFound)

		// E6: the back office shows the evaluation; the recruiter has mail.
		res = e.Recruiter(t).Get("/office/matches/" + id(e.W.MAnna.ID))
		wantIn(t, "office match", res.Body, []string{"Strong welder, invite her", "Interview", "Xander Een"}, nil)
		mails, _, err := e.Store.Mails(e.Acme.Ctx, 50, 0)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, ml := range mails {
			if ml.To == e.Acme.Recruiter.Email && strings.Contains(ml.Body, "Anna Visser") {
				n++
			}
		}
		if n == 0 {
			t.Errorf("no mail to the recruiter about Anna")
		}
	})
}

// E5: the private fields a contact sees are those the admin ticks on
// /office/settings/hiring.
func TestHiringSharedFieldsSetting_E5(t *testing.T) {
	e := newHiringEnv(t, storetest.SQLite(t), "en")
	x1 := e.contact(t, e.W.X1)
	path := "/hiring/candidates/" + id(e.W.MAnna.ID)
	wantIn(t, "before", x1.Get(path).Body, nil, []string{"6 1111 2222"})
	admin := e.AdminClient(t)
	page := admin.Get("/office/settings/hiring")
	wantIn(t, "settings page", page.Body, []string{`name="share_phone"`, `name="share_date_of_birth"`}, nil)
	set, _ := e.Store.Settings(e.Acme.Ctx)
	form := url.Values{"portal_group_id": {id(set.PortalGroupID)}, "portal_source_id": {id(set.PortalSourceID)},
		"vacancy_relation_id": {id(set.VacancyRelationID)}, "approve_phase_id": {id(set.ApprovePhaseID)},
		"reject_phase_id": {id(set.RejectPhaseID)}, "pool_match_phase_id": {id(set.PoolMatchPhaseID)},
		"dashboard_vacancies": {"on"}, "share_phone": {"on"}}
	wantStatus(t, "save", admin.Post("/office/settings/hiring", form), http.StatusSeeOther)
	if set, _ := e.Store.Settings(e.Acme.Ctx); !set.HiringShares("phone") || set.HiringShares("email") {
		t.Fatalf("shared %v", set.HiringSharedFields)
	}
	after := x1.Get(path)
	wantIn(t, "after", after.Body, []string{"6 1111 2222"}, []string{"anna.visser@example.test"})
	wantIn(t, "settings page after", admin.Get("/office/settings/hiring").Body, []string{`name="share_phone" type="checkbox" checked`}, nil)
}

// E8, E9: the general pool and the contact's own company's pool; 'Match
// with my vacancies' offers its own open vacancies, matches once and refuses
// a second time politely; other pools and other agencies answer 404.
func TestHiringPoolPages_E8_E9(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := newHiringEnv(t, db, "en")
		x1 := e.contact(t, e.W.X1)
		res := x1.Get("/hiring/pools")
		wantStatus(t, "pools", res, http.StatusOK)
		wantIn(t, "pools", res.Body, []string{"General pool", "Initech pool", "Dave Mulder", "Eve Jong"}, []string{"Globex pool", "Fay Dijk"})
		wantStatus(t, "general", x1.Get("/hiring/pools/"+id(e.W.General.ID)), http.StatusOK)
		wantStatus(t, "Y's pool", x1.Get("/hiring/pools/"+id(e.W.PoolY.ID)), http.StatusNotFound)
		wantStatus(t, "a vacancy as pool", x1.Get("/hiring/pools/"+id(e.W.VX1.ID)), http.StatusNotFound)
		wantStatus(t, "Y's pool member", x1.Get("/hiring/pools/"+id(e.W.PoolY.ID)+"/candidates/"+id(e.W.Fay.ID)), http.StatusNotFound)
		wantStatus(t, "not a member", x1.Get("/hiring/pools/"+id(e.W.General.ID)+"/candidates/"+id(e.W.Fay.ID)), http.StatusNotFound)
		other := e.otherContact(t)
		wantStatus(t, "other agency", other.Get("/hiring/pools/"+id(e.W.General.ID)), http.StatusNotFound)

		base := "/hiring/pools/" + id(e.W.General.ID) + "/candidates/" + id(e.W.Dave.ID)
		res = x1.Get(base)
		wantStatus(t, "Dave", res, http.StatusOK)
		wantIn(t, "Dave", res.Body, []string{`for="f-vacancy_id"`, ">Welder<"}, []string{">Painter<", ">Sales rep<"})
		wantStatus(t, "match to colleague's", x1.Post(base+"/match", url.Values{"vacancy_id": {id(e.W.VX2.ID)}}), http.StatusNotFound)
		wantStatus(t, "match to Y's", x1.Post(base+"/match", url.Values{"vacancy_id": {id(e.W.VY1.ID)}}), http.StatusNotFound)
		wantStatus(t, "other agency matches", other.Post(base+"/match", url.Values{"vacancy_id": {id(e.W.VX1.ID)}}), http.StatusNotFound)
		wantStatus(t, "no vacancy", x1.Post(base+"/match", url.Values{}), http.StatusUnprocessableEntity)

		res = x1.Post(base+"/match", url.Values{"vacancy_id": {id(e.W.VX1.ID)}})
		wantStatus(t, "match", res, http.StatusSeeOther)
		res = x1.Post(base+"/match", url.Values{"vacancy_id": {id(e.W.VX1.ID)}})
		wantStatus(t, "match twice", res, http.StatusConflict)
		wantIn(t, "match twice", res.Body, []string{`id="notice"`, "already matched", "Dave Mulder"}, nil)
		// Dave stays in the pool and is proposed on Welder.
		wantIn(t, "pool after", x1.Get("/hiring/pools/"+id(e.W.General.ID)).Body, []string{"Dave Mulder"}, nil)
		wantIn(t, "candidates after", x1.Get("/hiring/candidates").Body, []string{"Dave Mulder"}, nil)
	})
}

func multipartFile(t *testing.T, fields map[string]string, name string, content []byte) (string, *bytes.Buffer) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		_ = mw.WriteField(k, v)
	}
	fw, err := mw.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = fw.Write(content)
	_ = mw.Close()
	return mw.FormDataContentType(), &buf
}

// E10: documents of the visible types on the contact's own records; download
// as an attachment under a safe name; upload through the shared checks; other
// companies' and agencies' documents answer 404.
func TestHiringDocumentPages_E10(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := newHiringEnv(t, db, "en")
		x1 := e.contact(t, e.W.X1)
		res := x1.Get("/hiring/documents")
		wantStatus(t, "list", res, http.StatusOK)
		wantIn(t, "list", res.Body, []string{"initech terms.pdf", "anna-cv.pdf", `for="f-file"`, `for="f-type_id"`, `for="f-target"`},
			[]string{"globex terms.pdf"})
		res = x1.Get("/hiring/documents/" + id(e.W.DocX.ID))
		wantStatus(t, "download", res, http.StatusOK)
		if cd := res.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment;") || !strings.Contains(cd, "initech terms.pdf") {
			t.Errorf("Content-Disposition %q", cd)
		}
		if res.Header.Get("X-Content-Type-Options") != "nosniff" || !strings.HasPrefix(res.Body, "%PDF") {
			t.Errorf("download headers %v", res.Header)
		}
		wantStatus(t, "Y's document", x1.Get("/hiring/documents/"+id(e.W.DocY.ID)), http.StatusNotFound)
		wantStatus(t, "other agency", e.otherContact(t).Get("/hiring/documents/"+id(e.W.DocX.ID)), http.StatusNotFound)

		fields := map[string]string{"type_id": id(e.W.CV.ID), "target": "company:" + id(e.W.X.ID)}
		ct, body := multipartFile(t, fields, `..\evil/"offer".pdf`, []byte("%PDF-1.4 offer"))
		res = x1.PostMultipart("/hiring/documents", ct, body)
		wantStatus(t, "upload", res, http.StatusSeeOther)
		res = x1.Get("/hiring/documents")
		wantIn(t, "list after", res.Body, []string{"_offer_.pdf"}, nil)

		ct, body = multipartFile(t, fields, "tool.exe", []byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"))
		res = x1.PostMultipart("/hiring/documents", ct, body)
		wantStatus(t, "exe", res, http.StatusUnsupportedMediaType)
		wantIn(t, "exe", res.Body, []string{"e-file"}, nil)

		ct, body = multipartFile(t, map[string]string{"type_id": id(e.W.CV.ID), "target": "company:" + id(e.W.Y.ID)}, "a.pdf", []byte("%PDF-1.4"))
		wantStatus(t, "upload to Y", x1.PostMultipart("/hiring/documents", ct, body), http.StatusNotFound)
		secret := domain.AttachmentType{Name: "Reference"}
		if err := e.Store.SaveAttachmentType(e.Acme.Ctx, &secret); err != nil {
			t.Fatal(err)
		}
		ct, body = multipartFile(t, map[string]string{"type_id": id(secret.ID), "target": "company:" + id(e.W.X.ID)}, "a.pdf", []byte("%PDF-1.4"))
		res = x1.PostMultipart("/hiring/documents", ct, body)
		wantStatus(t, "hidden type", res, http.StatusUnprocessableEntity)
		wantIn(t, "hidden type", res.Body, []string{"e-type_id"}, nil)
	})
}

// E11: a message becomes a 'new portal message' note on the contact's
// activity tab; an empty one is refused.
func TestHiringContactPage_E11(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := newHiringEnv(t, db, "en")
		x1 := e.contact(t, e.W.X1)
		res := x1.Get("/hiring/contact")
		wantStatus(t, "form", res, http.StatusOK)
		wantIn(t, "form", res.Body, []string{`for="f-subject"`, `for="f-body"`}, nil)
		res = x1.Post("/hiring/contact", url.Values{"subject": {"Hello"}, "body": {" "}})
		wantStatus(t, "empty", res, http.StatusUnprocessableEntity)
		wantIn(t, "empty", res.Body, []string{"e-body", `value="Hello"`}, nil)
		res = x1.Post("/hiring/contact", url.Values{"subject": {"Start date"}, "body": {"Can Anna start in May?"}})
		wantStatus(t, "send", res, http.StatusSeeOther)
		res = x1.Get(res.Location)
		wantIn(t, "sent", res.Body, []string{`class="flash"`}, nil)
		notes, err := e.Store.Notes(e.Acme.Ctx, domain.SubjectContact, e.W.X1.ID, 10)
		if err != nil || len(notes) != 1 || notes[0].Status != domain.NotePortalMessageNew || notes[0].Body != "Can Anna start in May?" {
			t.Fatalf("notes %+v %v", notes, err)
		}
		wantIn(t, "office contact", e.Recruiter(t).Get("/office/contacts/"+id(e.W.X1.ID)).Body, []string{"Start date", "Can Anna start in May?"}, nil)
	})
}

// D4, E10, B5: on a sent timesheet the contact of its placement sees and
// downloads, with the same bytes, the candidate's receipt and a file of a
// type the Hiring Portal shows; an internal file of the back office and a
// file only the Professional Portal shows are neither listed nor
// downloadable (404); a contact of another company or agency gets 404.
func TestHiringTimesheetFiles_D4_E10_B5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		w := env.Acme.TimesheetWorld(t, env.Store)
		tess, carol, otis := env.Client(t), env.Client(t), env.Client(t)
		tess.MustSignIn("/portal", w.Tess.Email)
		carol.MustSignIn("/hiring", w.Carol.Email)
		otis.MustSignIn("/hiring", w.Otis.Email)

		y, wk := domain.DateOf(time.Now().UTC()).ISOWeek()
		week := fmt.Sprintf("/portal/timesheets/%d/%d/%d", w.Placement.ID, y, wk)
		receiptBytes := []byte("parking 12.50\nfuel 40.00\n")
		ct, body := multipartFile(t, nil, "receipt.txt", receiptBytes)
		wantStatus(t, "upload", tess.PostMultipart(week+"/attachments", ct, body), http.StatusSeeOther)
		send := url.Values{"action": {"send"}}
		send.Set(service.CellField(w.Hours.ID, domain.MondayOfISOWeek(y, wk)), "8")
		wantStatus(t, "send", tess.Post(week, send), http.StatusSeeOther)
		ts, err := env.Store.TimesheetForWeek(env.Acme.Ctx, w.Placement.ID, y, wk)
		if err != nil || ts.Status != domain.TimesheetSent {
			t.Fatalf("sent timesheet: %+v %v", ts, err)
		}
		atts, err := env.Store.Attachments(env.Acme.Ctx, domain.SubjectTimesheet, ts.ID)
		if err != nil || len(atts) != 1 {
			t.Fatalf("receipts: %+v %v", atts, err)
		}
		receipt := atts[0]
		file := func(name string, typ domain.AttachmentType) domain.Attachment {
			t.Helper()
			if err := env.Store.SaveAttachmentType(env.Acme.Ctx, &typ); err != nil {
				t.Fatal(err)
			}
			f := domain.Attachment{SubjectKind: domain.SubjectTimesheet, SubjectID: ts.ID, TypeID: typ.ID, FileName: name, ContentType: "text/plain"}
			if err := env.Store.CreateAttachment(env.Acme.Ctx, &f, []byte("content of "+name)); err != nil {
				t.Fatal(err)
			}
			return f
		}
		internal := file("margin.txt", domain.AttachmentType{Name: "Internal"})
		shown := file("assessment.txt", domain.AttachmentType{Name: "Assessment", VisibleHiring: true})
		candidateOnly := file("certificate.txt", domain.AttachmentType{Name: "Certificate", VisibleProfessional: true})

		detail := fmt.Sprintf("/hiring/timesheets/%d", ts.ID)
		href := func(a domain.Attachment) string { return fmt.Sprintf("%s/attachments/%d", detail, a.ID) }
		res := carol.Get(detail)
		wantStatus(t, "detail", res, http.StatusOK)
		wantIn(t, "detail", res.Body, []string{`href="` + href(receipt) + `"`, "receipt.txt", `href="` + href(shown) + `"`, "assessment.txt"},
			[]string{href(internal), "margin.txt", href(candidateOnly), "certificate.txt"})

		res = carol.Get(href(receipt))
		wantStatus(t, "receipt", res, http.StatusOK)
		if res.Body != string(receiptBytes) || !strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment;") {
			t.Errorf("receipt download: %q %v", res.Body, res.Header)
		}
		res = carol.Get(href(shown))
		wantStatus(t, "hiring-visible file", res, http.StatusOK)
		if res.Body != "content of assessment.txt" {
			t.Errorf("hiring-visible file: %q", res.Body)
		}
		wantStatus(t, "internal file", carol.Get(href(internal)), http.StatusNotFound)
		wantStatus(t, "candidate-only file", carol.Get(href(candidateOnly)), http.StatusNotFound)
		wantStatus(t, "another company's contact", otis.Get(href(receipt)), http.StatusNotFound)

		ow := env.Other.TimesheetWorld(t, env.Store)
		outsider := env.Client(t)
		outsider.Host = "other.test"
		outsider.MustSignIn("/hiring", ow.Carol.Email)
		wantStatus(t, "another agency's contact", outsider.Get(href(receipt)), http.StatusNotFound)
	})
}
