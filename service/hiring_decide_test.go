package service_test

import (
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

func matchIDs(list []store.PortalMatch) map[domain.ID]bool {
	out := map[domain.ID]bool{}
	for _, pm := range list {
		out[pm.Match.ID] = true
	}
	return out
}

// E5, E6, E7: the contact sees matches in a visible phase on its own
// vacancies; approving moves the match to the approve phase, puts the comment
// on its Evaluation tab, mails the vacancy's owner in the same transaction,
// and keeps the match visible whatever its later phase.
func TestHiringApprove_E5_E6_E7(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newHiringWorld(t, db, "e6")
		list, _, err := w.svc.HiringCandidates(w.ctx, w.x1, 0)
		hmust(t, "list", err)
		if ids := matchIDs(list); len(ids) != 1 || !ids[w.mAnna.ID] {
			t.Fatalf("x1 sees %v, want only Anna's match", ids)
		}
		for who, c := range map[string]domain.Contact{"x2": w.x2, "y1": w.y1} {
			_, err := w.svc.HiringCandidate(w.ctx, c, w.mAnna.ID)
			hiringKind(t, who+" views Anna", err, domain.KindNotFound, "")
			err = w.svc.HiringDecide(w.ctx, c, w.mAnna.ID, service.MatchDecision{Approve: true})
			hiringKind(t, who+" approves Anna", err, domain.KindNotFound, "")
		}
		_, err = w.svc.HiringCandidate(w.ctx, w.x1, w.mBob.ID)
		hiringKind(t, "Bob in a hidden phase", err, domain.KindNotFound, "")

		err = w.svc.HiringDecide(w.ctx, w.x1, w.mAnna.ID, service.MatchDecision{Approve: true, Comment: "Strong welder, invite her"})
		hmust(t, "approve", err)
		m, err := w.st.Match(w.ctx, w.mAnna.ID)
		hmust(t, "match", err)
		if m.PhaseID != w.approved.ID || m.ApprovedAt == nil {
			t.Fatalf("after approval: phase %d, approved_at %v", m.PhaseID, m.ApprovedAt)
		}
		evals, err := w.st.Evaluations(w.ctx, m.ID)
		hmust(t, "evaluations", err)
		if len(evals) != 1 || evals[0].Verdict != domain.VerdictApprove || evals[0].Comment != "Strong welder, invite her" ||
			evals[0].ActorKind != domain.AudienceHiring || evals[0].ActorID != w.x1.ID {
			t.Fatalf("evaluations %+v", evals)
		}
		mails, _, err := w.st.Mails(w.ctx, 10, 0)
		hmust(t, "mails", err)
		if len(mails) != 1 || mails[0].To != w.rec.Email || !strings.Contains(mails[0].Subject, "goedgekeurd") ||
			!strings.Contains(mails[0].Body, "Strong welder") || !strings.Contains(mails[0].Body, "/office/matches/") {
			t.Fatalf("mail to the owner: %+v", mails)
		}
		// E7: the recruiter moves it on to a hidden phase; it stays visible.
		hmust(t, "move", w.st.MoveMatch(w.ctx, m.ID, w.screening.ID, store.Actor{Kind: domain.AudienceOffice, ID: w.rec.ID, Name: w.rec.Name}))
		view, err := w.svc.HiringCandidate(w.ctx, w.x1, m.ID)
		hmust(t, "view after move", err)
		if view.Waiting || len(view.History) != 3 || len(view.Evaluations) != 1 {
			t.Errorf("follow-up view: waiting %v, history %d, evaluations %d", view.Waiting, len(view.History), len(view.Evaluations))
		}
		err = w.svc.HiringDecide(w.ctx, w.x1, m.ID, service.MatchDecision{Approve: false, Comment: "changed my mind"})
		hiringKind(t, "decide twice", err, domain.KindConflict, service.KeyHiringAlreadyDecided)
		d, err := w.svc.HiringDashboard(w.ctx, w.x1)
		hmust(t, "dashboard", err)
		if d.CandidateCount != 0 {
			t.Errorf("approved match still waits on the dashboard: %d", d.CandidateCount)
		}
	})
}

// E6: a rejection needs a comment, moves the match to the reject phase and
// hides it (never approved, hidden phase); without configured phases the
// decision is refused and nothing changes.
func TestHiringReject_E6(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newHiringWorld(t, db, "e6r")
		err := w.svc.HiringDecide(w.ctx, w.x1, w.mAnna.ID, service.MatchDecision{Approve: false, Comment: "  "})
		hiringKind(t, "reject without comment", err, domain.KindInvalid, "hiring.error.comment_required")
		w.settings(func(s *domain.Settings) { s.RejectPhaseID = 0 })
		err = w.svc.HiringDecide(w.ctx, w.x1, w.mAnna.ID, service.MatchDecision{Comment: "No"})
		hiringKind(t, "no reject phase", err, domain.KindInvalid, service.KeyHiringNoPhase)
		if evals, _ := w.st.Evaluations(w.ctx, w.mAnna.ID); len(evals) != 0 {
			t.Fatalf("refused decision left evaluations %+v", evals)
		}
		w.settings(func(s *domain.Settings) { s.RejectPhaseID = w.rejected.ID })
		hmust(t, "reject", w.svc.HiringDecide(w.ctx, w.x1, w.mAnna.ID, service.MatchDecision{Comment: "Too little experience"}))
		m, err := w.st.Match(w.ctx, w.mAnna.ID)
		hmust(t, "match", err)
		if m.PhaseID != w.rejected.ID || m.ApprovedAt != nil {
			t.Fatalf("after rejection: phase %d, approved_at %v", m.PhaseID, m.ApprovedAt)
		}
		evals, _ := w.st.Evaluations(w.ctx, m.ID)
		if len(evals) != 1 || evals[0].Verdict != domain.VerdictReject || evals[0].Comment != "Too little experience" {
			t.Fatalf("evaluations %+v", evals)
		}
		_, err = w.svc.HiringCandidate(w.ctx, w.x1, m.ID)
		hiringKind(t, "rejected match", err, domain.KindNotFound, "")
	})
}

// E5: the candidate view is portal-safe: no e-mail, phone, date of birth or
// address unless the agency shares them, and only documents of a type visible
// in the Hiring Portal.
func TestHiringCandidateProfile_E5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newHiringWorld(t, db, "e5")
		hmust(t, "skill", w.st.SaveSkill(w.ctx, &domain.Skill{CandidateID: w.anna.ID, Name: "TIG welding", Level: 4}))
		cv := w.attach(domain.SubjectCandidate, w.anna.ID, w.cvType, "anna-cv.pdf")
		w.attach(domain.SubjectCandidate, w.anna.ID, w.secretType, "anna-references.pdf")
		view, err := w.svc.HiringCandidate(w.ctx, w.x1, w.mAnna.ID)
		hmust(t, "view", err)
		pc := view.Candidate
		if pc.Name != "Anna Visser" || pc.City != "Utrecht" || pc.Headline == "" || len(pc.Skills) != 1 {
			t.Errorf("professional facts missing: %+v", pc)
		}
		if pc.Email != "" || pc.Phone != "" || !pc.DateOfBirth.IsZero() || pc.Street != "" || pc.PostalCode != "" {
			t.Errorf("private fields leak by default: %+v", pc)
		}
		if len(pc.Documents) != 1 || pc.Documents[0].ID != cv.ID {
			t.Errorf("documents %+v, want only the CV", pc.Documents)
		}
		if !view.Waiting {
			t.Errorf("a proposed match should wait for a decision")
		}
		w.settings(func(s *domain.Settings) { s.HiringSharedFields = []string{"phone", "address"} })
		view, err = w.svc.HiringCandidate(w.ctx, w.x1, w.mAnna.ID)
		hmust(t, "view", err)
		pc = view.Candidate
		if pc.Phone == "" || pc.Street == "" || pc.Email != "" || !pc.DateOfBirth.IsZero() {
			t.Errorf("shared phone and address only: %+v", pc)
		}
	})
}
