package web_test

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F4, F2: the reads the issue found unaudited (the edit form, the list, the
// API read and list) leave entries; an admin filters the log on the person
// and exports it as CSV, every entry, with what and from where; a
// recruiter cannot; the person's own export lists who saw its data.
func TestAuditByPersonExportAndAccess_F4_F2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		ctx, st := env.Acme.Ctx, env.Store
		cand := env.Acme.Candidate(t, st, "Wanda", "Watched")
		other := env.Acme.Candidate(t, st, "Otto", "Other")
		rec := env.Recruiter(t)
		for _, p := range []string{"/office/candidates/" + itoa(cand.ID) + "/edit", "/office/candidates?q=Watched"} {
			if res := rec.Get(p); res.Status != http.StatusOK || !strings.Contains(res.Body, "Wanda") {
				t.Fatalf("%s: %d", p, res.Status)
			}
		}
		svc := &service.Service{DB: db}
		_, secret, err := svc.CreateAPIToken(ctx, "=HYPERLINK(1)", env.Acme.Admin)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range []string{"/api/v1/candidates/" + itoa(cand.ID), "/api/v1/candidates?q=Watched"} {
			req, _ := http.NewRequest(http.MethodGet, env.Server.URL+p, nil)
			req.Header.Set("Authorization", "Bearer "+secret)
			res, err := http.DefaultClient.Do(req)
			if err != nil || res.StatusCode != http.StatusOK {
				t.Fatalf("%s: %v %v", p, res, err)
			}
			res.Body.Close()
		}
		if res := rec.Get("/office/settings/audit/export?object_kind=candidate&object_id=" + itoa(cand.ID)); res.Status != http.StatusNotFound {
			t.Fatalf("a recruiter exports the audit log: %d", res.Status)
		}
		admin := env.AdminClient(t)
		page := admin.Get("/office/candidates/" + itoa(cand.ID) + "/privacy")
		if !strings.Contains(page.Body, `id="audit-of-candidate"`) {
			t.Fatal("the candidate's privacy page has no link to its audit log")
		}
		list := admin.Get("/office/settings/audit?object_kind=candidate&object_id=" + itoa(cand.ID))
		if list.Status != http.StatusOK || !strings.Contains(list.Body, "/office/settings/audit/export?object_id="+itoa(cand.ID)+"&amp;object_kind=candidate") {
			t.Fatalf("audit list: %d, no export link of the filter", list.Status)
		}
		res := admin.Get("/office/settings/audit/export?object_kind=candidate&object_id=" + itoa(cand.ID))
		if res.Status != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/csv") {
			t.Fatalf("export: %d %s", res.Status, res.Header.Get("Content-Type"))
		}
		rows, err := csv.NewReader(strings.NewReader(res.Body)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, row := range rows[1:] {
			if row[5] != "candidate" || row[6] != itoa(cand.ID) {
				t.Errorf("row of another object: %v", row)
			}
			if row[4] == "view" && row[8] != "" {
				seen[row[3]+" "+row[7]] = true
			}
		}
		for _, want := range []string{
			env.Acme.Recruiter.Name + " GET /office/candidates/{id}/edit",
			env.Acme.Recruiter.Name + " GET /office/candidates",
			"API: =HYPERLINK(1) GET /api/v1/candidates/{id}",
			"API: =HYPERLINK(1) GET /api/v1/candidates",
		} {
			if !seen[want] {
				t.Errorf("the export lacks %q: %v", want, seen)
			}
		}
		// The other candidate, not in the list or read, has no view.
		if e, _, _ := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: other.ID, Action: "view"}); len(e) != 0 {
			t.Errorf("a candidate nobody saw has views: %+v", e)
		}
		if e, _, _ := st.AuditEntries(ctx, store.AuditFilter{Action: "audit_export"}); len(e) != 1 || e[0].ActorID != env.Acme.Admin.ID {
			t.Errorf("the export is not audited: %+v", e)
		}
		// The candidate's access request: its export lists who saw its data.
		if res := rec.Post("/office/candidates/"+itoa(cand.ID)+"/privacy/export", url.Values{}); res.Status != http.StatusSeeOther {
			t.Fatalf("export: %d", res.Status)
		}
		exports, _ := st.PrivacyExports(ctx, cand.ID)
		content, _ := st.PrivacyExportContent(ctx, exports[0].ID)
		zr, err := zip.NewReader(bytes.NewReader(content), int64(len(content)))
		if err != nil {
			t.Fatal(err)
		}
		var data struct {
			Audit []struct {
				ActorName string `json:"actor_name"`
				Action    string `json:"action"`
				Detail    string `json:"detail"`
			} `json:"audit"`
		}
		for _, f := range zr.File {
			if f.Name == "data.json" {
				rc, _ := f.Open()
				raw, _ := io.ReadAll(rc)
				rc.Close()
				if err := json.Unmarshal(raw, &data); err != nil {
					t.Fatal(err)
				}
			}
		}
		found := false
		for _, e := range data.Audit {
			found = found || e.Action == "view" && e.ActorName == "API: =HYPERLINK(1)" && e.Detail == "GET /api/v1/candidates/{id}"
		}
		if !found {
			t.Errorf("the candidate's export does not say the API read its record: %+v", data.Audit)
		}
	})
}
