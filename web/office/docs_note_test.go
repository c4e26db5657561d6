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

// A4, E11: notes are added on a record's activity; the messages list and the
// record page show a portal message as a preview and leave it new; opening
// the note in full marks it read.
func TestNotesAndPortalMessages_A4_E11(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		c := env.Recruiter(t)
		cand := env.Acme.Candidate(t, env.Store, "Sanne", "Bakker")
		base := "/office/candidates/" + id(cand.ID)

		res := c.Post(base+"/notes", url.Values{"note_subject": {"Call"}, "note_body": {"  "}})
		if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-note_body"`) {
			t.Fatalf("empty note: %d", res.Status)
		}
		if notes, _ := env.Store.Notes(env.Acme.Ctx, domain.SubjectCandidate, cand.ID, 0); len(notes) != 0 {
			t.Fatal("an invalid note was saved")
		}
		if res = c.Post(base+"/notes", url.Values{"note_subject": {"Call"}, "note_body": {"Called about the new job."}}); res.Status != http.StatusSeeOther {
			t.Fatalf("add note: %d", res.Status)
		}

		long := "Could you call me back about next week? " + strings.Repeat("More detail. ", 40) + "THE-END-OF-IT"
		msg := domain.Note{SubjectKind: domain.SubjectCandidate, SubjectID: cand.ID, AuthorKind: domain.AudienceHiring,
			AuthorName: "Henk Klant", Status: domain.NotePortalMessageNew, Subject: "Question", Body: long}
		if err := env.Store.CreateNote(env.Acme.Ctx, &msg); err != nil {
			t.Fatal(err)
		}
		for _, path := range []string{"/office/messages", "/office/messages?status=new", base} {
			page := c.Get(path)
			if page.Status != http.StatusOK || !strings.Contains(page.Body, "Could you call me back") ||
				strings.Contains(page.Body, "THE-END-OF-IT") || !strings.Contains(page.Body, "/office/notes/"+id(msg.ID)) {
				t.Errorf("%s: status %d, preview or link missing", path, page.Status)
			}
		}
		if got, _ := env.Store.Note(env.Acme.Ctx, msg.ID); got.Status != domain.NotePortalMessageNew {
			t.Fatalf("a list marked the message %s", got.Status)
		}
		if page := c.Get("/office/messages?status=read"); strings.Contains(page.Body, "Could you call me back") {
			t.Error("new message listed as read")
		}

		// B5: the other agency can not open it, and opening it there changes nothing.
		if res = env.OtherRecruiter(t).Get("/office/notes/" + id(msg.ID)); res.Status != http.StatusNotFound {
			t.Errorf("other agency opened the note: %d", res.Status)
		}
		if res = env.OtherRecruiter(t).Post(base+"/notes", url.Values{"note_body": {"x"}}); res.Status != http.StatusNotFound {
			t.Errorf("other agency added a note: %d", res.Status)
		}

		full := c.Get("/office/notes/" + id(msg.ID))
		if full.Status != http.StatusOK || !strings.Contains(full.Body, "THE-END-OF-IT") {
			t.Fatalf("open note: %d", full.Status)
		}
		got, _ := env.Store.Note(env.Acme.Ctx, msg.ID)
		if got.Status != domain.NotePortalMessageRead || got.ReadAt == nil {
			t.Fatalf("opened message is %s", got.Status)
		}
		if page := c.Get("/office/messages?status=read"); !strings.Contains(page.Body, "Could you call me back") {
			t.Error("read message missing from the read filter")
		}
		if page := c.Get("/office/messages?status=new"); strings.Contains(page.Body, "Could you call me back") {
			t.Error("read message still listed as new")
		}
	})
}
