package api_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/api"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// client calls the API with a bearer token ("" sends none).
type client struct {
	t     *testing.T
	base  string
	token string
}

type answer struct {
	Status int
	Body   []byte
}

// JSON decodes the answer into a generic map.
func (a answer) JSON(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(a.Body, &m); err != nil {
		t.Fatalf("answer is not a JSON object: %v\n%s", err, a.Body)
	}
	return m
}

func (c client) do(method, path string, body any) answer {
	c.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		data, err := json.Marshal(b)
		if err != nil {
			c.t.Fatal(err)
		}
		rd = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, c.base+api.Prefix+path, rd)
	if err != nil {
		c.t.Fatal(err)
	}
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	if rd != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer res.Body.Close()
	data, _ := io.ReadAll(res.Body)
	if ct := res.Header.Get("Content-Type"); ct != "application/json" {
		c.t.Fatalf("%s %s: content type %q", method, path, ct)
	}
	return answer{Status: res.StatusCode, Body: data}
}

// want calls the API and fails unless the status is status; it returns the
// decoded answer.
func (c client) want(status int, method, path string, body any) map[string]any {
	c.t.Helper()
	a := c.do(method, path, body)
	if a.Status != status {
		c.t.Fatalf("%s %s: status %d, want %d\n%s", method, path, a.Status, status, a.Body)
	}
	return a.JSON(c.t)
}

var secretField = regexp.MustCompile(`id="token-secret" type="text" readonly value="([^"]+)"`)

// newToken creates a token as the agency's admin in the back office and
// returns its secret, scraped from the one page that shows it.
func newToken(t *testing.T, admin *webtest.Client, name string) string {
	t.Helper()
	res := admin.Post("/office/settings/api-tokens", url.Values{"name": {name}})
	m := secretField.FindStringSubmatch(res.Body)
	if res.Status != http.StatusOK || m == nil {
		t.Fatalf("create token: status %d, secret shown: %v", res.Status, m != nil)
	}
	return m[1]
}

func id(v any) string { return fmt.Sprint(int64(v.(float64))) }

func path(kind string, n domain.ID) string { return fmt.Sprintf("/%s/%d", kind, n) }

// G1: an admin creates a token in the back office, where its secret is shown
// once and only its SHA-256 hash is kept; requests with it work and show as
// its last use; without a token, with a wrong one or after revoking it the
// API answers 401 in JSON.
func TestG1TokenLifecycle(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		admin := env.AdminClient(t)
		if res := admin.Get("/office/settings/api-tokens"); res.Status != http.StatusOK || !strings.Contains(res.Body, "api-tokens") {
			t.Fatalf("token page: %d", res.Status)
		}
		if res := env.Recruiter(t).Get("/office/settings/api-tokens"); res.Status == http.StatusOK {
			t.Fatal("a recruiter who is not an admin reached the token page")
		}
		if res := admin.Post("/office/settings/api-tokens", url.Values{"name": {" "}}); res.Status != http.StatusUnprocessableEntity {
			t.Fatalf("token without a name: %d", res.Status)
		}
		secret := newToken(t, admin, "Payroll sync")
		tokens, err := env.Store.APITokens(env.Acme.Ctx)
		if err != nil || len(tokens) != 1 || tokens[0].SecretHash != service.HashAPIToken(secret) || strings.Contains(tokens[0].SecretHash, secret) {
			t.Fatalf("stored tokens %+v (%v)", tokens, err)
		}
		if page := admin.Get("/office/settings/api-tokens"); strings.Contains(page.Body, secret) || !strings.Contains(page.Body, "Payroll sync") {
			t.Fatal("the token page shows the secret again, or not the token")
		}

		c := client{t: t, base: env.Server.URL, token: secret}
		c.want(http.StatusOK, "GET", "/candidates", nil)
		tokens, _ = env.Store.APITokens(env.Acme.Ctx)
		if tokens[0].LastUsedAt == nil {
			t.Fatal("last use not recorded")
		}

		for name, tok := range map[string]string{"none": "", "unknown": "mpt_NOTAREALTOKEN", "not ours": "abc"} {
			body := client{t: t, base: env.Server.URL, token: tok}.want(http.StatusUnauthorized, "GET", "/candidates", nil)
			if body["key"] != "api.error.token" || body["message"] == "" {
				t.Fatalf("%s: 401 body %v", name, body)
			}
		}

		res := admin.Post(fmt.Sprintf("/office/settings/api-tokens/%d/revoke", tokens[0].ID), nil)
		if res.Status != http.StatusSeeOther {
			t.Fatalf("revoke: %d", res.Status)
		}
		c.want(http.StatusUnauthorized, "GET", "/candidates", nil)
		if page := admin.Get("/office/settings/api-tokens"); !strings.Contains(page.Body, "Revoked") {
			t.Fatal("the page does not show the token revoked")
		}
		// Another agency's admin cannot revoke Acme's tokens.
		other := newToken(t, admin, "Second")
		otherAdmin := env.Client(t)
		otherAdmin.Host = "other.test"
		otherAdmin.SignInOffice(env.Other.Admin.Email)
		tokens, _ = env.Store.APITokens(env.Acme.Ctx)
		if res := otherAdmin.Post(fmt.Sprintf("/office/settings/api-tokens/%d/revoke", tokens[0].ID), nil); res.Status != http.StatusNotFound {
			t.Fatalf("foreign revoke: %d", res.Status)
		}
		client{t: t, base: env.Server.URL, token: other}.want(http.StatusOK, "GET", "/candidates", nil)
	})
}

// G1, G6: a token sees only its agency. Every record of another agency is
// 404 to read, change or refer to, and lists hold only the token's agency.
func TestG1TenantIsolation(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		mine := env.Acme.Records(t, env.Store)
		theirs := env.Other.Records(t, env.Store)
		c := client{t: t, base: env.Server.URL, token: newToken(t, env.AdminClient(t), "Acme")}

		for kind, ids := range map[string][2]domain.ID{
			"candidates": {mine.Candidate.ID, theirs.Candidate.ID}, "companies": {mine.Company.ID, theirs.Company.ID},
			"contacts": {mine.Contact.ID, theirs.Contact.ID}, "vacancies": {mine.Vacancy.ID, theirs.Vacancy.ID},
			"matches": {mine.Match.ID, theirs.Match.ID}, "placements": {mine.Placement.ID, theirs.Placement.ID},
			"timesheets": {mine.Timesheet.ID, theirs.Timesheet.ID},
		} {
			c.want(http.StatusOK, "GET", path(kind, ids[0]), nil)
			body := c.want(http.StatusNotFound, "GET", path(kind, ids[1]), nil)
			if body["key"] != "error.not_found" {
				t.Fatalf("%s: 404 body %v", kind, body)
			}
			if kind != "matches" && kind != "timesheets" {
				c.want(http.StatusNotFound, "PATCH", path(kind, ids[1]), map[string]any{})
			}
		}
		c.want(http.StatusNotFound, "POST", path("matches", theirs.Match.ID)+"/phase", map[string]any{"phase_id": theirs.Phase.ID})
		c.want(http.StatusNotFound, "GET", "/candidates/abc", nil)
		c.want(http.StatusNotFound, "GET", "/nothing-here", nil)

		// Referring to another agency's records.
		c.want(http.StatusNotFound, "POST", "/matches", map[string]any{"candidate_id": theirs.Candidate.ID, "vacancy_id": mine.Vacancy.ID})
		if a := c.do("POST", "/contacts", map[string]any{"company_id": theirs.Company.ID, "owner_id": env.Acme.Recruiter.ID,
			"first_name": "Fay", "last_name": "Foreign"}); a.Status == http.StatusCreated {
			t.Fatalf("a contact was created at another agency's company: %s", a.Body)
		}
		c.want(http.StatusOK, "POST", path("matches", mine.Match.ID)+"/phase", map[string]any{"phase_id": mine.Phase.ID})
		if a := c.do("POST", path("matches", mine.Match.ID)+"/phase", map[string]any{"phase_id": theirs.Phase.ID}); a.Status != http.StatusUnprocessableEntity {
			t.Fatalf("moved to another agency's phase: %d %s", a.Status, a.Body)
		}

		lists := map[string][2]domain.ID{
			"/candidates": {mine.Candidate.ID, theirs.Candidate.ID}, "/companies": {mine.Company.ID, theirs.Company.ID},
			"/contacts": {mine.Contact.ID, theirs.Contact.ID}, "/vacancies": {mine.Vacancy.ID, theirs.Vacancy.ID},
			"/placements": {mine.Placement.ID, theirs.Placement.ID}, "/timesheets": {mine.Timesheet.ID, theirs.Timesheet.ID},
			"/matches?candidate_id=" + fmt.Sprint(mine.Candidate.ID): {mine.Match.ID, theirs.Match.ID},
			"/matches?vacancy_id=" + fmt.Sprint(theirs.Vacancy.ID):   {0, theirs.Match.ID},
		}
		for list, ids := range lists {
			seen := map[float64]bool{}
			for _, it := range c.want(http.StatusOK, "GET", list, nil)["items"].([]any) {
				seen[it.(map[string]any)["id"].(float64)] = true
			}
			if seen[float64(ids[1])] || ids[0] != 0 && !seen[float64(ids[0])] {
				t.Fatalf("%s lists %v: want %d, never %d", list, seen, ids[0], ids[1])
			}
		}
	})
}

// G1: an admin registers webhook URLs per event in the back office; a bad
// URL or event is refused with the field's message, and a webhook can be
// deleted; another agency cannot delete it.
func TestG1WebhookSettings(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		admin := env.AdminClient(t)
		res := admin.Post("/office/settings/webhooks", url.Values{"event": {"match.approved"}, "url": {"ftp://example.com"}})
		if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `aria-describedby="e-url"`) {
			t.Fatalf("bad url: %d", res.Status)
		}
		if res := admin.Post("/office/settings/webhooks", url.Values{"event": {"nope"}, "url": {"https://example.com/h"}}); res.Status != http.StatusUnprocessableEntity {
			t.Fatalf("bad event: %d", res.Status)
		}
		if res := admin.Post("/office/settings/webhooks", url.Values{"event": {"timesheet.approved"}, "url": {"https://example.com/h"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("create: %d", res.Status)
		}
		hooks, err := env.Store.Webhooks(env.Acme.Ctx, "")
		if err != nil || len(hooks) != 1 || hooks[0].Event != "timesheet.approved" || len(hooks[0].Secret) < 20 {
			t.Fatalf("webhooks %+v (%v)", hooks, err)
		}
		if page := admin.Get("/office/settings/webhooks"); page.Status != http.StatusOK || !strings.Contains(page.Body, hooks[0].Secret) {
			t.Fatalf("page: %d", page.Status)
		}
		other := env.Client(t)
		other.Host = "other.test"
		other.SignInOffice(env.Other.Admin.Email)
		if res := other.Post(fmt.Sprintf("/office/settings/webhooks/%d/delete", hooks[0].ID), nil); res.Status != http.StatusNotFound {
			t.Fatal("another agency deleted the webhook")
		}
		if res := admin.Post(fmt.Sprintf("/office/settings/webhooks/%d/delete", hooks[0].ID), nil); res.Status != http.StatusSeeOther {
			t.Fatalf("delete: %d", res.Status)
		}
		if hooks, _ := env.Store.Webhooks(env.Acme.Ctx, ""); len(hooks) != 0 {
			t.Fatalf("after delete: %+v", hooks)
		}
	})
}

// G1: records round-trip through the API: created, read, listed with search
// and paging, and updated, each through the store's own methods; JSON names
// are snake_case and dates "YYYY-MM-DD".
func TestG1CRUDRoundTrips(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		rec := env.Acme.Records(t, env.Store)
		c := client{t: t, base: env.Server.URL, token: newToken(t, env.AdminClient(t), "CRUD")}
		owner := env.Acme.Recruiter.ID

		co := c.want(http.StatusCreated, "POST", "/companies", map[string]any{"name": "Initech", "owner_id": owner, "city": "Austin"})
		if co["kind"] != "client" || co["owner_name"] == "" {
			t.Fatalf("company %v", co)
		}
		co = c.want(http.StatusOK, "PATCH", "/companies/"+id(co["id"]), map[string]any{"website": "https://initech.test"})
		if co["website"] != "https://initech.test" || co["name"] != "Initech" {
			t.Fatalf("company after patch %v", co)
		}
		ct := c.want(http.StatusCreated, "POST", "/contacts", map[string]any{"company_id": co["id"], "owner_id": owner,
			"first_name": "Bill", "last_name": "Lumbergh", "email": "bill@initech.test"})
		ct = c.want(http.StatusOK, "PATCH", "/contacts/"+id(ct["id"]), map[string]any{"job_title": "VP"})
		if ct["job_title"] != "VP" || ct["company_name"] != "Initech" || ct["language"] != "en" {
			t.Fatalf("contact %v", ct)
		}

		cand := c.want(http.StatusCreated, "POST", "/candidates", map[string]any{"first_name": "Milton", "last_name": "Waddams",
			"email": "milton@example.com", "owner_id": owner, "status_id": env.Acme.Status.ID, "date_of_birth": "1970-05-04", "city": "Austin"})
		if cand["date_of_birth"] != "1970-05-04" || cand["available_from"] != nil || cand["status_name"] != "Placed" {
			t.Fatalf("candidate %v", cand)
		}
		cand = c.want(http.StatusOK, "PATCH", "/candidates/"+id(cand["id"]), map[string]any{"headline": "Stapler expert", "available_from": "2026-04-01"})
		if cand["headline"] != "Stapler expert" || cand["available_from"] != "2026-04-01" || cand["first_name"] != "Milton" {
			t.Fatalf("candidate after patch %v", cand)
		}
		got := c.want(http.StatusOK, "GET", "/candidates/"+id(cand["id"]), nil)
		if got["headline"] != "Stapler expert" {
			t.Fatalf("candidate read back %v", got)
		}
		entries, _, err := env.Store.AuditEntries(env.Acme.Ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: int64(cand["id"].(float64))})
		if err != nil || len(entries) == 0 || !strings.HasPrefix(entries[0].ActorName, "API: CRUD") {
			t.Fatalf("the update is not in the audit log as the API: %+v (%v)", entries, err)
		}
		found := c.want(http.StatusOK, "GET", "/candidates?q=milton", nil)["items"].([]any)
		if len(found) != 1 || found[0].(map[string]any)["last_name"] != "Waddams" {
			t.Fatalf("search for milton: %v", found)
		}
		page := c.want(http.StatusOK, "GET", "/candidates?limit=1", nil)
		if len(page["items"].([]any)) != 1 || page["has_more"] != true || page["next_offset"] != float64(1) {
			t.Fatalf("first page %v", page)
		}
		page = c.want(http.StatusOK, "GET", "/candidates?limit=1&offset=1", nil)
		if len(page["items"].([]any)) != 1 || page["has_more"] != false || page["next_offset"] != nil {
			t.Fatalf("last page %v", page)
		}

		vac := c.want(http.StatusCreated, "POST", "/vacancies", map[string]any{"company_id": co["id"], "owner_id": owner,
			"procedure_id": rec.Procedure.ID, "title": "TPS reporter", "hours_per_week": 32})
		vac = c.want(http.StatusOK, "PATCH", "/vacancies/"+id(vac["id"]), map[string]any{"status": "closed"})
		if vac["status"] != "closed" || vac["title"] != "TPS reporter" || vac["origin"] != "office" {
			t.Fatalf("vacancy %v", vac)
		}
		m := c.want(http.StatusCreated, "POST", "/matches", map[string]any{"candidate_id": cand["id"], "vacancy_id": vac["id"]})
		if m["phase_id"] != float64(rec.Phase.ID) || m["candidate_name"] == "" {
			t.Fatalf("match %v", m)
		}
		c.want(http.StatusConflict, "POST", "/matches", map[string]any{"candidate_id": cand["id"], "vacancy_id": vac["id"]})
		second := domain.Phase{ProcedureID: rec.Procedure.ID, Name: "Interview"}
		if err := env.Store.SavePhase(env.Acme.Ctx, &second); err != nil {
			t.Fatal(err)
		}
		m = c.want(http.StatusOK, "POST", "/matches/"+id(m["id"])+"/phase", map[string]any{"phase_id": second.ID})
		if m["phase_name"] != "Interview" {
			t.Fatalf("moved match %v", m)
		}
		history, err := env.Store.PhaseChanges(env.Acme.Ctx, int64(m["id"].(float64)))
		if err != nil || len(history) != 2 || history[len(history)-1].ActorName != "API: CRUD" && history[0].ActorName != "API: CRUD" {
			t.Fatalf("phase history %+v (%v)", history, err)
		}
		byCand := c.want(http.StatusOK, "GET", "/matches?candidate_id="+id(cand["id"]), nil)["items"].([]any)
		if len(byCand) != 1 {
			t.Fatalf("matches of the candidate %v", byCand)
		}

		pl := c.want(http.StatusCreated, "POST", "/placements", map[string]any{"candidate_id": cand["id"], "company_id": co["id"],
			"title": "TPS reporter", "start_date": "2026-04-06", "contact_ids": []any{ct["id"]}, "timesheet_approval": true})
		pl = c.want(http.StatusOK, "PATCH", "/placements/"+id(pl["id"]), map[string]any{"end_date": "2026-12-31"})
		if pl["start_date"] != "2026-04-06" || pl["end_date"] != "2026-12-31" || len(pl["contact_ids"].([]any)) != 1 {
			t.Fatalf("placement %v", pl)
		}
		active := c.want(http.StatusOK, "GET", "/placements?active_on=2026-05-01&candidate_id="+id(cand["id"]), nil)["items"].([]any)
		if len(active) != 1 {
			t.Fatalf("active placements %v", active)
		}

		if err := env.Store.SaveTimesheetLines(env.Acme.Ctx, rec.Timesheet.ID, []domain.TimesheetLine{{DeclarationTypeID: rec.DeclarationType.ID,
			Day: domain.NewDate(2026, 1, 12), Minutes: 480}}); err != nil {
			t.Fatal(err)
		}
		if err := env.Store.AddTimesheetEvent(env.Acme.Ctx, &domain.TimesheetEvent{TimesheetID: rec.Timesheet.ID, ActorKind: domain.AudiencePortal,
			ActorID: rec.Candidate.ID, ActorName: "Rosa Records", Action: "sent"}); err != nil {
			t.Fatal(err)
		}
		ts := c.want(http.StatusOK, "GET", path("timesheets", rec.Timesheet.ID), nil)
		lines, events := ts["lines"].([]any), ts["events"].([]any)
		if ts["status"] != "sent" || len(lines) != 1 || lines[0].(map[string]any)["day"] != "2026-01-12" || lines[0].(map[string]any)["minutes"] != float64(480) ||
			len(events) != 1 || events[0].(map[string]any)["action"] != "sent" {
			t.Fatalf("timesheet %v", ts)
		}
		sent := c.want(http.StatusOK, "GET", "/timesheets?status=sent&year=2026&week=3", nil)["items"].([]any)
		none := c.want(http.StatusOK, "GET", "/timesheets?status=approved", nil)["items"].([]any)
		if len(sent) != 1 || len(none) != 0 {
			t.Fatalf("timesheet filters: sent %v, approved %v", sent, none)
		}
	})
}

// G1: invalid input is a 422 that names every bad field with its message key
// and English text, from the domain's own rules; a body that is not JSON is a
// 400; nothing is saved.
func TestG1Validation422(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		c := client{t: t, base: env.Server.URL, token: newToken(t, env.AdminClient(t), "Validation")}
		body := c.want(http.StatusUnprocessableEntity, "POST", "/candidates", map[string]any{"last_name": "Nofirst",
			"email": "not an address", "date_of_birth": "04-05-1970", "owner_id": env.Acme.Recruiter.ID, "status_id": env.Acme.Status.ID})
		fields := map[string][2]string{}
		for _, f := range body["fields"].([]any) {
			m := f.(map[string]any)
			fields[m["field"].(string)] = [2]string{m["key"].(string), m["message"].(string)}
		}
		if body["key"] != "error.invalid" || fields["first_name"] != [2]string{"validation.required", "Please fill this in."} ||
			fields["email"][0] != "validation.email" || fields["date_of_birth"][0] != "validation.date" || fields["date_of_birth"][1] == "" {
			t.Fatalf("422 body %v", body)
		}
		if cs, _, _ := env.Store.Candidates(env.Acme.Ctx, store.CandidateFilter{Query: "Nofirst", WithRestricted: true}); len(cs) != 0 {
			t.Fatal("an invalid candidate was saved")
		}
		rec := env.Acme.Records(t, env.Store)
		body = c.want(http.StatusUnprocessableEntity, "PATCH", path("placements", rec.Placement.ID), map[string]any{"end_date": "2025-01-01"})
		if !strings.Contains(string(mustJSON(body)), "validation.end_before_start") {
			t.Fatalf("end before start: %v", body)
		}
		c.want(http.StatusUnprocessableEntity, "GET", "/candidates?limit=0", nil)
		c.want(http.StatusUnprocessableEntity, "GET", "/matches", nil)
		for name, raw := range map[string]string{"not json": "{", "unknown field": `{"first_nam": "x"}`, "two values": "{} {}"} {
			if body := c.want(http.StatusBadRequest, "POST", "/candidates", raw); body["key"] != "api.error.bad_json" {
				t.Fatalf("%s: %v", name, body)
			}
		}
	})
}

func mustJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}

// G1: the OpenAPI document is public JSON that describes every route of the
// route table (so a new route is described by construction), its schemas,
// and the bearer auth; every path it lists is served.
func TestG1OpenAPIDocument(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		doc := client{t: t, base: env.Server.URL}.want(http.StatusOK, "GET", "/openapi.json", nil)
		if doc["openapi"] != "3.1.0" {
			t.Fatalf("openapi %v", doc["openapi"])
		}
		comps := doc["components"].(map[string]any)
		if comps["securitySchemes"].(map[string]any)["bearer"].(map[string]any)["scheme"] != "bearer" {
			t.Fatal("no bearer scheme")
		}
		schemas := comps["schemas"].(map[string]any)
		paths := doc["paths"].(map[string]any)
		routes := env.Web().API.Routes()
		if len(routes) < 25 {
			t.Fatalf("only %d routes", len(routes))
		}
		listed := 0
		for _, it := range paths {
			listed += len(it.(map[string]any))
		}
		if listed != len(routes) {
			t.Fatalf("the document lists %d operations, the route table has %d", listed, len(routes))
		}
		anon := client{t: t, base: env.Server.URL}
		for _, rt := range routes {
			op, ok := paths[rt.Path].(map[string]any)[strings.ToLower(rt.Method)].(map[string]any)
			if !ok {
				t.Fatalf("%s %s is not in the document", rt.Method, rt.Path)
			}
			for _, ref := range regexp.MustCompile(`"\$ref":"#/components/schemas/([A-Za-z]+)"`).FindAllStringSubmatch(string(mustJSON(op)), -1) {
				if schemas[ref[1]] == nil {
					t.Fatalf("%s %s refers to a missing schema %s", rt.Method, rt.Path, ref[1])
				}
			}
			if rt.Public {
				continue
			}
			if op["responses"].(map[string]any)["401"] == nil {
				t.Fatalf("%s %s does not document 401", rt.Method, rt.Path)
			}
			// Served: without a token every described route answers 401, not 404 or 405.
			p := strings.ReplaceAll(rt.Path, "{id}", "1")
			if a := anon.do(rt.Method, p, nil); a.Status != http.StatusUnauthorized {
				t.Fatalf("%s %s: %d without a token", rt.Method, p, a.Status)
			}
		}
		cand := schemas["Candidate"].(map[string]any)["properties"].(map[string]any)
		if cand["date_of_birth"].(map[string]any)["format"] != "date" || cand["id"].(map[string]any)["readOnly"] != true || cand["first_name"] == nil {
			t.Fatalf("candidate schema %v", cand)
		}
		if schemas["CandidateList"] == nil || schemas["Error"] == nil {
			t.Fatalf("schemas %v", schemas)
		}
	})
}
