package web_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// limitSurface is one way a field can be written: it posts value for
// field and returns the status.
type limitSurface struct {
	name  string
	takes func(field string) bool
	post  func(field, value string) int
}

// One limit per field, the domain's, on every surface: for each limited
// field of candidates and vacancies, on the back office, the portal that
// edits it and the API, a value of exactly the limit is taken, one character
// more is refused with 422 and changes nothing, and so is 1 MB; a country
// must be an ISO code everywhere (NaN is refused); an API value of the
// wrong type is a 422 naming the field.
func TestOneLimitPerFieldOnEverySurface_G1_C1_E3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		a, st := env.Acme, env.Store
		w := a.HiringWorld(t, st, "en")
		cand := a.Candidate(t, st, "Lena", "Limit")
		a.GiveCredentials(t, st, domain.AudiencePortal, cand.ID)
		a.GiveCredentials(t, st, domain.AudienceHiring, w.X1.ID)
		office, portal, hiring := env.Recruiter(t), env.Client(t), env.Client(t)
		portal.MustSignIn("/portal", cand.Email)
		hiring.MustSignIn("/hiring", w.X1.Email)
		_, token, err := (&service.Service{DB: db}).CreateAPIToken(a.Ctx, "limits", a.Admin)
		if err != nil {
			t.Fatal(err)
		}
		api := func(method, path string, body any) (int, map[string]any) {
			data, _ := json.Marshal(body)
			req, _ := http.NewRequest(method, env.Server.URL+"/api/v1"+path, bytes.NewReader(data))
			req.Header.Set("Authorization", "Bearer "+token)
			req.Header.Set("Content-Type", "application/json")
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			raw, _ := io.ReadAll(res.Body)
			var m map[string]any
			_ = json.Unmarshal(raw, &m)
			return res.StatusCode, m
		}
		candidateNow := func() domain.Candidate {
			c, err := st.Candidate(a.Ctx, cand.ID)
			if err != nil {
				t.Fatal(err)
			}
			return c
		}
		candidateForm := func(field, value string) url.Values {
			c := candidateNow()
			f := url.Values{}
			for _, fd := range domain.CandidateFields() {
				f.Set(fd.Name, fd.Text(c))
			}
			f.Set(field, value)
			return f
		}
		candidates := []limitSurface{
			{"back office", func(string) bool { return true }, func(field, value string) int {
				return office.Post("/office/candidates/"+itoa(cand.ID), candidateForm(field, value)).Status
			}},
			{"portal", func(field string) bool {
				return field != "email" && slices.Contains(domain.CandidateProfileFields, field)
			}, func(field, value string) int {
				return portal.Post("/portal/profile", url.Values{field: {value}}).Status
			}},
			{"API", func(string) bool { return true }, func(field, value string) int {
				s, _ := api(http.MethodPatch, "/candidates/"+itoa(cand.ID), map[string]any{field: value})
				return s
			}},
		}
		vacancyNow := func() domain.Vacancy {
			v, err := st.Vacancy(a.Ctx, w.VX1.ID)
			if err != nil {
				t.Fatal(err)
			}
			return v
		}
		vacancies := []limitSurface{
			{"back office", func(string) bool { return true }, func(field, value string) int {
				v := vacancyNow()
				f := url.Values{"company_id": {itoa(v.CompanyID)}, "contact_id": {itoa(v.ContactID)}, "department_id": {itoa(v.DepartmentID)},
					"source_id": {itoa(v.SourceID)}, "procedure_id": {itoa(v.ProcedureID)}, "owner_id": {itoa(v.OwnerID)},
					"title": {v.Title}, "location": {v.Location}, "hours_per_week": {strconv.Itoa(v.HoursPerWeek)},
					"status": {string(v.Status)}, "description": {v.Description}}
				f.Set(field, value)
				return office.Post("/office/vacancies/"+itoa(v.ID), f).Status
			}},
			{"Hiring Portal", func(string) bool { return true }, func(field, value string) int {
				v := vacancyNow()
				f := url.Values{"title": {v.Title}, "location": {v.Location}, "hours_per_week": {strconv.Itoa(v.HoursPerWeek)},
					"department_id": {itoa(w.DeptX.ID)}, "status": {string(v.Status)}, "description": {v.Description}}
				f.Set(field, value)
				return hiring.Post("/hiring/vacancies/"+itoa(v.ID), f).Status
			}},
			{"API", func(string) bool { return true }, func(field, value string) int {
				s, _ := api(http.MethodPatch, "/vacancies/"+itoa(w.VX1.ID), map[string]any{field: value})
				return s
			}},
		}
		valueOf := map[string]func() map[string]string{
			"candidate": func() map[string]string {
				c := candidateNow()
				values := map[string]string{}
				for _, f := range domain.CandidateFields() {
					values[f.Name] = f.Text(c)
				}
				return values
			},
			"vacancy": func() map[string]string {
				v := vacancyNow()
				return map[string]string{"title": v.Title, "description": v.Description, "location": v.Location}
			},
		}
		surfaces := map[string][]limitSurface{"candidate": candidates, "vacancy": vacancies}
		for _, lim := range domain.FieldLimits() {
			list, ok := surfaces[lim.Record]
			if !ok {
				continue
			}
			for _, s := range list {
				if !s.takes(lim.Field) {
					continue
				}
				exact, over := strings.Repeat("é", lim.Max), strings.Repeat("é", lim.Max+1) // characters, not bytes
				if lim.Field == "email" {
					exact = strings.Repeat("a", lim.Max-len("@x.test")) + "@x.test"
					over = "a" + exact
				}
				before := valueOf[lim.Record]()[lim.Field]
				for _, bad := range []string{over, strings.Repeat("x", 1<<20)} {
					if status := s.post(lim.Field, bad); status != http.StatusUnprocessableEntity && status != http.StatusRequestEntityTooLarge {
						t.Errorf("%s %s.%s: %d characters answered %d, want 422", s.name, lim.Record, lim.Field, len([]rune(bad)), status)
					}
					if got := valueOf[lim.Record]()[lim.Field]; got != before {
						t.Fatalf("%s %s.%s: a refused value was stored (%d characters)", s.name, lim.Record, lim.Field, len([]rune(got)))
					}
				}
				if status := s.post(lim.Field, exact); status >= 400 {
					t.Errorf("%s %s.%s: exactly %d characters answered %d, want it taken", s.name, lim.Record, lim.Field, lim.Max, status)
				} else if got := valueOf[lim.Record]()[lim.Field]; got != exact {
					t.Errorf("%s %s.%s: the value at the limit was not stored", s.name, lim.Record, lim.Field)
				}
			}
		}
		// Country: an ISO 3166-1 code on every surface.
		for _, s := range candidates {
			for _, bad := range []string{"NaN", "Netherlands", "EU", "ZZ"} {
				if status := s.post("country", bad); status != http.StatusUnprocessableEntity {
					t.Errorf("%s: country %q answered %d, want 422", s.name, bad, status)
				}
			}
			if status := s.post("country", "de"); status >= 400 || candidateNow().Country != "DE" {
				t.Errorf("%s: country de answered %d, stored %q", s.name, status, candidateNow().Country)
			}
		}
		// A value of the wrong type names its field, like the other 422s.
		status, body := api(http.MethodPatch, "/candidates/"+itoa(cand.ID), map[string]any{"available_hours": "forty"})
		fields, _ := body["fields"].([]any)
		if status != http.StatusUnprocessableEntity || len(fields) != 1 || fields[0].(map[string]any)["field"] != "available_hours" ||
			fields[0].(map[string]any)["key"] != "validation.type" {
			t.Errorf("wrong type: %d %v", status, body)
		}
	})
}

func itoa(id int64) string { return strconv.FormatInt(id, 10) }
