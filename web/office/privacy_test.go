package office_test

import (
	"archive/zip"
	"bytes"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F4: every view of a candidate's record and every download of its files by
// a recruiter is in the audit log: who, what, when.
func TestCandidateViewsAndDownloadsAudited_F4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		c := env.Acme.Candidate(t, env.Store, "Vera", "Viewed")
		rec := env.Recruiter(t)
		typ := attachmentType(t, env, "CV")
		if res := upload(t, rec, "/office/candidates/"+id(c.ID)+"/attachments", typ.ID, "cv.pdf", []byte("%PDF-1.4 cv")); res.Status != http.StatusSeeOther {
			t.Fatalf("upload: %d", res.Status)
		}
		atts, _ := env.Store.Attachments(env.Acme.Ctx, domain.SubjectCandidate, c.ID)
		for range 2 {
			if res := rec.Get("/office/candidates/" + id(c.ID)); res.Status != http.StatusOK {
				t.Fatalf("view: %d", res.Status)
			}
		}
		if res := rec.Get("/office/attachments/" + id(atts[0].ID)); res.Status != http.StatusOK {
			t.Fatalf("download: %d", res.Status)
		}
		entries, _, err := env.Store.AuditEntries(env.Acme.Ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: c.ID})
		if err != nil {
			t.Fatal(err)
		}
		var views, downloads int
		for _, e := range entries {
			if e.ActorID != env.Acme.Recruiter.ID || e.ActorName != env.Acme.Recruiter.Name || e.At.IsZero() {
				t.Errorf("entry without who/when: %+v", e)
			}
			switch e.Action {
			case "view":
				views++
			case "download":
				downloads++
			}
		}
		if views != 2 || downloads != 1 {
			t.Fatalf("audit: %d views, %d downloads: %+v", views, downloads, entries)
		}
		// A refused view (another agency) writes nothing in this agency's log.
		if res := env.OtherRecruiter(t).Get("/office/candidates/" + id(c.ID)); res.Status != http.StatusNotFound {
			t.Fatalf("other agency: %d", res.Status)
		}
	})
}

// F2, C9: a request entered by a recruiter lands in the queue with its due
// date and owner, shows on the dashboard when near its due date, is extended
// once with a reason (which mails the candidate), and another agency gets 404.
func TestPrivacyQueueDashboardAndExtension_F2_C9(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		c := env.Acme.Candidate(t, env.Store, "Quinn", "Queue")
		rec := env.Recruiter(t)
		received := domain.DateOf(db.Now()).AddDays(-27).String()
		res := rec.Post("/office/privacy", url.Values{"candidate_id": {id(c.ID)}, "right": {"access"}, "origin": {"phone"},
			"received_at": {received}, "message": {"Wants a copy"}})
		if res.Status != http.StatusSeeOther {
			t.Fatalf("create: %d %s", res.Status, res.Body)
		}
		path := strings.Split(res.Location, "?")[0]
		reqs, _, _ := env.Store.PrivacyRequests(env.Acme.Ctx, store.PrivacyRequestFilter{CandidateID: c.ID})
		if len(reqs) != 1 || reqs[0].OwnerName != env.Acme.Recruiter.Name {
			t.Fatalf("requests = %+v", reqs)
		}
		due := reqs[0].DueAt.Format(time.DateOnly)
		// Bad input: a future date and an unknown right change nothing.
		bad := rec.Post("/office/privacy", url.Values{"candidate_id": {id(c.ID)}, "right": {"nope"}, "origin": {"phone"},
			"received_at": {domain.DateOf(db.Now()).AddDays(3).String()}})
		if bad.Status != http.StatusUnprocessableEntity || !strings.Contains(bad.Body, "cannot be in the future") {
			t.Fatalf("bad request: %d", bad.Status)
		}
		for _, p := range []string{"/office/privacy", "/office/"} {
			page := rec.Get(p)
			if page.Status != http.StatusOK || !strings.Contains(page.Body, "Quinn Queue") || !strings.Contains(page.Body, due) {
				t.Fatalf("%s does not show the request due %s", p, due)
			}
		}
		if !strings.Contains(rec.Get("/office/").Body, `id="privacy-due"`) {
			t.Fatal("dashboard has no privacy block")
		}
		view := rec.Get(path)
		if view.Status != http.StatusOK || !strings.Contains(view.Body, "Wants a copy") {
			t.Fatalf("request page: %d", view.Status)
		}
		limit := domain.PrivacyExtensionLimit(reqs[0]).Format(time.DateOnly)
		tooFar := domain.DateOf(domain.PrivacyExtensionLimit(reqs[0])).AddDays(1).String()
		if res := rec.Post(path+"/extend", url.Values{"due_at": {tooFar}, "reason": {"complex"}}); res.Status != http.StatusUnprocessableEntity ||
			!strings.Contains(res.Body, "at most two months") {
			t.Fatalf("extension too far: %d", res.Status)
		}
		if res := rec.Post(path+"/extend", url.Values{"due_at": {limit}, "reason": {"Archives in storage"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("extend: %d %s", res.Status, res.Body)
		}
		if res := rec.Post(path+"/extend", url.Values{"due_at": {limit}, "reason": {"again"}}); res.Status != http.StatusConflict ||
			!strings.Contains(res.Body, "extended already") {
			t.Fatalf("second extension: %d", res.Status)
		}
		mails, _, _ := env.Store.Mails(env.Acme.Ctx, 10, 0)
		if len(mails) != 1 || mails[0].To != c.Email || !strings.Contains(mails[0].Body, "Archives in storage") {
			t.Fatalf("mails = %+v", mails)
		}
		if res := rec.Post(path+"/status", url.Values{"status": {"done"}, "owner_id": {id(env.Acme.Admin.ID)}, "comment": {"sent"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("status: %d", res.Status)
		}
		view = rec.Get(path)
		if !strings.Contains(view.Body, "deadline extended") || !strings.Contains(view.Body, "status changed") || !strings.Contains(view.Body, env.Acme.Admin.Name) {
			t.Fatal("history or owner not shown")
		}
		if strings.Contains(rec.Get("/office/").Body, `id="privacy-due"`) {
			t.Fatal("a handled request is still on the dashboard")
		}
		other := env.OtherRecruiter(t)
		for _, p := range []string{path, "/office/candidates/" + id(c.ID) + "/privacy", "/office/candidates/" + id(c.ID) + "/erase"} {
			if res := other.Get(p); res.Status != http.StatusNotFound {
				t.Errorf("other agency %s: %d", p, res.Status)
			}
		}
		if res := other.Post(path+"/extend", url.Values{"due_at": {limit}, "reason": {"x"}}); res.Status != http.StatusNotFound {
			t.Errorf("other agency extends: %d", res.Status)
		}
	})
}

// F2: restriction set in the back office freezes the record (the edit is
// refused with a clear message) and marks it in search; export, release
// and erasure work from the candidate's privacy page.
func TestCandidatePrivacyPage_F2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		r := env.Acme.Records(t, env.Store)
		c := r.Candidate
		rec := env.Recruiter(t)
		base := "/office/candidates/" + id(c.ID)
		if res := rec.Post(base+"/privacy/restriction", url.Values{"on": {"1"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("restrict: %d", res.Status)
		}
		edit := url.Values{"first_name": {"Rosa"}, "last_name": {"Changed"}, "email": {c.Email}, "language": {"en"},
			"owner_id": {id(c.OwnerID)}, "status_id": {id(c.StatusID)}}
		res := rec.Post(base, edit)
		if res.Status != http.StatusConflict || !strings.Contains(res.Body, "restricted the processing") || !strings.Contains(res.Body, "Changed") {
			t.Fatalf("edit of restricted candidate: %d", res.Status)
		}
		if got, _ := env.Store.Candidate(env.Acme.Ctx, c.ID); got.LastName != c.LastName {
			t.Fatal("restricted candidate changed")
		}
		if list := rec.Get("/office/candidates?q=Rosa"); !strings.Contains(list.Body, "/office/candidates/"+id(c.ID)+`"`) ||
			!strings.Contains(list.Body, `data-flag="restricted"`) {
			t.Fatal("restricted candidate not found in search, or not marked")
		}
		if res := rec.Post(base+"/privacy/restriction", url.Values{"on": {"0"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("lift: %d", res.Status)
		}
		if res := rec.Post(base, edit); res.Status != http.StatusSeeOther {
			t.Fatalf("edit after lifting (rectification): %d", res.Status)
		}
		if e, _, _ := env.Store.AuditEntries(env.Acme.Ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: c.ID, Action: "update"}); len(e) != 1 {
			t.Fatalf("rectification not logged: %+v", e)
		}
		// Export and release.
		if res := rec.Post(base+"/privacy/export", url.Values{}); res.Status != http.StatusSeeOther {
			t.Fatalf("export: %d %s", res.Status, res.Body)
		}
		exports, _ := env.Store.PrivacyExports(env.Acme.Ctx, c.ID)
		if len(exports) != 1 {
			t.Fatalf("exports = %+v", exports)
		}
		zipRes := rec.Get("/office/privacy/exports/" + id(exports[0].ID))
		if zipRes.Status != http.StatusOK || zipRes.Header.Get("Content-Type") != "application/zip" {
			t.Fatalf("download export: %d", zipRes.Status)
		}
		if _, err := zip.NewReader(bytes.NewReader([]byte(zipRes.Body)), int64(len(zipRes.Body))); err != nil {
			t.Fatalf("not a zip: %v", err)
		}
		rel := rec.Post("/office/privacy/exports/"+id(exports[0].ID)+"/release", url.Values{})
		if rel.Status != http.StatusOK || !strings.Contains(rel.Body, `id="export-link"`) || !strings.Contains(rel.Body, "/portal/privacy/exports/") {
			t.Fatalf("release: %d", rel.Status)
		}
		if res := env.OtherRecruiter(t).Get("/office/privacy/exports/" + id(exports[0].ID)); res.Status != http.StatusNotFound {
			t.Fatalf("other agency downloads the export: %d", res.Status)
		}
		// Erasure: preview, then confirm.
		preview := rec.Get(base + "/erase")
		if preview.Status != http.StatusOK || !strings.Contains(preview.Body, "fiscal retention period of 7 years") ||
			!strings.Contains(preview.Body, "1 timesheets") {
			t.Fatalf("erasure preview: %d", preview.Status)
		}
		if res := rec.Post(base+"/erase", url.Values{"confirm": {"1"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("erase: %d", res.Status)
		}
		page := rec.Get(base)
		if !strings.Contains(page.Body, "Anonymised") || strings.Contains(page.Body, c.Email) {
			t.Fatal("candidate page still shows personal data")
		}
		if ts := rec.Get("/office/timesheets/" + id(r.Timesheet.ID)); ts.Status != http.StatusOK {
			t.Fatalf("timesheet after erasure: %d", ts.Status)
		}
	})
}

// C6, F3: the consent follow-up list and the retention page (admins only,
// with holds).
func TestConsentFollowUpAndRetentionPage_C6_F3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		st, ctx := env.Store, env.Acme.Ctx
		soon := env.Acme.Candidate(t, st, "Connie", "Consent")
		rec := env.Recruiter(t)
		until := domain.DateOf(db.Now()).AddDays(10).String()
		if res := rec.Post("/office/candidates/"+id(soon.ID)+"/consents", url.Values{"text_version": {"v4"}, "valid_until": {until}}); res.Status != http.StatusSeeOther {
			t.Fatalf("give consent: %d", res.Status)
		}
		if res := rec.Post("/office/candidates/"+id(soon.ID)+"/consents", url.Values{"text_version": {""}}); res.Status != http.StatusUnprocessableEntity {
			t.Fatalf("empty consent: %d", res.Status)
		}
		if page := rec.Get("/office/privacy/consents?days=30"); !strings.Contains(page.Body, "Connie Consent") {
			t.Fatal("consent due for follow-up not listed")
		}
		if page := rec.Get("/office/privacy/consents?days=5"); strings.Contains(page.Body, "Connie Consent") {
			t.Fatal("consent outside the window listed")
		}
		if page := rec.Get("/office/candidates/" + id(soon.ID) + "/privacy"); !strings.Contains(page.Body, "v4") {
			t.Fatal("consent history not shown")
		}
		// Retention: a candidate untouched for four years.
		now := db.Now()
		db.SetClock(func() time.Time { return now.AddDate(-4, 0, 0) })
		old := env.Acme.Candidate(t, st, "Olaf", "Old")
		db.SetClock(func() time.Time { return now })
		if res := rec.Get("/office/privacy/retention"); res.Status != http.StatusNotFound {
			t.Fatalf("recruiter sees the retention page: %d", res.Status)
		}
		admin := env.AdminClient(t)
		page := admin.Get("/office/privacy/retention")
		if page.Status != http.StatusOK || !strings.Contains(page.Body, "Olaf Old") || strings.Contains(page.Body, "Connie Consent") {
			t.Fatalf("retention page: %d", page.Status)
		}
		if res := admin.Post("/office/privacy/retention/"+id(old.ID)+"/hold", url.Values{"reason": {"pending claim"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("hold: %d", res.Status)
		}
		if page := admin.Get("/office/privacy/retention"); !strings.Contains(page.Body, "pending claim") {
			t.Fatal("hold not shown")
		}
		due, _ := st.RetentionDue(ctx, now.AddDate(-3, 0, 0), 0)
		if len(due) != 1 || due[0].Hold == nil {
			t.Fatalf("due = %+v", due)
		}
	})
}
