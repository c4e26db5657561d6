package web_test

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// marker starts every hostile value, so the database can be searched for
// any trace of one.
const marker = "mpbad"

// hostile are the values no field or parameter may bring in: a NUL byte and
// bytes that are not UTF-8 (%00 and %FF%FE once encoded).
var hostile = map[string]string{"NUL": marker + "\x00x", "invalid UTF-8": marker + "\xff\xfex"}

// F4 (issue 11, finding 9): every route of the three surfaces and of the
// API, called by the person it is for, refuses a NUL byte or invalid UTF-8
// in a query parameter or a path value (400), in every field of the forms
// that post to it (422, URL-encoded and multipart alike) and in every
// string field of its JSON body (422), on both databases; no such value
// reaches the database. The cases come from the route tables, and the
// fields from the forms the surfaces' own pages draw.
func TestBadTextRefused_F4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		fix := newAccessFixture(t, env)
		clients := accessClients(t, env)
		routes := env.AllRoutes()
		forms := crawlForms(t, env, fix, clients, routes)
		counts := map[string]int{}
		var later []webtest.SurfaceRoute
		for _, rt := range routes {
			method, path, _ := fix.path(t, rt.Pattern)
			c := clientFor(clients, rt)
			for name, v := range hostile {
				q := "?q=" + url.QueryEscape(v) + "&page=1"
				expect(t, &counts, "query "+name, rt.Pattern, http.StatusBadRequest, send(c, method, path+q, nil))
				expect(t, &counts, "query name "+name, rt.Pattern, http.StatusBadRequest, send(c, method, path+"?"+url.QueryEscape(v)+"=1", nil))
				if p, ok := withBadPathValue(path, rt.Pattern, v); ok {
					res := send(c, method, p, nil)
					if res.Status != http.StatusBadRequest && res.Status != http.StatusNotFound {
						t.Errorf("%s with a path value holding %s: %d, want 400 (or 404 where no route matches)", rt.Pattern, name, res.Status)
					}
					counts["path "+name]++
				}
			}
			if method != http.MethodPost || strings.HasSuffix(rt.Pattern, "/signout") {
				continue
			}
			f, ok := forms[path]
			if !ok {
				later = append(later, rt) // no page draws its form: generic fields, at the end
				continue
			}
			postForm(t, &counts, c, rt.Pattern, path, f, true)
		}
		// Routes no page draws a form for (the fixture does not reach it)
		// get a generic field and the fields such forms have, after the
		// others; a button that reads no field acts on the post whatever it
		// holds, so for those only 5xx fails, and the search of the
		// database below.
		readsNoField := map[string]bool{"POST /portal/consent/withdraw": true}
		for _, rt := range later {
			_, path, _ := fix.path(t, rt.Pattern)
			generic := pageForm{Fields: url.Values{"zz": {"x"}, "name": {"x"}, "email": {"x@example.test"}, "password": {"x"},
				"token": {"x"}, "body": {"x"}, "reason": {"x"}, "note": {"x"}, "title": {"x"}, "code": {"x"}, "step": {"x"}}}
			postForm(t, &counts, clientFor(clients, rt), rt.Pattern, path, generic, !readsNoField[rt.Pattern])
		}
		apiCases(t, env, fix, &counts)
		var unseen []string
		for _, rt := range later {
			unseen = append(unseen, rt.Pattern)
		}
		t.Logf("cases per kind: %v; routes no page draws a form for: %s", counts, strings.Join(unseen, ", "))
		if counts["form field NUL"] < 200 || counts["json field NUL"] < 50 || counts["query NUL"] < 150 {
			t.Fatalf("too few cases generated: %v", counts)
		}
		if n := signInRefusals(t, env); n < 3 {
			t.Errorf("%d refused sign-ins in the audit log, want at least one per surface", n)
		}
		if traces := tracesOf(t, db); len(traces) > 0 {
			t.Errorf("hostile values reached the database: %s", strings.Join(traces, "; "))
		}
	})
}

// The issue's three examples, literally.
func TestBadTextIssueExamples_F4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		rec := env.Acme.Records(t, env.Store)
		if res := env.Recruiter(t).Get("/office/companies?q=%00"); res.Status != http.StatusBadRequest || !strings.Contains(res.Body, "cannot be read") {
			t.Errorf("GET /office/companies?q=%%00: %d, want 400 with the reason", res.Status)
		}
		anon := env.Client(t)
		res := anon.Post("/office/signin", url.Values{"email": {"a\x00b"}, "password": {"whatever-guess-1"}})
		if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "cannot be stored") {
			t.Errorf("POST /office/signin email=a%%00b: %d, want 422 with the reason", res.Status)
		}
		entries, _, err := env.Store.AuditEntries(env.Acme.Ctx, store.AuditFilter{Action: "sign_in_failed"})
		if err != nil || len(entries) != 1 || entries[0].ActorName != "a\uFFFDb" || entries[0].Detail != "refused input" {
			t.Errorf("the refused sign-in is not audited as a failure: %+v %v", entries, err)
		}
		secret := apiToken(t, env)
		body := `{"headline":"ab\u0000cd"}`
		status, answer := apiCall(t, env, secret, http.MethodPatch, "/api/v1/candidates/"+strconv.FormatInt(rec.Candidate.ID, 10), body)
		if status != http.StatusUnprocessableEntity || !strings.Contains(answer, `"field":"headline"`) || !strings.Contains(answer, domain.KeyBadText) {
			t.Errorf("PATCH candidate %s: %d %s, want 422 naming the field", body, status, answer)
		}
		c, err := env.Store.Candidate(env.Acme.Ctx, rec.Candidate.ID)
		if err != nil || strings.Contains(c.Headline, "ab") {
			t.Errorf("candidate after the refused PATCH: %q %v", c.Headline, err)
		}
	})
}

// A refused sign-in counts against the limit like a wrong password.
func TestBadTextSignInCounted_F4(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	c := env.Client(t)
	email := env.Acme.Recruiter.Email
	for range 10 {
		if res := c.Post("/office/signin", url.Values{"email": {email}, "password": {"guess\x00"}}); res.Status != http.StatusUnprocessableEntity {
			t.Fatalf("refused sign-in: %d", res.Status)
		}
	}
	if res := c.SignIn("/office", email, webtest.Password); res.Status != http.StatusTooManyRequests {
		t.Fatalf("after 10 refused sign-ins the right password gave %d, want 429", res.Status)
	}
}

func clientFor(cs clientSet, rt webtest.SurfaceRoute) *webtest.Client {
	switch {
	case rt.Public:
		return cs["anonymous"]
	case rt.Admin:
		return cs["admin"]
	}
	return cs[cs.own(rt.Surface)]
}

func send(c *webtest.Client, method, path string, form url.Values) webtest.Response {
	if method == http.MethodPost {
		return c.Post(path, form)
	}
	return c.Get(path)
}

func expect(t *testing.T, counts *map[string]int, kind, pattern string, want int, res webtest.Response) {
	t.Helper()
	(*counts)[kind]++
	if res.Status != want {
		t.Errorf("%s, %s: %d, want %d", pattern, kind, res.Status, want)
	}
}

// withBadPathValue puts v in place of the last {parameter} of the path.
func withBadPathValue(path, pattern string, v string) (string, bool) {
	_, p, _ := strings.Cut(strings.TrimSuffix(pattern, "{$}"), " ")
	pat, segs := strings.Split(p, "/"), strings.Split(path, "/")
	for i := len(pat) - 1; i >= 0; i-- {
		if strings.HasPrefix(pat[i], "{") && i < len(segs) {
			segs[i] = url.PathEscape(v)
			return strings.Join(segs, "/"), true
		}
	}
	return "", false
}

// crawlForms opens every GET page of the surfaces as the person it is for
// and keeps, per path posted to, the first form that posts there.
func crawlForms(t *testing.T, env *webtest.Env, fix accessFixture, cs clientSet, routes []webtest.SurfaceRoute) map[string]pageForm {
	t.Helper()
	out := map[string]pageForm{}
	for _, rt := range routes {
		method, path, _ := fix.path(t, rt.Pattern)
		if method != http.MethodGet {
			continue
		}
		res := clientFor(cs, rt).Get(path)
		if res.Status != http.StatusOK || !strings.Contains(res.Header.Get("Content-Type"), "text/html") {
			continue
		}
		for _, f := range formsOf(res.Body) {
			action := f.Action
			if action == "" {
				action = path
			}
			u, err := url.Parse(action)
			if err != nil || u.Path == "" {
				continue
			}
			if _, seen := out[u.Path]; !seen {
				out[u.Path] = f
			}
		}
	}
	if len(out) < 40 {
		t.Fatalf("only %d forms found on the pages", len(out))
	}
	return out
}

// postForm submits f to path once per field, with that field hostile and
// the others as the page drew them: 4xx, or with strict off anything but 5xx.
func postForm(t *testing.T, counts *map[string]int, c *webtest.Client, pattern, path string, f pageForm, strict bool) {
	t.Helper()
	var names []string
	for name := range f.Fields {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, field := range names {
		for kind, v := range hostile {
			values := url.Values{}
			for k, vs := range f.Fields {
				values[k] = append([]string(nil), vs...)
			}
			values.Set(field, v)
			var res webtest.Response
			if f.Multipart {
				(*counts)["multipart field "+kind]++
				res = postMultipart(c, path, values, f.Files)
			} else {
				res = c.Post(path, values)
			}
			(*counts)["form field "+kind]++
			if res.Status >= 500 || strict && res.Status < 400 {
				t.Errorf("POST %s (%s) with field %q holding %s: %d, want 4xx", path, pattern, field, kind, res.Status)
			}
		}
	}
}

func postMultipart(c *webtest.Client, path string, values url.Values, files []string) webtest.Response {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for k, vs := range values {
		for _, v := range vs {
			_ = w.WriteField(k, v)
		}
	}
	for _, name := range files {
		fw, _ := w.CreateFormFile(name, "note.txt")
		_, _ = io.WriteString(fw, "hello")
	}
	_ = w.Close()
	return c.PostMultipart(path, w.FormDataContentType(), &body)
}
