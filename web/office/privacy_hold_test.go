package office_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F2, F3: the path. An admin places a legal hold; the candidate's
// page, the erase preview and the erasure request show it; erasing is
// refused and changes nothing; a recruiter cannot lift the hold, an admin
// can; the erasure request is answered under art. 17(3) from its page.
func TestLegalHoldBlocksErasureInTheOffice_F2_F3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		st, ctx := env.Store, env.Acme.Ctx
		c := env.Acme.Candidate(t, st, "Hanna", "Held")
		req := domain.PrivacyRequest{CandidateID: c.ID, Right: domain.RightErasure, ReceivedAt: db.Now(), Origin: "mail"}
		if err := st.CreatePrivacyRequest(ctx, &req, store.Actor{Kind: domain.AudienceOffice, ID: env.Acme.Recruiter.ID, Name: "Rita"}); err != nil {
			t.Fatal(err)
		}
		rec, admin := env.Recruiter(t), env.AdminClient(t)
		base := "/office/candidates/" + id(c.ID)
		hold := url.Values{"kind": {"inspection"}, "reason": {"Labour inspection file 2026-118"}, "return": {"candidate"}}
		if res := rec.Post("/office/privacy/retention/"+id(c.ID)+"/hold", hold); res.Status != http.StatusNotFound {
			t.Fatalf("recruiter places a hold: %d", res.Status)
		}
		if res := admin.Post("/office/privacy/retention/"+id(c.ID)+"/hold", url.Values{"kind": {"inspection"}, "return": {"candidate"}}); res.Status != http.StatusUnprocessableEntity {
			t.Fatalf("hold without a reason: %d", res.Status)
		}
		if res := admin.Post("/office/privacy/retention/"+id(c.ID)+"/hold", hold); res.Status != http.StatusSeeOther ||
			!strings.HasPrefix(res.Location, base+"/privacy") {
			t.Fatalf("hold: %d %s", res.Status, res.Location)
		}
		for name, path := range map[string]string{"candidate": base, "privacy page": base + "/privacy",
			"erase preview": base + "/erase?request=" + id(req.ID), "erasure request": "/office/privacy/" + id(req.ID)} {
			page := rec.Get(path)
			if page.Status != http.StatusOK || !strings.Contains(page.Body, `id="hold"`) ||
				!strings.Contains(page.Body, "Labour inspection file 2026-118") || !strings.Contains(page.Body, "Legal hold: labour inspection") {
				t.Errorf("%s does not show the hold: %d", name, page.Status)
			}
		}
		if preview := rec.Get(base + "/erase"); strings.Contains(preview.Body, `name="confirm"`) {
			t.Error("the erase preview offers to erase a held candidate")
		}
		if res := rec.Post(base+"/erase", url.Values{"confirm": {"1"}, "request": {id(req.ID)}}); res.Status != http.StatusConflict ||
			!strings.Contains(res.Body, "until an admin lifts the hold") {
			t.Fatalf("erase under a hold: %d", res.Status)
		}
		got, _ := st.Candidate(ctx, c.ID)
		if got.AnonymisedAt != nil || got.Email != c.Email {
			t.Fatalf("held candidate erased: %+v", got)
		}
		if _, held, _ := st.Held(ctx, c.ID); !held {
			t.Fatal("hold gone after the erase attempt")
		}
		// Lifted only by an admin.
		if res := rec.Post("/office/privacy/retention/"+id(c.ID)+"/release", url.Values{}); res.Status != http.StatusNotFound {
			t.Fatalf("recruiter lifts the hold: %d", res.Status)
		}
		// Answered under art. 17(3)(b) from the request's page.
		page := rec.Get("/office/privacy/" + id(req.ID))
		if !strings.Contains(page.Body, `action="/office/privacy/`+id(req.ID)+`/refuse"`) || !strings.Contains(page.Body, "17(3)(b)") {
			t.Fatal("the erasure request offers no art. 17(3) answer")
		}
		res := rec.Post("/office/privacy/"+id(req.ID)+"/refuse", url.Values{"explanation": {"The labour inspection requires the file."}})
		if res.Status != http.StatusSeeOther {
			t.Fatalf("refuse: %d", res.Status)
		}
		if page := rec.Get("/office/privacy/" + id(req.ID)); !strings.Contains(page.Body, "GDPR art. 17(3)(b): The labour inspection requires the file.") {
			t.Fatal("the answer is not in the request's history")
		}
		if res := admin.Post("/office/privacy/retention/"+id(c.ID)+"/release", url.Values{"return": {"candidate"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("admin lifts the hold: %d", res.Status)
		}
		for _, action := range []string{"hold_placed", "hold_lifted", "erasure_refused"} {
			if e, _, _ := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: c.ID, Action: action}); len(e) != 1 {
				t.Errorf("audit %s = %+v", action, e)
			}
		}
		if res := rec.Post(base+"/erase", url.Values{"confirm": {"1"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("erase after the hold was lifted: %d", res.Status)
		}
	})
}
