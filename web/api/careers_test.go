package api_test

import (
	"net/http"
	"testing"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// G1, issue 16 items 2 and 7: the API reads and writes a vacancy's pay
// range, category and closing day, refuses to publish one without a range
// when the agency requires it (422 on pay_min), and answers a created
// candidate with its possible duplicates and their evidence.
func TestG1PayRangeAndDuplicates_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		w := env.Acme.CareersWorld(t, env.Store)
		c := client{t: t, base: env.Server.URL, token: newToken(t, env.AdminClient(t), "Careers sync")}
		vac := map[string]any{"company_id": w.Company.ID, "owner_id": env.Acme.Recruiter.ID, "procedure_id": w.Procedure.ID,
			"source_id": w.Source.ID, "title": "Crane driver", "category": "Construction", "closes_on": "2030-01-31",
			"pay": map[string]any{"min_cents": 2100, "max_cents": 2600, "currency": "EUR", "period": "hour"}}
		got := c.want(http.StatusCreated, "POST", "/vacancies", vac)
		pay, _ := got["pay"].(map[string]any)
		if pay["min_cents"] != 2100.0 || pay["max_cents"] != 2600.0 || pay["currency"] != "EUR" || pay["period"] != "hour" ||
			got["category"] != "Construction" || got["closes_on"] != "2030-01-31" {
			t.Fatalf("created %v", got)
		}
		// A range the domain refuses is a 422 naming the field.
		vac["pay"] = map[string]any{"min_cents": 2600, "max_cents": 2100, "currency": "EUR", "period": "hour"}
		bad := c.want(http.StatusUnprocessableEntity, "POST", "/vacancies", vac)
		if fieldKey(bad, "pay_max") != "vacancy.error.pay_max_below_min" {
			t.Errorf("max below min: %v", bad)
		}
		// With a range required, publishing without one is refused.
		set, _ := env.Store.Settings(env.Acme.Ctx)
		set.Careers.PayRequired = true
		if err := env.Store.SaveSettings(env.Acme.Ctx, set); err != nil {
			t.Fatal(err)
		}
		got = c.want(http.StatusOK, "PATCH", "/vacancies/"+id(got["id"]), map[string]any{"title": "Crane driver (m/f)"})
		bad = c.want(http.StatusUnprocessableEntity, "PATCH", "/vacancies/"+id(got["id"]), map[string]any{"pay": nil})
		if fieldKey(bad, "pay_min") != "vacancy.error.pay_required" {
			t.Errorf("published without a range: %v", bad)
		}
		if back := c.want(http.StatusOK, "GET", "/vacancies/"+id(got["id"]), nil); back["pay"] == nil {
			t.Errorf("the refused change was saved: %v", back)
		}

		first := env.Acme.Candidate(t, env.Store, "Piet", "Pieters")
		dup := c.want(http.StatusCreated, "POST", "/candidates", map[string]any{"owner_id": env.Acme.Recruiter.ID,
			"status_id": env.Acme.Status.ID, "first_name": "Pieter", "last_name": "Smit", "email": first.Email})
		list, _ := dup["possible_duplicates"].([]any)
		if len(list) != 1 {
			t.Fatalf("possible duplicates %v", dup["possible_duplicates"])
		}
		d := list[0].(map[string]any)
		if id(d["candidate_id"]) != id(float64(first.ID)) || d["name"] != "Piet Pieters" || d["reasons"].([]any)[0] != "email" {
			t.Errorf("duplicate %v", d)
		}
		lone := c.want(http.StatusCreated, "POST", "/candidates", map[string]any{"owner_id": env.Acme.Recruiter.ID,
			"status_id": env.Acme.Status.ID, "first_name": "Zoë", "last_name": "Zwart", "email": "zoe@example.nl"})
		if _, ok := lone["possible_duplicates"]; ok {
			t.Errorf("a candidate without duplicates: %v", lone["possible_duplicates"])
		}
	})
}

// fieldKey is the message key a 422 answer gives field, "" when none.
func fieldKey(answer map[string]any, field string) string {
	list, _ := answer["fields"].([]any)
	for _, f := range list {
		if m, _ := f.(map[string]any); m["field"] == field {
			k, _ := m["key"].(string)
			return k
		}
	}
	return ""
}
