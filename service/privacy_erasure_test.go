package service_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F2, C6: erasure removes the candidate's personal data in one transaction
// but keeps the record (as 'Anonymised'), its placements, timesheets with
// their lines and rates for the fiscal period, and the consent ledger as
// proof; the plan shown beforehand says so; it is audited and closes the request.
func TestErasureKeepsTimesheetsAndConsentProof_F2_C6(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		ctx, st := env.Acme.Ctx, env.Store
		r := richCandidate(t, env)
		svc := service.New(db)
		id := r.Candidate.ID
		if _, err := svc.ExportCandidate(ctx, id, 0, r.Actor); err != nil {
			t.Fatal(err)
		}
		plan, err := svc.PlanErasure(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if plan.Experiences != 1 || plan.Educations != 1 || plan.Skills != 1 || plan.Attachments != 1 || plan.Exports != 1 ||
			plan.Placements != 1 || plan.Timesheets != 1 || plan.Consents != 1 || plan.FiscalYears != 7 || plan.AlreadyErased {
			t.Fatalf("plan = %+v", plan)
		}
		erasure := domain.PrivacyRequest{CandidateID: id, Right: domain.RightErasure, ReceivedAt: db.Now(), Message: "Forget me, Rosa"}
		if err := st.CreatePrivacyRequest(ctx, &erasure, r.Actor); err != nil {
			t.Fatal(err)
		}
		if err := svc.EraseCandidate(ctx, id, erasure.ID, r.Actor); err != nil {
			t.Fatal(err)
		}
		c, err := st.Candidate(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if c.Name() != store.AnonymisedName || c.Email != "" || c.Phone != "" || c.Street != "" || c.City != "" ||
			c.Summary != "" || c.Headline != "" || c.AnonymisedAt == nil {
			t.Fatalf("candidate after erasure = %+v", c)
		}
		if l, _ := st.Experiences(ctx, id); len(l) != 0 {
			t.Error("experiences kept")
		}
		if l, _ := st.Educations(ctx, id); len(l) != 0 {
			t.Error("educations kept")
		}
		if l, _ := st.Skills(ctx, id); len(l) != 0 {
			t.Error("skills kept")
		}
		if l, _ := st.Attachments(ctx, domain.SubjectCandidate, id); len(l) != 0 {
			t.Error("attachments kept")
		}
		if _, err := st.AttachmentContent(ctx, r.Attachment.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("attachment content: %v", err)
		}
		notes, _ := st.Notes(ctx, domain.SubjectCandidate, id, 0)
		for _, n := range notes {
			if n.Body != "" || n.Subject != "" {
				t.Errorf("note kept its text: %+v", n)
			}
		}
		evals, _ := st.Evaluations(ctx, r.Match.ID)
		if len(evals) != 1 || evals[0].Comment != "" {
			t.Errorf("evaluations = %+v", evals)
		}
		if l, _ := st.PrivacyExports(ctx, id); len(l) != 0 {
			t.Error("exports kept")
		}
		// Gone from search, by name, e-mail and skill.
		for _, q := range []string{"Rosa", "Records", r.Candidate.Email, "Archiving"} {
			found, _, err := st.Candidates(ctx, store.CandidateFilter{Query: q})
			if err != nil {
				t.Fatal(err)
			}
			if len(found) != 0 {
				t.Errorf("search %q still finds %+v", q, found)
			}
		}
		// Kept: placement, timesheet with its lines, rate, consent ledger.
		if _, err := st.Placement(ctx, r.Placement.ID); err != nil {
			t.Errorf("placement: %v", err)
		}
		ts, err := st.Timesheet(ctx, r.Timesheet.ID)
		if err != nil || ts.TotalMinutes != 900 {
			t.Errorf("timesheet = %+v, %v", ts, err)
		}
		if lines, _ := st.TimesheetLines(ctx, r.Timesheet.ID); len(lines) != 2 {
			t.Errorf("timesheet lines = %+v", lines)
		}
		if rates, _ := st.Rates(ctx, r.Placement.ID); len(rates) != 1 || rates[0].BillCents != 6550 {
			t.Errorf("rates = %+v", rates)
		}
		consents, _ := st.Consents(ctx, id)
		if len(consents) != 1 || consents[0].TextVersion != "v3-2026" || consents[0].GivenAt.IsZero() {
			t.Errorf("consent proof = %+v", consents)
		}
		// Request closed, its message gone; audited.
		got, _ := st.PrivacyRequest(ctx, erasure.ID)
		if got.Status != domain.PrivacyDone || got.Message != "" || got.HandledAt == nil {
			t.Errorf("request = %+v", got)
		}
		entries, _, _ := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: id, Action: "erase"})
		if len(entries) != 1 {
			t.Errorf("audit = %+v", entries)
		}
		// Once.
		if err := svc.EraseCandidate(ctx, id, 0, r.Actor); domain.KeyOf(err) != domain.KeyCandidateAnonymised {
			t.Errorf("second erasure: %v", err)
		}
	})
}
