package service_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// E10: the contact sees and uploads only attachments of types visible in the
// Hiring Portal, on its company, its visible vacancies and its proposed
// candidates; a pool candidate's CV opens from the pool; nothing of Y.
func TestHiringDocuments_E10(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newHiringWorld(t, db, "e10")
		want := map[domain.ID]bool{}
		want[w.attach(domain.SubjectCompany, w.x.ID, w.cvType, "contract.pdf").ID] = true
		want[w.attach(domain.SubjectVacancy, w.vx1.ID, w.cvType, "welder-profile.pdf").ID] = true
		want[w.attach(domain.SubjectCandidate, w.anna.ID, w.cvType, "anna-cv.pdf").ID] = true
		hidden := []domain.Attachment{
			w.attach(domain.SubjectCompany, w.x.ID, w.secretType, "x-internal.pdf"),
			w.attach(domain.SubjectCompany, w.y.ID, w.cvType, "y-contract.pdf"),
			w.attach(domain.SubjectVacancy, w.vxHidden.ID, w.cvType, "secret.pdf"),
			w.attach(domain.SubjectVacancy, w.vy1.ID, w.cvType, "y-vacancy.pdf"),
			w.attach(domain.SubjectCandidate, w.bob.ID, w.cvType, "bob-cv.pdf"),
			w.attach(domain.SubjectCandidate, w.cora.ID, w.cvType, "cora-cv.pdf"),
			w.attach(domain.SubjectCandidate, w.fred.ID, w.cvType, "fred-cv.pdf"),
		}
		daveCV := w.attach(domain.SubjectCandidate, w.dave.ID, w.cvType, "dave-cv.pdf")

		docs, err := w.svc.HiringDocuments(w.ctx, w.x1)
		hmust(t, "documents", err)
		got := map[domain.ID]bool{}
		for _, d := range docs {
			got[d.ID] = true
			if d.SubjectLabel == "" {
				t.Errorf("%s has no label", d.FileName)
			}
		}
		if len(got) != len(want) {
			t.Fatalf("x1 sees %d documents %v, want %v", len(got), got, want)
		}
		for id := range want {
			if !got[id] {
				t.Errorf("document %d missing", id)
			}
		}
		for _, a := range hidden {
			_, _, err := w.svc.HiringDocument(w.ctx, w.x1, a.ID)
			hiringKind(t, "open "+a.FileName, err, domain.KindNotFound, "")
		}
		if _, content, err := w.svc.HiringDocument(w.ctx, w.x1, daveCV.ID); err != nil || len(content) == 0 {
			t.Errorf("pool candidate's CV: %v", err)
		}

		types, targets, err := w.svc.HiringUploadChoices(w.ctx, w.x1)
		hmust(t, "upload choices", err)
		if len(types) != 1 || types[0].ID != w.cvType.ID || len(targets) != 3 {
			t.Fatalf("upload choices %+v %+v", types, targets)
		}
		up := service.Upload{SubjectKind: domain.SubjectVacancy, SubjectID: w.vx2.ID, TypeID: w.cvType.ID,
			FileName: "brief.pdf", ContentType: "application/pdf", Content: []byte("%PDF-1.4")}
		a, err := w.svc.HiringUpload(w.ctx, w.x1, up)
		hmust(t, "upload", err)
		if a.UploadedBy != "Xander One" || a.SubjectID != w.vx2.ID {
			t.Errorf("uploaded %+v", a)
		}
		bad := up
		bad.TypeID = w.secretType.ID
		_, err = w.svc.HiringUpload(w.ctx, w.x1, bad)
		hiringKind(t, "hidden type", err, domain.KindInvalid, service.KeyHiringTypeNotVisible)
		for _, target := range []struct {
			kind domain.SubjectKind
			id   domain.ID
		}{{domain.SubjectVacancy, w.vy1.ID}, {domain.SubjectVacancy, w.vxHidden.ID}, {domain.SubjectCompany, w.y.ID},
			{domain.SubjectCandidate, w.anna.ID}} {
			bad := up
			bad.SubjectKind, bad.SubjectID = target.kind, target.id
			_, err = w.svc.HiringUpload(w.ctx, w.x1, bad)
			hiringKind(t, "upload elsewhere", err, domain.KindNotFound, "")
		}
	})
}

// E11: a message becomes a 'new portal message' note on the contact and a
// mail to the contact's owner, in one transaction; an empty one changes
// nothing.
func TestHiringMessage_E11(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newHiringWorld(t, db, "e11")
		_, err := w.svc.HiringSendMessage(w.ctx, w.x1, service.Message{Subject: "Hi", Body: "   "})
		hiringKind(t, "empty", err, domain.KindInvalid, "validation.required")
		n, err := w.svc.HiringSendMessage(w.ctx, w.x1, service.Message{Subject: "Start date", Body: "Can Anna start on 1 April?"})
		hmust(t, "send", err)
		notes, err := w.st.Notes(w.ctx, domain.SubjectContact, w.x1.ID, 10)
		hmust(t, "notes", err)
		if len(notes) != 1 || notes[0].ID != n.ID || notes[0].Status != domain.NotePortalMessageNew ||
			notes[0].AuthorKind != domain.AudienceHiring || notes[0].Body != "Can Anna start on 1 April?" {
			t.Fatalf("notes %+v", notes)
		}
		msgs, _, err := w.st.PortalMessages(w.ctx, store.PortalMessageFilter{Status: domain.NotePortalMessageNew})
		hmust(t, "portal messages", err)
		if len(msgs) != 1 {
			t.Errorf("portal messages report has %d", len(msgs))
		}
		mails, _, err := w.st.Mails(w.ctx, 10, 0)
		hmust(t, "mails", err)
		if len(mails) != 1 || mails[0].To != w.rec.Email {
			t.Fatalf("mails %+v", mails)
		}
	})
}
