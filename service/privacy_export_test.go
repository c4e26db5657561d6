package service_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F2 (access, portability): the export ZIP holds data.json with every section
// of the candidate's data, compared here with the database, without internal
// notes, and its attachments byte for byte.
func TestExportContainsEverySection_F2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		ctx, st := env.Acme.Ctx, env.Store
		r := richCandidate(t, env)
		svc := service.New(db)
		e, err := svc.ExportCandidate(ctx, r.Candidate.ID, r.Request.ID, r.Actor)
		if err != nil {
			t.Fatal(err)
		}
		content, err := st.PrivacyExportContent(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(content), int64(len(content)))
		if err != nil {
			t.Fatal(err)
		}
		files := map[string][]byte{}
		for _, f := range zr.File {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			files[f.Name] = b
		}
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(files["data.json"], &raw); err != nil {
			t.Fatalf("data.json: %v", err)
		}
		for _, section := range []string{"profile", "availability", "experience", "education", "skills", "consents", "matches",
			"placements", "timesheets", "notes", "privacy_requests", "audit", "attachments"} {
			if s := string(raw[section]); s == "" || s == "null" || s == "[]" || s == "{}" {
				t.Errorf("section %s is empty: %s", section, s)
			}
		}
		var d service.ExportData
		if err := json.Unmarshal(files["data.json"], &d); err != nil {
			t.Fatal(err)
		}
		if d.Profile.Email != r.Candidate.Email || d.Profile.Phone != r.Candidate.Phone || d.Profile.Summary != "Private summary" {
			t.Errorf("profile = %+v", d.Profile)
		}
		if len(d.Experience) != 1 || d.Experience[0].Employer != "Old BV" || len(d.Education) != 1 || d.Education[0].Degree != "MBO" ||
			len(d.Skills) != 1 || d.Skills[0].Name != "Archiving" {
			t.Errorf("experience/education/skills = %+v %+v %+v", d.Experience, d.Education, d.Skills)
		}
		if len(d.Consents) != 1 || d.Consents[0].TextVersion != "v3-2026" || d.Consents[0].ValidUntil.String() != "2027-01-01" {
			t.Errorf("consents = %+v", d.Consents)
		}
		if len(d.Matches) != 1 || d.Matches[0].ID != r.Match.ID || len(d.Matches[0].Phases) != 1 ||
			len(d.Matches[0].Evaluations) != 1 || d.Matches[0].Evaluations[0].Comment != "Strong on archives" {
			t.Errorf("matches = %+v", d.Matches)
		}
		if len(d.Placements) != 1 || d.Placements[0].ID != r.Placement.ID {
			t.Errorf("placements = %+v", d.Placements)
		}
		if len(d.Timesheets) != 1 || len(d.Timesheets[0].Lines) != 2 || d.Timesheets[0].Lines[0].Minutes+d.Timesheets[0].Lines[1].Minutes != 900 {
			t.Errorf("timesheets = %+v", d.Timesheets)
		}
		if len(d.Notes) != 1 || d.Notes[0].ID != r.Note.ID {
			t.Errorf("notes (internal must be left out) = %+v", d.Notes)
		}
		if len(d.PrivacyRequests) != 1 || d.PrivacyRequests[0].Message != "Send me my data" {
			t.Errorf("requests = %+v", d.PrivacyRequests)
		}
		if len(d.Audit) == 0 {
			t.Error("no audit entries")
		}
		if len(d.Attachments) != 1 || d.Attachments[0].Path != "attachments/"+itoa(r.Attachment.ID)+"_cv_rosa.pdf" {
			t.Fatalf("attachments = %+v", d.Attachments)
		}
		if !bytes.Equal(files[d.Attachments[0].Path], r.Content) {
			t.Errorf("attachment bytes differ: %q", files[d.Attachments[0].Path])
		}
		if d.Controller != env.Acme.Tenant.Name {
			t.Errorf("controller = %q", d.Controller)
		}
		// The export is logged on the request and in the audit log.
		events, _ := st.PrivacyRequestEvents(ctx, r.Request.ID)
		if events[len(events)-1].Action != "exported" {
			t.Errorf("request history: %+v", events)
		}
		entries, _, _ := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: r.Candidate.ID, Action: "export"})
		if len(entries) != 1 {
			t.Errorf("export audit entries: %+v", entries)
		}
		// Released: a link whose token works for the candidate only, until it expires.
		token, err := svc.ReleaseExport(ctx, e.ID, r.Actor)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.PrivacyExportByToken(ctx, r.Candidate.ID, service.HashToken(token)); err != nil {
			t.Fatalf("released export by token: %v", err)
		}
		if _, err := st.PrivacyExportByToken(ctx, r.Candidate.ID+1, service.HashToken(token)); domain.KindOf(err) != domain.KindNotFound {
			t.Fatalf("another candidate's token: %v", err)
		}
		later := db.Now().Add(service.ExportLinkTTL + 1)
		db.SetClock(func() time.Time { return later })
		if _, err := st.PrivacyExportByToken(ctx, r.Candidate.ID, service.HashToken(token)); domain.KindOf(err) != domain.KindNotFound {
			t.Fatalf("expired token: %v", err)
		}
	})
}

func itoa(id int64) string { return strconv.FormatInt(id, 10) }
