package service_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// F2 (item 5): a candidate that restricted processing or objected is left
// out of the Hiring Portal: not listed as proposed candidate or pool member,
// its pages and documents are not found; lifting the flag brings it back.
func TestHiringLeavesOutRestrictedAndObjecting_F2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newHiringWorld(t, db, "f2hiring")
		annaCV := w.attach(domain.SubjectCandidate, w.anna.ID, w.cvType, "anna-cv.pdf")
		daveCV := w.attach(domain.SubjectCandidate, w.dave.ID, w.cvType, "dave-cv.pdf")
		shown := func(label string, wantAnna, wantDave bool) {
			t.Helper()
			list, _, err := w.svc.HiringCandidates(w.ctx, w.x1, 0)
			hmust(t, "candidates", err)
			gotAnna := false
			for _, m := range list {
				gotAnna = gotAnna || m.Match.CandidateID == w.anna.ID
			}
			if gotAnna != wantAnna {
				t.Errorf("%s: Anna listed = %v", label, gotAnna)
			}
			_, err = w.svc.HiringCandidate(w.ctx, w.x1, w.mAnna.ID)
			if (err == nil) != wantAnna {
				t.Errorf("%s: Anna's page: %v", label, err)
			}
			_, _, err = w.svc.HiringDocument(w.ctx, w.x1, annaCV.ID)
			if (err == nil) != wantAnna {
				t.Errorf("%s: Anna's CV: %v", label, err)
			}
			docs, err := w.svc.HiringDocuments(w.ctx, w.x1)
			hmust(t, "documents", err)
			listedCV := false
			for _, d := range docs {
				listedCV = listedCV || d.ID == annaCV.ID
			}
			if listedCV != wantAnna {
				t.Errorf("%s: Anna's CV listed = %v", label, listedCV)
			}
			pool, err := w.svc.HiringPoolPage(w.ctx, w.x1, w.general.ID, 0)
			hmust(t, "pool", err)
			gotDave := false
			for _, m := range pool.Members {
				gotDave = gotDave || m.CandidateID == w.dave.ID
			}
			if gotDave != wantDave {
				t.Errorf("%s: Dave in the pool = %v", label, gotDave)
			}
			_, err = w.svc.HiringPoolCandidate(w.ctx, w.x1, w.general.ID, w.dave.ID)
			if (err == nil) != wantDave {
				t.Errorf("%s: Dave's pool page: %v", label, err)
			}
			if err != nil {
				hiringKind(t, label+": Dave's pool page", err, domain.KindNotFound, "")
			}
			_, _, err = w.svc.HiringDocument(w.ctx, w.x1, daveCV.ID)
			if (err == nil) != wantDave {
				t.Errorf("%s: Dave's CV: %v", label, err)
			}
		}
		shown("before", true, true)
		hmust(t, "restrict", w.st.SetCandidateRestricted(w.ctx, w.anna.ID, true))
		hmust(t, "object", w.st.SetCandidateObjected(w.ctx, w.dave.ID, true))
		shown("restricted and objecting", false, false)
		hmust(t, "lift", w.st.SetCandidateRestricted(w.ctx, w.anna.ID, false))
		hmust(t, "lift", w.st.SetCandidateObjected(w.ctx, w.dave.ID, false))
		hmust(t, "object", w.st.SetCandidateObjected(w.ctx, w.anna.ID, true))
		hmust(t, "restrict", w.st.SetCandidateRestricted(w.ctx, w.dave.ID, true))
		shown("the other way round", false, false)
		hmust(t, "lift", w.st.SetCandidateObjected(w.ctx, w.anna.ID, false))
		hmust(t, "lift", w.st.SetCandidateRestricted(w.ctx, w.dave.ID, false))
		shown("lifted", true, true)
		// Erased candidates are gone from the portal too.
		hmust(t, "erase", w.st.AnonymiseCandidate(w.ctx, w.anna.ID))
		hmust(t, "erase", w.st.AnonymiseCandidate(w.ctx, w.dave.ID))
		shown("erased", false, false)
	})
}

// F4, F2: a contact's views of a proposed and a pool candidate and its
// document downloads are logged on the candidate (who, what, when), and the
// candidate's export includes them.
func TestContactViewsAuditedAndExported_F4_F2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newHiringWorld(t, db, "f4hiring")
		annaCV := w.attach(domain.SubjectCandidate, w.anna.ID, w.cvType, "anna-cv.pdf")
		_, err := w.svc.HiringCandidate(w.ctx, w.x1, w.mAnna.ID)
		hmust(t, "view", err)
		_, _, err = w.svc.HiringDocument(w.ctx, w.x1, annaCV.ID)
		hmust(t, "download", err)
		_, err = w.svc.HiringPoolCandidate(w.ctx, w.x1, w.general.ID, w.dave.ID)
		hmust(t, "pool view", err)

		byContact := func(id domain.ID, action string) []domain.AuditEntry {
			entries, _, err := w.st.AuditEntries(w.ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: id, Action: action})
			hmust(t, "audit", err)
			var out []domain.AuditEntry
			for _, e := range entries {
				if e.ActorKind == domain.AudienceHiring && e.ActorID == w.x1.ID && e.ActorName == w.x1.Name() {
					out = append(out, e)
				}
			}
			return out
		}
		if got := byContact(w.anna.ID, "view"); len(got) != 1 || got[0].At.IsZero() {
			t.Fatalf("Anna's view: %+v", got)
		}
		if got := byContact(w.anna.ID, "download"); len(got) != 1 || got[0].Detail != "attachment anna-cv.pdf" {
			t.Fatalf("Anna's download: %+v", got)
		}
		if got := byContact(w.dave.ID, "view"); len(got) != 1 {
			t.Fatalf("Dave's pool view: %+v", got)
		}

		d, _, err := service.CollectExport(w.ctx, w.st, w.anna.ID, hiringNow)
		hmust(t, "export", err)
		var views, downloads int
		for _, e := range d.Audit {
			if e.ActorKind == string(domain.AudienceHiring) && e.ActorName == w.x1.Name() {
				switch e.Action {
				case "view":
					views++
				case "download":
					downloads++
				}
			}
		}
		if views != 1 || downloads != 1 {
			t.Fatalf("the export lists %d contact views and %d downloads, want 1 and 1: %+v", views, downloads, d.Audit)
		}
	})
}
