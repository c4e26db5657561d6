package office_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// settingsForm posts the careers settings as a multipart form with an
// optional logo.
func settingsForm(t *testing.T, c *webtest.Client, fields url.Values, logo []byte, logoName string) webtest.Response {
	t.Helper()
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	for k, vs := range fields {
		for _, v := range vs {
			_ = w.WriteField(k, v)
		}
	}
	if logo != nil {
		f, _ := w.CreateFormFile("careers_logo", logoName)
		_, _ = f.Write(logo)
	}
	_ = w.Close()
	return c.PostMultipart("/office/settings/careers", w.FormDataContentType(), &b)
}

func pngLogo(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 4, 4))
	img.Set(1, 1, color.RGBA{200, 30, 30, 255})
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// A3, issue 16 item 1: an admin chooses which vacancies the careers site
// publishes (a source), its name, logo and colours; the site shows them at
// once. Bad input (a colour that is none, a link colour too light to read,
// a logo that is no picture, another agency's source) is refused next to
// its field and nothing is saved.
func TestCareersSettingsPage_A3_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		w := env.Acme.CareersWorld(t, env.Store)
		other := env.Other.CareersWorld(t, env.Store)
		admin := env.AdminClient(t)
		if res := admin.Get("/office/settings/careers"); res.Status != http.StatusOK || !strings.Contains(res.Body, `name="careers_source_id"`) {
			t.Fatalf("settings page: %d", res.Status)
		}
		good := url.Values{"careers_source_id": {fmt.Sprint(w.Source.ID)}, "careers_name": {"Acme Jobs"},
			"careers_brand_color": {"#7a1f1f"}, "careers_link_color": {"#0b5394"}, "careers_country": {"BE"},
			"careers_phase_id": {fmt.Sprint(w.Applied.ID)}, "careers_status_id": {fmt.Sprint(w.Applicant.ID)},
			"careers_owner_id": {fmt.Sprint(env.Acme.Admin.ID)}}
		before, _ := env.Store.Settings(env.Acme.Ctx)
		for _, tc := range []struct {
			name  string
			edit  func(v url.Values)
			logo  []byte
			field string
		}{
			{"no colour", func(v url.Values) { v.Set("careers_brand_color", "red") }, nil, "careers_brand_color"},
			{"unreadable links", func(v url.Values) { v.Set("careers_link_color", "#ffff66") }, nil, "careers_link_color"},
			{"another agency's source", func(v url.Values) { v.Set("careers_source_id", fmt.Sprint(other.Source.ID)) }, nil, "careers_source_id"},
			{"unknown country", func(v url.Values) { v.Set("careers_country", "XX") }, nil, "careers_country"},
			{"a logo that is no picture", func(url.Values) {}, []byte("%PDF-1.4 not a logo"), "careers_logo"},
			{"an SVG logo", func(url.Values) {}, []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`), "careers_logo"},
			{"NUL in the name", func(v url.Values) { v.Set("careers_name", "Acme\x00") }, nil, "form"},
			{"an escape in the name", func(v url.Values) { v.Set("careers_name", "Acme\x1b[1m") }, nil, "careers_name"},
		} {
			f := url.Values{}
			for k, v := range good {
				f[k] = v
			}
			tc.edit(f)
			res := settingsForm(t, admin, f, tc.logo, "logo.svg")
			if res.Status == http.StatusSeeOther || !strings.Contains(res.Body, `id="e-`+tc.field+`"`) && !strings.Contains(res.Body, `f-`+tc.field+`" name="`+tc.field+`" type="color" value`) {
				t.Errorf("%s: %d, no error on %s", tc.name, res.Status, tc.field)
			}
			if after, _ := env.Store.Settings(env.Acme.Ctx); after.Careers != before.Careers {
				t.Fatalf("%s: saved %+v", tc.name, after.Careers)
			}
		}
		logo := pngLogo(t)
		if res := settingsForm(t, admin, good, logo, "logo.png"); res.Status != http.StatusSeeOther {
			t.Fatalf("save: %d\n%s", res.Status, res.Body)
		}
		set, _ := env.Store.Settings(env.Acme.Ctx)
		if set.Careers.Name != "Acme Jobs" || set.Careers.Country != "BE" || set.Careers.Logo == "" || set.Careers.OwnerID != env.Acme.Admin.ID {
			t.Fatalf("saved %+v", set.Careers)
		}
		visitor := env.Client(t)
		jobs := visitor.Get("/jobs")
		if !strings.Contains(jobs.Body, "Acme Jobs") || !strings.Contains(jobs.Body, `src="/jobs/logo?v=`+set.Careers.Logo+`"`) {
			t.Errorf("the site does not show its name and logo")
		}
		theme := visitor.Get(regexpFind(t, jobs.Body, `href="(/jobs/theme\.css\?v=[0-9a-f]+)"`))
		if !strings.Contains(theme.Body, "--brand: #7a1f1f; --on-brand: #ffffff; --link: #0b5394;") || !strings.HasPrefix(theme.Header.Get("Content-Type"), "text/css") {
			t.Errorf("theme %q", theme.Body)
		}
		if res := visitor.Get("/jobs/logo"); res.Status != http.StatusOK || !bytes.Equal([]byte(res.Body), logo) || res.Header.Get("Content-Type") != "image/png" {
			t.Errorf("logo: %d %s", res.Status, res.Header.Get("Content-Type"))
		}
		oc := env.Client(t)
		oc.Host = "other.test"
		if res := oc.Get("/jobs/logo"); res.Status != http.StatusNotFound {
			t.Errorf("the other agency shows Acme's logo: %d", res.Status)
		}
		good.Set("careers_remove_logo", "on")
		if res := settingsForm(t, admin, good, nil, ""); res.Status != http.StatusSeeOther {
			t.Fatalf("remove logo: %d", res.Status)
		}
		if res := visitor.Get("/jobs/logo"); res.Status != http.StatusNotFound {
			t.Errorf("the removed logo still shows: %d", res.Status)
		}
		audit, _, _ := env.Store.AuditEntries(env.Acme.Ctx, store.AuditFilter{Action: "settings"})
		if len(audit) != 2 || audit[0].ActorID != env.Acme.Admin.ID {
			t.Errorf("audit %+v", audit)
		}
	})
}

// A1, issue 16 items 2 and 7: a recruiter states a vacancy's pay range and
// category in the back office and sees whether the careers site publishes
// it; with a range required, publishing one without is refused on the pay
// field. A candidate entered with a known e-mail address shows its possible
// duplicate with the evidence, and an applicant's page its applications.
func TestVacancyPayAndCandidateDuplicates_A1_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		w := env.Acme.CareersWorld(t, env.Store)
		rec := env.Recruiter(t)
		form := url.Values{"title": {"Scaffolder"}, "company_id": {fmt.Sprint(w.Company.ID)}, "source_id": {fmt.Sprint(w.Source.ID)},
			"procedure_id": {fmt.Sprint(w.Procedure.ID)}, "owner_id": {fmt.Sprint(env.Acme.Recruiter.ID)}, "status": {"open"},
			"location": {"Gent"}, "hours_per_week": {"38"}, "category": {"Construction"}, "closes_on": {"2031-06-30"},
			"pay_min": {"2900"}, "pay_max": {"3400"}, "pay_currency": {"EUR"}, "pay_period": {"month"}}
		res := rec.Post("/office/vacancies", form)
		if res.Status != http.StatusSeeOther {
			t.Fatalf("create: %d\n%s", res.Status, res.Body)
		}
		page := rec.Get(res.Location)
		if !strings.Contains(page.Body, "€2,900 – €3,400 per month") || !strings.Contains(page.Body, "Construction") ||
			!strings.Contains(page.Body, `href="/jobs/`) {
			t.Errorf("vacancy page misses pay, category or its careers link")
		}
		set, _ := env.Store.Settings(env.Acme.Ctx)
		set.Careers.PayRequired = true
		if err := env.Store.SaveSettings(env.Acme.Ctx, set); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"pay_min", "pay_max", "pay_period"} {
			form.Del(k)
		}
		form.Set("title", "Scaffolder without pay")
		res = rec.Post("/office/vacancies", form)
		if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-pay_min"`) || !strings.Contains(res.Body, "only with a pay range") {
			t.Fatalf("without a range: %d", res.Status)
		}
		if list, _, _ := env.Store.Vacancies(env.Acme.Ctx, store.VacancyFilter{Query: "without pay"}); len(list) != 0 {
			t.Fatal("the refused vacancy was saved")
		}

		known := env.Acme.Candidate(t, env.Store, "Karin", "Klaassen")
		cand := url.Values{"first_name": {"Carin"}, "last_name": {"Claassen"}, "email": {strings.ToUpper(known.Email)},
			"language": {"nl"}, "owner_id": {fmt.Sprint(env.Acme.Recruiter.ID)}, "status_id": {fmt.Sprint(env.Acme.Status.ID)}}
		res = rec.Post("/office/candidates", cand)
		if res.Status != http.StatusSeeOther {
			t.Fatalf("create candidate: %d\n%s", res.Status, res.Body)
		}
		page = rec.Get(res.Location)
		if !strings.Contains(page.Body, `id="duplicates"`) || !strings.Contains(page.Body, fmt.Sprintf(`href="/office/candidates/%d">Karin Klaassen</a>`, known.ID)) ||
			!strings.Contains(page.Body, "same e-mail address") {
			t.Errorf("the new candidate's page does not show its duplicate")
		}
		if strings.Contains(rec.Get(fmt.Sprintf("/office/candidates/%d", w.Applicant.ID)).Body, `id="duplicates"`) {
			t.Error("duplicates shown where there are none")
		}

		// An applicant's page lists its application with source and campaign.
		visitor := env.Client(t)
		ct, body := multipartFields(t, map[string]string{"first_name": "Karin", "last_name": "Klaassen", "email": known.Email,
			"consent": "on", "utm_source": "newsletter"})
		if res := visitor.PostMultipart(fmt.Sprintf("/jobs/%d/apply", w.Published[2].ID), ct, body); res.Status != http.StatusSeeOther {
			t.Fatalf("apply: %d\n%s", res.Status, res.Body)
		}
		page = rec.Get(fmt.Sprintf("/office/candidates/%d", known.ID))
		if !strings.Contains(page.Body, `id="applications"`) || !strings.Contains(page.Body, "Careers site · utm_source newsletter") ||
			!strings.Contains(page.Body, w.Published[2].Title) {
			t.Errorf("the applicant's page does not list the application")
		}
	})
}

func multipartFields(t *testing.T, fields map[string]string) (string, *bytes.Buffer) {
	t.Helper()
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	for k, v := range fields {
		_ = w.WriteField(k, v)
	}
	_ = w.Close()
	return w.FormDataContentType(), &b
}

// regexpFind is the first group of pattern in s; the test fails without one.
func regexpFind(t *testing.T, s, pattern string) string {
	t.Helper()
	m := regexp.MustCompile(pattern).FindStringSubmatch(s)
	if m == nil {
		t.Fatalf("no %s in the page", pattern)
	}
	return m[1]
}

// A1, issue 16 item 7: from a duplicate on a candidate's page the
// recruiter opens the two records side by side, chooses per field, and
// merges; the other record is gone, its data on the survivor. A record
// privacy keeps as it is cannot be merged, and says why.
func TestCandidateMergePage_A1_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		a, st := env.Acme, env.Store
		keep := a.Candidate(t, st, "Mila", "Meijer")
		twin := domain.Candidate{OwnerID: a.Recruiter.ID, StatusID: a.Status.ID, FirstName: "Mila", LastName: "Meyer",
			Email: keep.Email, Phone: "+31 6 1111 2222", City: "Utrecht", Language: "de"}
		if err := st.CreateCandidate(a.Ctx, &twin); err != nil {
			t.Fatal(err)
		}
		rec := env.Recruiter(t)
		page := rec.Get(fmt.Sprintf("/office/candidates/%d", keep.ID))
		link := fmt.Sprintf(`href="/office/candidates/%d/merge/%d"`, keep.ID, twin.ID)
		if !strings.Contains(page.Body, link) {
			t.Fatalf("no merge link on the duplicate")
		}
		form := rec.Get(fmt.Sprintf("/office/candidates/%d/merge/%d", keep.ID, twin.ID))
		if form.Status != http.StatusOK || !strings.Contains(form.Body, `name="take_phone" value="other"`) || !strings.Contains(form.Body, "6 1111 2222") {
			t.Fatalf("merge form: %d", form.Status)
		}
		res := rec.Post(fmt.Sprintf("/office/candidates/%d/merge/%d", keep.ID, twin.ID),
			url.Values{"take_phone": {"other"}, "take_language": {"other"}, "take_last_name": {"keep"}})
		if res.Status != http.StatusSeeOther || !strings.Contains(res.Location, "flash=candidate.merge.done") {
			t.Fatalf("merge: %d %s", res.Status, res.Location)
		}
		got, _ := st.Candidate(a.Ctx, keep.ID)
		if got.Phone != "+31 6 1111 2222" || got.Language != "de" || got.LastName != "Meijer" {
			t.Errorf("survivor %+v", got)
		}
		if res := rec.Get(fmt.Sprintf("/office/candidates/%d", twin.ID)); res.Status != http.StatusNotFound {
			t.Errorf("the merged record answers %d", res.Status)
		}
		if strings.Contains(rec.Get(fmt.Sprintf("/office/candidates/%d", keep.ID)).Body, `id="duplicates"`) {
			t.Error("the merged duplicate is still listed")
		}
		held := a.Candidate(t, st, "Mila", "Held")
		if _, err := db.Raw().Exec(`UPDATE candidates SET objected = TRUE WHERE tenant_id = $1 AND id = $2`, a.Tenant.ID, held.ID); err != nil {
			t.Fatal(err)
		}
		res = rec.Post(fmt.Sprintf("/office/candidates/%d/merge/%d", keep.ID, held.ID), url.Values{})
		if res.Status != http.StatusConflict || !strings.Contains(res.Body, `id="problem"`) {
			t.Errorf("merging an objecting record: %d", res.Status)
		}
		if _, err := st.Candidate(a.Ctx, held.ID); err != nil {
			t.Errorf("the refused merge removed the record: %v", err)
		}
	})
}
