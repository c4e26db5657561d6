package careers_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// site is a running application whose default agency (Acme) has a careers
// site at base (the install's base URL, which links start with), and whose
// other agency (on other.test) has one too.
type site struct {
	env       *webtest.Env
	base      string
	otherBase string
	acme      webtest.CareersWorld
	other     webtest.CareersWorld
}

func newSite(t *testing.T, db *store.DB) site {
	t.Helper()
	env := webtest.New(t, db)
	svc := env.Careers().Svc
	svc.ApplyLimit = &service.Limiter{DB: db, Max: 1000, Window: time.Hour}
	return site{env: env, base: svc.Links.Root(env.Acme.Tenant), otherBase: svc.Links.Root(env.Other.Tenant),
		acme: env.Acme.CareersWorld(t, env.Store), other: env.Other.CareersWorld(t, env.Store)}
}

func path(v domain.Vacancy) string { return domain.CareersPath(v) }

// Issue 16 item 1: /jobs lists exactly the published vacancies, in the
// language the browser asks for or the visitor picks (which its links
// keep), with the pay ranges written the language's way; a vacancy's page
// is at /jobs/{id}-{slug}, and other addresses of it lead there.
func TestCareersPagesInFourLanguages_I16(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	heading := map[string]string{"en": "Work with", "nl": "Werken via", "de": "Arbeiten mit", "fr": "Travailler avec"}
	pay := map[string]string{"en": "€18.50 – €22.75 per hour", "nl": "€ 18,50 – € 22,75 per uur",
		"de": "18,50 € – 22,75 € pro Stunde", "fr": "18,50 € – 22,75 € par heure"}
	for _, lang := range domain.Languages {
		for _, how := range []string{"browser", "chosen"} {
			c := s.env.Client(t)
			var res webtest.Response
			if how == "browser" {
				res = c.GetWithHeader("/jobs", "Accept-Language", lang+", en;q=0.5")
			} else {
				res = c.GetWithHeader("/jobs?lang="+lang, "Accept-Language", "xx")
			}
			if res.Status != http.StatusOK || !strings.Contains(res.Body, `<html lang="`+lang+`">`) || !strings.Contains(res.Body, heading[lang]) {
				t.Fatalf("%s by %s: %d\n%s", lang, how, res.Status, res.Body)
			}
			for _, v := range s.acme.Published {
				if !strings.Contains(res.Body, `>`+htmlText(v.Title)+`</a>`) {
					t.Errorf("%s: %q is not listed", lang, v.Title)
				}
			}
			for _, v := range s.acme.Hidden {
				if strings.Contains(res.Body, htmlText(v.Title)) {
					t.Errorf("%s: %q is listed", lang, v.Title)
				}
			}
			for _, v := range s.other.Published {
				if strings.Contains(res.Body, `href="`+path(v)) {
					t.Errorf("%s: the other agency's %q is listed", lang, v.Title)
				}
			}
			if got := nbsp.Replace(res.Body); !strings.Contains(got, pay[lang]) {
				t.Errorf("%s: pay range not written as %q", lang, pay[lang])
			}
			link := path(s.acme.Published[2])
			if how == "chosen" {
				link += "?lang=" + lang
			}
			if !strings.Contains(res.Body, `href="`+link+`"`) {
				t.Errorf("%s by %s: no link %s", lang, how, link)
			}
			if k := untranslated.FindString(res.Body); k != "" {
				t.Errorf("%s: the untranslated key %s shows", lang, k)
			}
		}
	}
	c := s.env.Client(t)
	v := s.acme.Published[2]
	if res := c.Get("/jobs/" + fmt.Sprint(v.ID) + "?utm_source=x"); res.Status != http.StatusMovedPermanently || res.Location != path(v)+"?utm_source=x" {
		t.Errorf("bare id: %d %s", res.Status, res.Location)
	}
	if res := c.Get("/jobs/" + fmt.Sprint(v.ID) + "-old-title"); res.Status != http.StatusMovedPermanently || res.Location != path(v) {
		t.Errorf("old slug: %d %s", res.Status, res.Location)
	}
	res := c.Get(path(v) + "?utm_source=linkedin&lang=fr")
	if res.Status != http.StatusOK || !strings.Contains(res.Body, "<h1>"+htmlText(v.Title)+"</h1>") ||
		!strings.Contains(res.Body, `name="utm_source" value="linkedin"`) || !strings.Contains(res.Body, `<link rel="canonical" href="`+s.base+path(v)+`">`) {
		t.Fatalf("vacancy page: %d\n%s", res.Status, res.Body)
	}
}

var untranslated = regexp.MustCompile(`(careers|error|page|pager)\.[a-z_]+\.[a-z_.]+`)

var nbsp = strings.NewReplacer("\u00a0", " ", "\u202f", " ")

func htmlText(s string) string {
	return strings.NewReplacer("&", "&amp;", "'", "&#39;", "<", "&lt;", ">", "&gt;", `"`, "&#34;").Replace(s)
}

// Issue 16 item 1: search, filters and pages narrow the list and keep each
// other.
func TestCareersSearchFiltersAndPages_I16(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	st, a := s.env.Store, s.env.Acme
	for i := range 45 {
		v := domain.Vacancy{CompanyID: s.acme.Company.ID, OwnerID: a.Recruiter.ID, SourceID: s.acme.Source.ID, ProcedureID: s.acme.Procedure.ID,
			Title: fmt.Sprintf("Forklift driver %02d", i), Location: "Rotterdam", HoursPerWeek: 38, Category: "Logistics", Status: domain.VacancyOpen}
		if err := st.CreateVacancy(a.Ctx, &v); err != nil {
			t.Fatal(err)
		}
	}
	c := s.env.Client(t)
	count := regexp.MustCompile(`Vacancies found: (\d+)`)
	titles := regexp.MustCompile(`>(Forklift driver \d\d)</a>`)
	var seen []string
	for page := 1; page <= 3; page++ {
		res := c.Get(fmt.Sprintf("/jobs?q=forklift&location=Rotterdam&hours=full&page=%d", page))
		if m := count.FindStringSubmatch(res.Body); m == nil || m[1] != "45" {
			t.Fatalf("page %d: count %v", page, m)
		}
		for _, m := range titles.FindAllStringSubmatch(res.Body, -1) {
			seen = append(seen, m[1])
		}
		if page < 3 && !strings.Contains(res.Body, `page=`+fmt.Sprint(page+1)) {
			t.Errorf("page %d has no link to the next", page)
		}
		if !strings.Contains(res.Body, `<option value="Rotterdam" selected>`) {
			t.Errorf("page %d forgot the location filter", page)
		}
	}
	slices.Sort(seen)
	if len(seen) != 45 || len(slices.Compact(seen)) != 45 {
		t.Errorf("pages listed %d vacancies, %d different", len(seen), len(slices.Compact(seen)))
	}
	for q, want := range map[string]string{
		"/jobs?hours=part":                     "1",
		"/jobs?category=Logistics":             "46",
		"/jobs?location=Utrecht":               "2",
		"/jobs?q=soudeur":                      "1",
		"/jobs?q=" + url.QueryEscape("%"):      "0",
		"/jobs?q=" + strings.Repeat("a", 5000): "0",
		"/jobs?hours=nonsense":                 "48",
		"/jobs?page=999":                       "48",
	} {
		res := c.Get(q)
		if m := count.FindStringSubmatch(res.Body); res.Status != http.StatusOK || m == nil || m[1] != want {
			t.Errorf("%s: %d, count %v, want %s", q, res.Status, m, want)
		}
	}
	// A query that no database can store is refused at the edge (issue 11).
	for _, q := range []string{"/jobs?q=a%00b", "/jobs?q=%ff%fe", "/jobs?location=%00"} {
		if res := c.Get(q); res.Status != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", q, res.Status)
		}
	}
}

// ldJSON finds the page's JSON-LD.
var ldJSON = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)

// Issue 16 item 3: every published vacancy's page carries a schema.org
// JobPosting with Google's required and recommended properties, each of the
// type Google takes, and every address in it absolute on the agency's site.
func TestJobPostingJSONLD_I16(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	c := s.env.Client(t)
	// A description with markup in it stays text.
	v := s.acme.Published[0]
	v.Description = "Line one </script><script>alert(1)</script>\nLine two & more\n\nSecond paragraph"
	if err := s.env.Store.UpdateVacancy(s.env.Acme.Ctx, &v); err != nil {
		t.Fatal(err)
	}
	for _, v := range s.acme.Published {
		res := c.Get(path(v))
		m := ldJSON.FindStringSubmatch(res.Body)
		if res.Status != http.StatusOK || m == nil {
			t.Fatalf("%s: %d, JSON-LD found: %v", v.Title, res.Status, m != nil)
		}
		if strings.Contains(m[1], "</script") || strings.Contains(m[1], "<script") {
			t.Fatalf("%s: markup breaks out of the JSON-LD: %s", v.Title, m[1])
		}
		var p map[string]any
		if err := json.Unmarshal([]byte(m[1]), &p); err != nil {
			t.Fatalf("%s: %v\n%s", v.Title, err, m[1])
		}
		str := func(obj map[string]any, key string) string {
			t.Helper()
			s, ok := obj[key].(string)
			if !ok || s == "" {
				t.Errorf("%s: %s is %T %v, want a non-empty string", v.Title, key, obj[key], obj[key])
			}
			return s
		}
		object := func(obj map[string]any, key, typ string) map[string]any {
			t.Helper()
			o, ok := obj[key].(map[string]any)
			if !ok || o["@type"] != typ {
				t.Errorf("%s: %s is %v, want a %s", v.Title, key, obj[key], typ)
				return map[string]any{}
			}
			return o
		}
		if p["@context"] != "https://schema.org/" || p["@type"] != "JobPosting" {
			t.Errorf("%s: context/type %v %v", v.Title, p["@context"], p["@type"])
		}
		if str(p, "title") != v.Title || !strings.HasPrefix(str(p, "description"), "<p>") {
			t.Errorf("%s: title/description %v %v", v.Title, p["title"], p["description"])
		}
		if _, err := time.Parse(time.DateOnly, str(p, "datePosted")); err != nil {
			t.Errorf("%s: datePosted %v", v.Title, err)
		}
		through, err := time.Parse(time.RFC3339, str(p, "validThrough"))
		if err != nil || !through.After(time.Now()) {
			t.Errorf("%s: validThrough %v %v", v.Title, through, err)
		}
		if !v.ClosesOn.IsZero() && through.Format(time.DateOnly) != v.ClosesOn.String() {
			t.Errorf("%s: validThrough %s, closes on %s", v.Title, through, v.ClosesOn)
		}
		if et := str(p, "employmentType"); !slices.Contains([]string{"FULL_TIME", "PART_TIME", "OTHER"}, et) {
			t.Errorf("%s: employmentType %s", v.Title, et)
		}
		org := object(p, "hiringOrganization", "Organization")
		if str(org, "name") != "Acme Staffing Careers" || str(org, "sameAs") != s.base+"/jobs" {
			t.Errorf("%s: hiringOrganization %v", v.Title, org)
		}
		addr := object(object(p, "jobLocation", "Place"), "address", "PostalAddress")
		if str(addr, "addressLocality") != v.Location || str(addr, "addressCountry") != "NL" {
			t.Errorf("%s: address %v", v.Title, addr)
		}
		id := object(p, "identifier", "PropertyValue")
		if str(id, "value") != fmt.Sprint(v.ID) || str(id, "name") == "" {
			t.Errorf("%s: identifier %v", v.Title, id)
		}
		if str(p, "url") != s.base+path(v) || p["directApply"] != true {
			t.Errorf("%s: url %v, directApply %v", v.Title, p["url"], p["directApply"])
		}
		if v.Pay.IsZero() {
			if _, ok := p["baseSalary"]; ok {
				t.Errorf("%s: a salary without a range", v.Title)
			}
			continue
		}
		sal := object(p, "baseSalary", "MonetaryAmount")
		val := object(sal, "value", "QuantitativeValue")
		lo, okLo := val["minValue"].(float64)
		hi, okHi := val["maxValue"].(float64)
		if str(sal, "currency") != v.Pay.Currency || !okLo || !okHi || lo != float64(v.Pay.MinCents)/100 || hi != float64(v.Pay.MaxCents)/100 ||
			!slices.Contains([]string{"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}, str(val, "unitText")) {
			t.Errorf("%s: baseSalary %v", v.Title, sal)
		}
	}
}

// Issue 16 item 3: the job feed, the RSS feed and the sitemap are
// well-formed XML, list exactly the published vacancies, and link to the
// agency's own address whatever Host header the request came with.
func TestFeedsListExactlyThePublished_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		c := s.env.Client(t)
		c.Host = "attacker.example" // no agency has it: the default agency answers
		var want []string
		for _, v := range s.acme.Published {
			want = append(want, s.base+path(v))
		}
		slices.Sort(want)
		for _, tc := range []struct {
			path, contentType string
			links             func(body []byte) ([]string, error)
		}{
			{"/jobs/feed.xml", "application/xml", func(b []byte) ([]string, error) {
				var f struct {
					Publisher string `xml:"publisher"`
					Jobs      []struct {
						URL    string `xml:"url"`
						Title  string `xml:"title"`
						Salary string `xml:"salary"`
					} `xml:"job"`
				}
				err := strictXML(b, &f)
				var out []string
				for _, j := range f.Jobs {
					out = append(out, strings.TrimSpace(j.URL))
				}
				if f.Publisher != "Acme Staffing Careers" || len(f.Jobs) > 0 && f.Jobs[len(f.Jobs)-1].Salary == "" {
					t.Errorf("job feed: publisher %q, salary of the welder %+v", f.Publisher, f.Jobs)
				}
				return out, err
			}},
			{"/jobs/rss.xml", "application/rss+xml", func(b []byte) ([]string, error) {
				var f struct {
					Version string `xml:"version,attr"`
					Items   []struct {
						Link string `xml:"link"`
						GUID string `xml:"guid"`
					} `xml:"channel>item"`
				}
				err := strictXML(b, &f)
				var out []string
				for _, it := range f.Items {
					out = append(out, it.Link)
					if it.GUID != it.Link {
						t.Errorf("rss guid %s for %s", it.GUID, it.Link)
					}
				}
				if f.Version != "2.0" {
					t.Errorf("rss version %q", f.Version)
				}
				return out, err
			}},
			{"/sitemap.xml", "application/xml", func(b []byte) ([]string, error) {
				var f struct {
					XMLName xml.Name
					URLs    []struct {
						Loc string `xml:"loc"`
					} `xml:"url"`
				}
				err := strictXML(b, &f)
				if f.XMLName.Space != "http://www.sitemaps.org/schemas/sitemap/0.9" || f.XMLName.Local != "urlset" {
					t.Errorf("sitemap root %v", f.XMLName)
				}
				var out []string
				for _, u := range f.URLs {
					if u.Loc != s.base+"/jobs" {
						out = append(out, u.Loc)
					}
				}
				if len(f.URLs) != len(out)+1 {
					t.Errorf("sitemap misses /jobs")
				}
				return out, err
			}},
		} {
			res := c.Get(tc.path)
			if res.Status != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), tc.contentType) {
				t.Fatalf("%s: %d %s", tc.path, res.Status, res.Header.Get("Content-Type"))
			}
			if strings.Contains(res.Body, "attacker.example") {
				t.Errorf("%s links to the Host header", tc.path)
			}
			got, err := tc.links([]byte(res.Body))
			if err != nil {
				t.Errorf("%s is not well-formed: %v", tc.path, err)
			}
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("%s lists %v\nwant %v", tc.path, got, want)
			}
			// The other agency's feed lists its own.
			oc := s.env.Client(t)
			oc.Host = "other.test"
			other := oc.Get(tc.path)
			for _, v := range s.acme.Published {
				if strings.Contains(other.Body, path(v)+"<") || strings.Contains(other.Body, path(v)+"]") {
					t.Errorf("%s of the other agency lists %s", tc.path, v.Title)
				}
			}
			if !strings.Contains(other.Body, s.otherBase+path(s.other.Published[0])) {
				t.Errorf("%s of the other agency misses its vacancy", tc.path)
			}
		}
	})
}

// strictXML decodes a whole document, failing on anything not well-formed.
func strictXML(b []byte, v any) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	if err := d.Decode(v); err != nil {
		return err
	}
	for {
		if _, err := d.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

// applyBody is a multipart application.
func applyBody(t *testing.T, fields map[string]string, cv []byte, cvName string) (string, *bytes.Buffer) {
	t.Helper()
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	for k, v := range fields {
		if err := w.WriteField(k, v); err != nil {
			t.Fatal(err)
		}
	}
	if cv != nil {
		f, err := w.CreateFormFile("cv", cvName)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = f.Write(cv)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return w.FormDataContentType(), &b
}

func applicant(email string) map[string]string {
	return map[string]string{"first_name": "Jean", "last_name": "Dupont", "email": email, "phone": "+33 6 00 00 00 01",
		"motivation": "Soudeur qualifié.", "consent": "on", "utm_source": "indeed"}
}

var pdf = []byte("%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")

// Issue 16 item 4 over HTTP: an application with a PDF lands and leads to
// the thank-you page; the form asks no salary and needs no script; refused
// submissions (honeypot, no consent, hostile text, a refused or too large
// file, too many from one address) change nothing and say why in the
// visitor's language.
func TestApplyOverHTTP_I16(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	c := s.env.Client(t)
	v := s.acme.Published[2]
	page := c.Get(path(v) + "?lang=fr")
	form := page.Body[strings.Index(page.Body, `<form method="post"`):]
	form = form[:strings.Index(form, "</form>")]
	for _, bad := range []string{"salary", "salaire", "wage", "pay", "<script", "onclick", "onsubmit"} {
		if strings.Contains(strings.ToLower(form), bad) {
			t.Errorf("the application form holds %q", bad)
		}
	}
	if strings.Count(page.Body, "<script") != 1 || !strings.Contains(page.Body, `<script type="application/ld+json">`) {
		t.Errorf("the page carries script other than its JSON-LD data")
	}
	if !strings.Contains(page.Body, `enctype="multipart/form-data"`) || !strings.Contains(page.Body, `action="/jobs/`+fmt.Sprint(v.ID)+`/apply?lang=fr"`) {
		t.Fatalf("the form:\n%s", page.Body)
	}
	count := func() int {
		var n int
		if err := s.env.DB.Raw().QueryRow(`SELECT (SELECT COUNT(*) FROM candidates) + (SELECT COUNT(*) FROM applications) +
			(SELECT COUNT(*) FROM outbox) + (SELECT COUNT(*) FROM attachments)`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := count()
	post := func(target string, fields map[string]string, cv []byte, name string) webtest.Response {
		ct, body := applyBody(t, fields, cv, name)
		return c.PostMultipart(target, ct, body)
	}
	target := "/jobs/" + fmt.Sprint(v.ID) + "/apply?lang=fr"
	honey := applicant("bot@example.com")
	honey["website"] = "http://spam.example"
	if res := post(target, honey, pdf, "cv.pdf"); res.Status != http.StatusSeeOther || !strings.HasPrefix(res.Location, "/jobs/applied") {
		t.Errorf("honeypot: %d %s", res.Status, res.Location)
	}
	for _, tc := range []struct {
		name   string
		edit   func(f map[string]string)
		cv     []byte
		cvName string
		status int
		says   string
	}{
		{"no consent", func(f map[string]string) { delete(f, "consent") }, pdf, "cv.pdf", 422, "Veuillez confirmer"},
		{"NUL in the name", func(f map[string]string) { f["last_name"] = "Du\x00pont" }, pdf, "cv.pdf", 422, "octet nul"},
		{"invalid UTF-8", func(f map[string]string) { f["motivation"] = "\xff\xfe" }, pdf, "cv.pdf", 422, "octet nul"},
		{"escape code", func(f map[string]string) { f["motivation"] = "hi\x1b[31m" }, pdf, "cv.pdf", 422, "pas du texte"},
		{"1 MB of motivation", func(f map[string]string) { f["motivation"] = strings.Repeat("x", 1<<20) }, pdf, "cv.pdf", 422, "trop long"},
		{"bad address", func(f map[string]string) { f["email"] = "not an address" }, pdf, "cv.pdf", 422, "e-mail"},
		{"an executable", func(map[string]string) {}, []byte("MZ\x90\x00\x03\x00\x00\x00"), "cv.pdf", 415, "pas accepté"},
		{"an empty file", func(map[string]string) {}, []byte{}, "cv.pdf", 422, "vide"},
	} {
		f := applicant(strings.ReplaceAll(tc.name, " ", "") + "@example.com")
		tc.edit(f)
		res := post(target, f, tc.cv, tc.cvName)
		if res.Status != tc.status || !strings.Contains(res.Body, tc.says) || !strings.Contains(res.Body, `<html lang="fr">`) {
			t.Errorf("%s: %d, want %d saying %q", tc.name, res.Status, tc.status, tc.says)
		}
		if tc.status == 422 && tc.name != "1 MB of motivation" && !strings.Contains(res.Body, `value="Jean"`) {
			t.Errorf("%s: the form lost what was typed", tc.name)
		}
	}
	small := s.env.Careers().MaxUpload
	s.env.Careers().MaxUpload = 1 << 10
	if res := post(target, applicant("big@example.com"), bytes.Repeat([]byte("%PDF-1.4 "), 1<<10), "cv.pdf"); res.Status != http.StatusRequestEntityTooLarge {
		t.Errorf("too large: %d", res.Status)
	}
	s.env.Careers().MaxUpload = small
	if n := count(); n != before {
		t.Fatalf("refused submissions changed %d rows", n-before)
	}

	res := post(target, applicant("jean.dupont@example.fr"), pdf, "CV Jean.pdf")
	if res.Status != http.StatusSeeOther || res.Location != "/jobs/applied?lang=fr" {
		t.Fatalf("apply: %d %s\n%s", res.Status, res.Location, res.Body)
	}
	thanks := c.Get(res.Location)
	if !strings.Contains(thanks.Body, "Merci pour votre candidature") {
		t.Errorf("thank-you page:\n%s", thanks.Body)
	}
	cands, _, _ := s.env.Store.Candidates(s.env.Acme.Ctx, store.CandidateFilter{Query: "jean.dupont@example.fr"})
	if len(cands) != 1 || cands[0].Language != "fr" {
		t.Fatalf("candidates %+v", cands)
	}
	apps, _ := s.env.Store.Applications(s.env.Acme.Ctx, cands[0].ID)
	if len(apps) != 1 || apps[0].UTMSource != "indeed" || apps[0].VacancyID != v.ID || apps[0].MatchID == 0 {
		t.Fatalf("applications %+v", apps)
	}
	// An open application needs no vacancy.
	if res := post("/jobs/apply", applicant("open@example.fr"), nil, ""); res.Status != http.StatusSeeOther {
		t.Fatalf("open application: %d\n%s", res.Status, res.Body)
	}
	// Too many from one address: the limit answers in the visitor's language.
	s.env.Careers().Svc.ApplyLimit = &service.Limiter{DB: s.env.DB, Max: 1, Window: time.Hour}
	post(target, applicant("one@example.fr"), nil, "")
	if res := post(target, applicant("two@example.fr"), nil, ""); res.Status != http.StatusTooManyRequests || !strings.Contains(res.Body, "Trop de candidatures") {
		t.Errorf("rate limit: %d", res.Status)
	}
}
