package service_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// F2 (access, portability): the export of a candidate with timesheet
// receipts, a timesheet that was rejected and then approved, 600 notes and
// 600 privacy requests holds every one of them (nothing capped), the
// receipts' bytes, and the timesheet's whole history with its comments; its
// data.json uses snake_case keys and validates against schema.json, which
// the ZIP ships and which is the schema in the repository.
func TestExportIsCompleteAndValidatesAgainstItsSchema_F2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		ctx, st := a.ctx, a.st
		recruiter := userActor(a.recruiter)
		// Week 9 with two receipts, rejected with a comment, corrected, sent again, approved.
		receipts := map[string][]byte{"taxi.pdf": []byte("%PDF-1.4 taxi 42 EUR"), "parking.png": pngBytes()}
		for name, content := range receipts {
			if _, err := a.svc.AttachToTimesheet(ctx, a.candidate(), a.placement.ID, 2026, 9, name, content); err != nil {
				t.Fatalf("attach %s: %v", name, err)
			}
		}
		ts := a.sent(9)
		if _, err := a.svc.DecideTimesheet(ctx, contactActor(a.carla), ts.ID, service.Decision{Comment: "Friday is missing the taxi"}); err != nil {
			t.Fatal(err)
		}
		if _, err := a.svc.SaveTimesheet(ctx, a.candidate(), a.placement.ID, 2026, 9, []service.LineInput{line(a.hours, day(9, 0), 450)}); err != nil {
			t.Fatal(err)
		}
		if _, err := a.svc.SubmitTimesheet(ctx, a.candidate(), a.placement.ID, 2026, 9); err != nil {
			t.Fatal(err)
		}
		if _, err := a.svc.DecideTimesheet(ctx, contactActor(a.dirk), ts.ID, service.Decision{Approve: true, Comment: "Fine now"}); err != nil {
			t.Fatal(err)
		}
		// 600 notes and 600 requests: more than any page of the back office.
		for i := range 600 {
			must(t, "note", st.CreateNote(ctx, &domain.Note{SubjectKind: domain.SubjectCandidate, SubjectID: a.cand.ID,
				AuthorKind: domain.AudienceOffice, AuthorID: a.recruiter.ID, AuthorName: a.recruiter.Name, Body: fmt.Sprintf("call %03d", i)}))
			must(t, "request", st.CreatePrivacyRequest(ctx, &domain.PrivacyRequest{CandidateID: a.cand.ID, Right: domain.RightAccess,
				ReceivedAt: db.Now(), Origin: "mail", Message: fmt.Sprintf("request %03d", i)}, recruiter))
		}
		e, err := a.svc.ExportCandidate(ctx, a.cand.ID, 0, recruiter)
		if err != nil {
			t.Fatal(err)
		}
		content, err := st.PrivacyExportContent(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		files := unzip(t, content)

		// The ZIP's schema is the repository's, and data.json validates against it.
		repoSchema, err := os.ReadFile("privacy_export.schema.json")
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(files["schema.json"], repoSchema) {
			t.Fatal("schema.json in the ZIP is not service/privacy_export.schema.json")
		}
		validate(t, files["schema.json"], files["data.json"])

		var d service.ExportData
		if err := json.Unmarshal(files["data.json"], &d); err != nil {
			t.Fatal(err)
		}
		if len(d.Notes) != 600 || d.Notes[0].Body != "call 000" || d.Notes[599].Body != "call 599" {
			t.Errorf("notes: %d, want 600 in order", len(d.Notes))
		}
		if len(d.PrivacyRequests) != 600 {
			t.Errorf("privacy requests: %d, want 600", len(d.PrivacyRequests))
		}
		var week9 *service.ExportTimesheet
		for i := range d.Timesheets {
			if d.Timesheets[i].ID == ts.ID {
				week9 = &d.Timesheets[i]
			}
		}
		if week9 == nil || week9.Status != string(domain.TimesheetApproved) || len(week9.Receipts) != 2 {
			t.Fatalf("week 9 = %+v", week9)
		}
		var steps []string
		for _, h := range week9.History {
			steps = append(steps, h.Action+":"+h.ActorName+":"+h.Comment)
		}
		want := []string{"sent:Tom Visser:", "rejected:Carla Jansen:Friday is missing the taxi", "sent:Tom Visser:", "approved:Dirk de Boer:Fine now"}
		if got := strings.Join(filterSteps(steps), " | "); got != strings.Join(want, " | ") {
			t.Errorf("history = %s\nwant      %s", got, strings.Join(want, " | "))
		}
		for _, r := range week9.Receipts {
			if !bytes.Equal(files[r.Path], receipts[r.FileName]) || !strings.HasPrefix(r.Path, "receipts/") || r.About != "timesheet" {
				t.Errorf("receipt %+v: %d bytes in the ZIP", r, len(files[r.Path]))
			}
		}
		// snake_case like the API: no Go field name anywhere.
		for _, goName := range []string{`"TenantID"`, `"CandidateID"`, `"FirstName"`, `"CreatedAt"`, `"ID"`} {
			if bytes.Contains(files["data.json"], []byte(goName)) {
				t.Errorf("data.json has the Go key %s", goName)
			}
		}
	})
}

// F2: the schema rejects what it must, so that passing it means something:
// an unknown key, a missing section, a wrong type.
func TestExportSchemaRejectsDrift_F2(t *testing.T) {
	schema, err := os.ReadFile("privacy_export.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	sch := compile(t, schema)
	ok := map[string]any{"format_version": "2", "exported_at": "2026-03-11T10:00:00Z", "controller": "Acme",
		// The profile as the export writes it, whatever fields it has.
		"profile": roundTrip(t, service.ExportProfile{ID: 1, FirstName: "A", LastName: "B", Language: "en",
			CreatedAt: time.Date(2026, 3, 11, 10, 0, 0, 0, time.UTC), UpdatedAt: time.Date(2026, 3, 11, 10, 0, 0, 0, time.UTC)}),
		"availability": map[string]any{"from": nil, "hours_per_week": 0, "note": ""},
		"experience":   []any{}, "education": []any{}, "skills": []any{}, "consents": []any{}, "matches": []any{}, "placements": []any{},
		"timesheets": []any{}, "notes": []any{}, "privacy_requests": []any{}, "audit": []any{}, "attachments": []any{}}
	if err := sch.Validate(roundTrip(t, ok)); err != nil {
		t.Fatalf("a minimal export fails: %v", err)
	}
	for name, change := range map[string]func(m map[string]any){
		"unknown key":     func(m map[string]any) { m["TenantID"] = 1 },
		"missing section": func(m map[string]any) { delete(m, "timesheets") },
		"wrong type":      func(m map[string]any) { m["notes"] = "none" },
		"bad date":        func(m map[string]any) { m["profile"].(map[string]any)["date_of_birth"] = "31-12-1990" },
	} {
		m := roundTrip(t, ok).(map[string]any)
		change(m)
		if err := sch.Validate(m); err == nil {
			t.Errorf("%s: the schema accepts it", name)
		}
	}
}

func validate(t *testing.T, schema, data []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if err := compile(t, schema).Validate(inst); err != nil {
		t.Fatalf("data.json does not validate against schema.json: %v", err)
	}
}

func compile(t *testing.T, schema []byte) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat() // dates and times are checked, not only their type
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func roundTrip(t *testing.T, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	out, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func unzip(t *testing.T, content []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(content), int64(len(content)))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		files[f.Name] = b
	}
	return files
}

// filterSteps keeps the decisions and sends of a history (saves are many).
func filterSteps(steps []string) []string {
	var out []string
	for _, s := range steps {
		if !strings.HasPrefix(s, "saved:") {
			out = append(out, s)
		}
	}
	return out
}

// pngBytes is a tiny valid PNG, so the upload checks take it.
func pngBytes() []byte {
	return []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89" +
		"\x00\x00\x00\rIDATx\x9cc\x00\x01\x00\x00\x05\x00\x01\r\n-\xb4\x00\x00\x00\x00IEND\xaeB`\x82")
}
