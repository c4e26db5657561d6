package office_test

import (
	"html"
	"net/http"
	"net/url"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// A3, F5: the settings are for admins only; a recruiter gets 404 and changes nothing.
func TestSettingsAdminOnly_A3(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	rec := env.Recruiter(t)
	before, _ := env.Store.Settings(env.Acme.Ctx)
	for _, path := range []string{"/office/settings/", "/office/settings/privacy", "/office/settings/hiring",
		"/office/settings/email-templates", "/office/settings/attachment-types"} {
		if res := rec.Get(path); res.Status != http.StatusNotFound {
			t.Errorf("recruiter GET %s: %d", path, res.Status)
		}
	}
	if res := rec.Post("/office/settings/privacy", url.Values{"retention_years": {"9"}, "fiscal_retention_years": {"7"}}); res.Status != http.StatusNotFound {
		t.Errorf("recruiter POST: %d", res.Status)
	}
	if after, _ := env.Store.Settings(env.Acme.Ctx); !reflect.DeepEqual(before, after) {
		t.Error("a recruiter changed the settings")
	}
	admin := env.AdminClient(t)
	index := admin.Get("/office/settings/")
	for _, link := range []string{"/office/settings/statuses", "/office/settings/profile-fields", "/office/settings/hiring",
		"/office/settings/attachment-types", "/office/settings/privacy", "/office/settings/email-templates",
		"/office/settings/reports", "/office/settings/groups", "/office/settings/relations", "/office/settings/sources",
		"/office/settings/procedures", "/office/declaration-types"} {
		if !strings.Contains(index.Body, `href="`+link+`"`) {
			t.Errorf("index lacks %s", link)
		}
	}
	// Every link of the index opens (the declaration types once pointed to a 404).
	for _, m := range regexp.MustCompile(`href="(/office/[^"]*)"`).FindAllStringSubmatch(index.Body, -1) {
		if res := admin.Get(html.UnescapeString(m[1])); res.Status != http.StatusOK {
			t.Errorf("admin GET %s from the settings index: %d", m[1], res.Status)
		}
	}
}

// A3: an admin's valid settings are stored; invalid ones are shown next to
// their field and change nothing.
func TestSettingsSave_A3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		admin := env.AdminClient(t)
		ctx := env.Acme.Ctx
		settings := func() domain.Settings { s, _ := env.Store.Settings(ctx); return s }

		before := settings()
		bad := url.Values{"retention_years": {"0"}, "fiscal_retention_years": {"7"}, "privacy_url_nl": {"https://example.test/nl"}}
		res := admin.Post("/office/settings/privacy", bad)
		if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-retention_years"`) {
			t.Fatalf("invalid retention: %d", res.Status)
		}
		if !reflect.DeepEqual(before, settings()) {
			t.Fatal("an invalid form changed the settings")
		}
		bad.Set("retention_years", "5")
		if res = admin.Post("/office/settings/privacy", bad); res.Status != http.StatusSeeOther {
			t.Fatalf("privacy: %d", res.Status)
		}
		if s := settings(); s.RetentionYears != 5 || s.PrivacyURL["nl"] != "https://example.test/nl" {
			t.Fatalf("not stored: %+v", s)
		}

		// C1: editable requires visible.
		fields := url.Values{"editable_phone": {"on"}, "visible_city": {"on"}, "editable_city": {"on"}}
		before = settings()
		if res = admin.Post("/office/settings/profile-fields", fields); res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "e-field_phone") {
			t.Fatalf("editable hidden field: %d", res.Status)
		}
		if !reflect.DeepEqual(before, settings()) {
			t.Fatal("refused profile fields were stored")
		}
		fields.Set("visible_phone", "on")
		if res = admin.Post("/office/settings/profile-fields", fields); res.Status != http.StatusSeeOther {
			t.Fatalf("profile fields: %d", res.Status)
		}
		if s := settings(); !s.Field("phone").Editable || s.Field("email").Visible || !s.Field("city").Visible {
			t.Fatalf("profile fields not stored: %+v", s.ProfileFields)
		}

		// E2, B2: a choice from another agency is refused.
		if res = admin.Post("/office/settings/hiring", url.Values{"portal_group_id": {"424242"}}); res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-portal_group_id"`) {
			t.Fatalf("unknown group: %d", res.Status)
		}
		if res = admin.Post("/office/settings/hiring", url.Values{"dashboard_vacancies": {"on"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("hiring: %d", res.Status)
		}
		if s := settings(); !s.DashboardVacancies || s.DashboardCandidates || s.RetentionYears != 5 {
			t.Fatalf("hiring not stored or other settings lost: %+v", s)
		}

		if res = admin.Post("/office/settings/reports", url.Values{"portal_reports": {"hours_per_week", "pipeline_per_phase"}, "hiring_reports": {"nope"}}); res.Status != http.StatusUnprocessableEntity {
			t.Fatalf("unknown report: %d", res.Status)
		}
		if res = admin.Post("/office/settings/reports", url.Values{"hiring_reports": {"portal_messages"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("reports: %d", res.Status)
		}
		if s := settings(); len(s.PortalReports) != 0 || len(s.HiringReports) != 1 {
			t.Fatalf("reports: %+v %+v", s.PortalReports, s.HiringReports)
		}

		// B3: email templates must parse.
		path := "/office/settings/email-templates/credentials_candidate/nl"
		if res = admin.Post(path, url.Values{"subject": {"Welkom"}, "body": {"Hallo {{.Name"}}); res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-body"`) {
			t.Fatalf("broken template: %d", res.Status)
		}
		if _, err := env.Store.EmailTemplate(ctx, "credentials_candidate", "nl"); err == nil {
			t.Fatal("broken template stored")
		}
		if res = admin.Post(path, url.Values{"subject": {"Welkom"}, "body": {"Hallo {{.Name}}, ga naar {{.URL}}"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("template: %d", res.Status)
		}
		if tpl, err := env.Store.EmailTemplate(ctx, "credentials_candidate", "nl"); err != nil || tpl.Body != "Hallo {{.Name}}, ga naar {{.URL}}" {
			t.Fatalf("template not stored: %+v %v", tpl, err)
		}
		if res = admin.Get(path); !strings.Contains(res.Body, "ga naar {{.URL}}") {
			t.Error("stored template not shown")
		}
		if res = admin.Get("/office/settings/email-templates/no_such_mail/nl"); res.Status != http.StatusNotFound {
			t.Errorf("unknown template key: %d", res.Status)
		}

		// C4, E10: attachment types.
		if res = admin.Post("/office/settings/attachment-types", url.Values{"name": {""}}); res.Status != http.StatusUnprocessableEntity {
			t.Fatalf("nameless type: %d", res.Status)
		}
		if res = admin.Post("/office/settings/attachment-types", url.Values{"name": {"Contract"}, "visible_hiring": {"on"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("add type: %d", res.Status)
		}
		types, _ := env.Store.AttachmentTypes(ctx)
		if len(types) != 1 || !types[0].VisibleHiring || types[0].VisibleProfessional {
			t.Fatalf("types %+v", types)
		}
		tid := id(types[0].ID)
		if res = admin.Post("/office/settings/attachment-types/"+tid, url.Values{"name_" + tid: {""}}); res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-name_`+tid+`"`) {
			t.Fatalf("rename to empty: %d", res.Status)
		}
		if res = admin.Post("/office/settings/attachment-types/"+tid, url.Values{"name_" + tid: {"Signed contract"}, "visible_professional_" + tid: {"on"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("rename: %d", res.Status)
		}
		if got, _ := env.Store.AttachmentType(ctx, types[0].ID); got.Name != "Signed contract" || !got.VisibleProfessional || got.VisibleHiring {
			t.Fatalf("renamed %+v", got)
		}

		// B1: status flags.
		sid := id(env.Acme.Status.ID)
		if res = admin.Post("/office/settings/statuses", url.Values{"name_" + sid: {""}, "new_name": {"Applicant"}}); res.Status != http.StatusUnprocessableEntity {
			t.Fatalf("nameless status: %d", res.Status)
		}
		if res = admin.Post("/office/settings/statuses", url.Values{"name_" + sid: {"Placed"}, "timesheets_" + sid: {"on"}, "new_name": {"Applicant"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("statuses: %d", res.Status)
		}
		sts, _ := env.Store.CandidateStatuses(ctx)
		if len(sts) != 2 || sts[0].FullProfile || !sts[0].Timesheets || sts[1].Name != "Applicant" {
			t.Fatalf("statuses %+v", sts)
		}
		// B5: the other agency's settings are untouched.
		if o, _ := env.Store.Settings(env.Other.Ctx); o.RetentionYears != 3 {
			t.Errorf("other agency's settings changed: %+v", o)
		}
	})
}
