package office_test

import (
	"html"
	"strconv"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// Issue 15: the placement page applies the portal's own rule (B1 and D1):
// while the candidate's status does not grant timesheets it does not say
// the candidate can fill them in, and it names the status.
func TestPlacementNamesTimesheetBlocker_B1_D1(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		rec := env.Acme.Records(t, env.Store)
		bundle := env.App().Bundle.For("en")
		allowed := bundle.T("placement.timesheets_allowed")
		path := "/office/placements/" + strconv.FormatInt(rec.Placement.ID, 10)
		recruiter := env.Recruiter(t)
		if body := recruiter.Get(path).Body; !strings.Contains(body, allowed) {
			t.Fatalf("running placement with a rate, status granting timesheets: %q missing", allowed)
		}
		applicant := domain.CandidateStatus{Name: "Applicant", FullProfile: true}
		if err := env.Store.SaveCandidateStatus(env.Acme.Ctx, &applicant); err != nil {
			t.Fatal(err)
		}
		c := rec.Candidate
		c.StatusID = applicant.ID
		if err := env.Store.UpdateCandidate(env.Acme.Ctx, &c); err != nil {
			t.Fatal(err)
		}
		body := recruiter.Get(path).Body
		blocker := html.EscapeString(bundle.T("placement.timesheets_status_blocks", map[string]any{"Status": "Applicant"}))
		if strings.Contains(body, allowed) || !strings.Contains(body, blocker) {
			t.Errorf("status without timesheets: want %q and not %q", blocker, allowed)
		}
	})
}
