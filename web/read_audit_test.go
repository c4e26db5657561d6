package web_test

import (
	"bytes"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// person is someone whose data a page may show, and how to spot it there.
type person struct {
	kind    domain.SubjectKind
	id      domain.ID
	markers []string // the full name as pages show it, the e-mail address
}

func (p person) shownIn(body string) bool {
	for _, m := range p.markers {
		if strings.Contains(body, m) {
			return true
		}
	}
	return false
}

// lastAudit is the id of the newest audit entry about p (0: none).
func lastAudit(t *testing.T, env *webtest.Env, p person) domain.ID {
	t.Helper()
	entries, _, err := env.Store.AuditEntries(env.Acme.Ctx, store.AuditFilter{ObjectKind: string(p.kind), ObjectID: p.id, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) == 0 {
		return 0
	}
	return entries[0].ID
}

// F4: every GET route of the back office and of the API, taken from the
// route tables (so a new route is covered by construction), is requested
// for the fixture's records; whenever the answer shows a candidate's or a
// contact's personal data, that request left an audit entry on that person
// saying who, what (the route) and from where. The Hiring Portal's pages
// that show candidates do too.
func TestEveryReadOfPersonalDataIsAudited_F4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		fix := newAccessFixture(t, env)
		ctx, st := env.Acme.Ctx, env.Store
		cand, err := st.Candidate(ctx, fix["candidates"])
		if err != nil {
			t.Fatal(err)
		}
		contact, err := st.Contact(ctx, fix["contacts"])
		if err != nil {
			t.Fatal(err)
		}
		people := []person{
			{domain.SubjectCandidate, cand.ID, []string{cand.Name(), cand.Email}},
			{domain.SubjectContact, contact.ID, []string{contact.Name(), contact.Email}},
		}
		check := func(who string, actorID domain.ID, route, path string, status int, body string, before map[domain.ID]domain.ID) {
			t.Helper()
			if status != http.StatusOK {
				return
			}
			for _, p := range people {
				if !p.shownIn(body) {
					continue
				}
				entries, _, err := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: string(p.kind), ObjectID: p.id, Limit: 20})
				if err != nil {
					t.Fatal(err)
				}
				found := false
				for _, e := range entries {
					if e.ID > before[p.id] && e.ActorID == actorID && !e.At.IsZero() && e.RemoteAddr != "" {
						found = true
					}
				}
				if !found {
					t.Errorf("%s %s (%s) shows %s %d without an audit entry", who, route, path, p.kind, p.id)
				}
			}
		}
		snapshot := func() map[domain.ID]domain.ID {
			out := map[domain.ID]domain.ID{}
			for _, p := range people {
				out[p.id] = lastAudit(t, env, p)
			}
			return out
		}
		admin := env.AdminClient(t)
		shown := 0
		for _, rt := range env.AllRoutes() {
			if rt.Surface != "/office" || rt.Public || !strings.HasPrefix(rt.Pattern, "GET ") {
				continue
			}
			_, path, _ := fix.path(t, rt.Pattern)
			before := snapshot()
			res := admin.Get(path)
			for _, p := range people {
				if res.Status == http.StatusOK && p.shownIn(res.Body) {
					shown++
				}
			}
			check("admin", env.Acme.Admin.ID, rt.Pattern, path, res.Status, res.Body, before)
		}
		if shown < 10 {
			t.Fatalf("only %d back-office answers showed the fixture's people: the test would prove little", shown)
		}
		// The API, as a token.
		svc := &service.Service{DB: db}
		_, secret, err := svc.CreateAPIToken(ctx, "audit test", env.Acme.Admin)
		if err != nil {
			t.Fatal(err)
		}
		apiShown := 0
		for _, rt := range env.APIRoutes() {
			if rt.Method != http.MethodGet || rt.Public {
				continue
			}
			_, path, _ := fix.path(t, "GET /api/v1"+rt.Path)
			before := snapshot()
			req, _ := http.NewRequest(http.MethodGet, env.Server.URL+path, nil)
			req.Header.Set("Authorization", "Bearer "+secret)
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			raw, _ := io.ReadAll(res.Body)
			res.Body.Close()
			body := string(bytes.ReplaceAll(raw, []byte(`\u0026`), []byte("&")))
			for _, p := range people {
				if res.StatusCode == http.StatusOK && p.shownIn(body) {
					apiShown++
				}
			}
			check("API", env.Acme.Admin.ID, rt.Method+" "+rt.Path, path, res.StatusCode, body, before)
		}
		if apiShown < 4 {
			t.Fatalf("only %d API answers showed the fixture's people", apiShown)
		}

		// The Hiring Portal, as a contact who sees proposed and pool candidates.
		w := env.Acme.HiringWorld(t, st, "en")
		env.Acme.GiveCredentials(t, st, domain.AudienceHiring, w.X1.ID)
		hc := env.Client(t)
		hc.MustSignIn("/hiring", w.X1.Email)
		people = nil
		for _, c := range []domain.Candidate{w.Anna, w.Ben, w.Dave, w.Eve} {
			people = append(people, person{domain.SubjectCandidate, c.ID, []string{c.Name()}})
		}
		ids := map[string]domain.ID{"candidates": w.Anna.ID, "pools": w.General.ID, "{candidate}": w.Dave.ID,
			"vacancies": w.VX1.ID, "documents": w.DocX.ID}
		hiringShown := 0
		for _, rt := range env.AllRoutes() {
			if rt.Surface != "/hiring" || rt.Public || !strings.HasPrefix(rt.Pattern, "GET ") {
				continue
			}
			path, ok := fillPath(strings.TrimPrefix(rt.Pattern, "GET "), ids)
			if !ok {
				continue
			}
			before := snapshot()
			res := hc.Get(path)
			for _, p := range people {
				if res.Status == http.StatusOK && p.shownIn(res.Body) {
					hiringShown++
				}
			}
			check("contact", w.X1.ID, rt.Pattern, path, res.Status, res.Body, before)
		}
		if hiringShown < 4 {
			t.Fatalf("only %d Hiring Portal answers showed candidates", hiringShown)
		}
	})
}

// fillPath puts ids into a pattern's parameters by the segment before each
// (or the parameter's own name); false when one has no id.
func fillPath(pattern string, ids map[string]domain.ID) (string, bool) {
	segs := strings.Split(strings.TrimSuffix(pattern, "{$}"), "/")
	for i, s := range segs {
		if !strings.HasPrefix(s, "{") {
			continue
		}
		id, ok := ids[s]
		if !ok {
			id, ok = ids[segs[i-1]]
		}
		if !ok {
			return "", false
		}
		segs[i] = itoa(id)
	}
	return strings.Join(segs, "/"), true
}
