package office_test

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F4, B5: an admin reads the audit log newest first, filters it by action,
// object, name and dates, and pages through it; each entry links its record
// and names its action by a label, with the stored code beside it.
// A recruiter without the admin role gets 404, and another agency's entries
// never show.
func TestAuditLogPage_F4_B5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		day := func(d int) time.Time { return time.Date(2026, 3, d, 10, 0, 0, 0, time.UTC) }
		add := func(ctx context.Context, e domain.AuditEntry) {
			t.Helper()
			if err := env.Store.Audit(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
		add(env.Acme.Ctx, domain.AuditEntry{At: day(1), ActorKind: domain.AudienceOffice, ActorID: 7, ActorName: "Rita Recruiter",
			Action: "update", ObjectKind: "candidate", ObjectID: 42, Detail: "record", RemoteAddr: "192.0.2.7"})
		add(env.Acme.Ctx, domain.AuditEntry{At: day(5), ActorKind: domain.AudienceHiring, ActorID: 8, ActorName: "Carl Contact",
			Action: "sign_in", ObjectKind: "contact", ObjectID: 8, RemoteAddr: "198.51.100.8"})
		for i := range 55 { // more than a page, all on day 9
			add(env.Acme.Ctx, domain.AuditEntry{At: day(9).Add(time.Duration(i) * time.Second), ActorKind: domain.AudiencePortal,
				ActorName: fmt.Sprintf("Bulk %02d", i), Action: "view", ObjectKind: "user", ObjectID: 1})
		}
		add(env.Acme.Ctx, domain.AuditEntry{At: day(6), ActorKind: domain.AudienceOffice, ActorID: 7, ActorName: "Ada Admin",
			Action: "role_changed", ObjectKind: "user", ObjectID: 7, Detail: "Rita recruiter → admin"})
		add(env.Acme.Ctx, domain.AuditEntry{At: day(7), ActorKind: domain.AudienceOffice, ActorID: 7, ActorName: "Old Version",
			Action: "legacy_code", ObjectKind: "gadget", ObjectID: 3})
		add(env.Other.Ctx, domain.AuditEntry{At: day(5), ActorKind: domain.AudienceOffice, ActorName: "Otto Elsewhere", Action: "update",
			ObjectKind: "candidate", ObjectID: 42})

		admin := env.AdminClient(t)
		res := admin.Get("/office/settings/audit")
		body := html.UnescapeString(res.Body)
		if res.Status != http.StatusOK || !strings.Contains(body, "Bulk 54") || strings.Contains(body, "Bulk 04") ||
			!strings.Contains(body, "page=2") || strings.Contains(body, "Otto Elsewhere") {
			t.Fatalf("first page: %d, want the newest entries of Acme only and a link to page 2", res.Status)
		}
		if strings.Index(body, "Bulk 54") > strings.Index(body, "Bulk 53") {
			t.Error("entries are not newest first")
		}
		page2 := html.UnescapeString(admin.Get("/office/settings/audit?page=2").Body)
		if !strings.Contains(page2, "Bulk 00") || !strings.Contains(page2, "Rita Recruiter") {
			t.Fatal("second page lacks the oldest entries")
		}
		got := html.UnescapeString(admin.Get("/office/settings/audit?actor=rita&object_kind=candidate&object_id=42&action=update").Body)
		if !strings.Contains(got, `href="/office/candidates/42"`) || !strings.Contains(got, "192.0.2.7") ||
			!strings.Contains(got, "Recruiter · Rita Recruiter") || strings.Contains(got, "Carl Contact") || strings.Contains(got, "Bulk") {
			t.Fatalf("filtered by name, object and action: %s", got)
		}
		if !strings.Contains(got, `<span title="update">Changed</span> <code class="code">update</code>`) ||
			!strings.Contains(got, `<a href="/office/candidates/42">Candidate 42</a>`) {
			t.Errorf("the action shows as its label with the code beside it, the record by its kind: %s", got)
		}
		if !strings.Contains(got, `<option value="update" selected>Changed</option>`) ||
			!strings.Contains(got, `<optgroup label="Sign-in and accounts">`) {
			t.Errorf("the action filter is a select of labels, grouped, with the chosen one selected: %s", got)
		}
		for _, a := range domain.AuditActions() {
			if !strings.Contains(got, `<option value="`+a.Code+`"`) {
				t.Errorf("the action filter lacks %q", a.Code)
			}
		}
		got = html.UnescapeString(admin.Get("/office/settings/audit?from=2026-03-06&to=2026-03-07").Body)
		if !strings.Contains(got, `<a href="/office/settings/users#user-7">Recruiter 7</a>`) || !strings.Contains(got, "Role changed") {
			t.Errorf("a recruiter's entry links the recruiters page: %s", got)
		}
		if !strings.Contains(got, "<td><code>legacy_code</code></td>") || !strings.Contains(got, "<td>gadget 3</td>") {
			t.Errorf("a code or kind without a label shows as stored: %s", got)
		}
		got = html.UnescapeString(admin.Get("/office/settings/audit?object_kind=user").Body)
		if !strings.Contains(got, "Role changed") || strings.Contains(got, "Rita Recruiter") ||
			!strings.Contains(got, `<option value="user" selected>Recruiter</option>`) {
			t.Errorf("filtered by the kind of record: %s", got)
		}
		got = html.UnescapeString(admin.Get("/office/settings/audit?from=2026-03-02&to=2026-03-05").Body)
		if !strings.Contains(got, "Carl Contact") || strings.Contains(got, "Rita Recruiter") || strings.Contains(got, "Bulk") {
			t.Fatalf("filtered by dates (to is inclusive): %s", got)
		}
		if res := admin.Get("/office/settings/audit?from=yesterday"); res.Status != http.StatusUnprocessableEntity ||
			!strings.Contains(res.Body, "yyyy-mm-dd") {
			t.Errorf("a bad date: %d", res.Status)
		}
		if !strings.Contains(admin.Get("/office/settings/").Body, `href="/office/settings/audit"`) {
			t.Error("the settings index does not link the audit log")
		}
		if res := env.Recruiter(t).Get("/office/settings/audit"); res.Status != http.StatusNotFound {
			t.Errorf("recruiter without the admin role: %d", res.Status)
		}
	})
}
