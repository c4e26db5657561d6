package store_test

import (
	"errors"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

func (a agency) note(t *testing.T, st *store.Store, subjectID domain.ID, status domain.NoteStatus, body string) domain.Note {
	t.Helper()
	n := domain.Note{SubjectKind: domain.SubjectCandidate, SubjectID: subjectID, AuthorKind: domain.AudienceOffice,
		AuthorID: a.user.ID, AuthorName: a.user.Name, Status: status, Body: body}
	if err := st.CreateNote(a.ctx, &n); err != nil {
		t.Fatalf("create note: %v", err)
	}
	return n
}

// A4, E11, B5: notes are listed newest first on their record; opening marks only
// portal messages read; another tenant sees none of them.
func TestNotesAndPortalMessages_A4_E11(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "a")
		b := newAgency(t, st, "b")
		c := a.candidate(t, st, "Anna", "Bos")
		plain := a.note(t, st, c.ID, "", "Called her")
		msg := a.note(t, st, c.ID, domain.NotePortalMessageNew, "Please call me")
		other := a.note(t, st, c.ID, domain.NotePortalMessageNew, "Second message")
		if plain.Status != domain.NoteNormal {
			t.Fatalf("default status %q", plain.Status)
		}
		list, err := st.Notes(a.ctx, domain.SubjectCandidate, c.ID, 0)
		if err != nil || len(list) != 3 || list[0].ID != other.ID || list[2].ID != plain.ID {
			t.Fatalf("notes %+v, %v", list, err)
		}
		if two, _ := st.Notes(a.ctx, domain.SubjectCandidate, c.ID, 2); len(two) != 2 {
			t.Fatalf("limit: %d notes", len(two))
		}

		newOnes, more, err := st.PortalMessages(a.ctx, store.PortalMessageFilter{Status: domain.NotePortalMessageNew, Limit: 1})
		if err != nil || len(newOnes) != 1 || !more || newOnes[0].ID != other.ID {
			t.Fatalf("new messages %+v more=%v %v", newOnes, more, err)
		}
		if err := st.MarkNoteRead(a.ctx, msg.ID); err != nil {
			t.Fatal(err)
		}
		got, err := st.Note(a.ctx, msg.ID)
		if err != nil || got.Status != domain.NotePortalMessageRead || got.ReadAt == nil || time.Since(*got.ReadAt) > time.Hour {
			t.Fatalf("after mark read %+v, %v", got, err)
		}
		firstRead := *got.ReadAt
		if err := st.MarkNoteRead(a.ctx, msg.ID); err != nil { // a second open changes nothing
			t.Fatal(err)
		}
		if again, _ := st.Note(a.ctx, msg.ID); !again.ReadAt.Equal(firstRead) {
			t.Errorf("read_at moved: %v -> %v", firstRead, again.ReadAt)
		}
		if err := st.MarkNoteRead(a.ctx, plain.ID); err != nil {
			t.Fatal(err)
		}
		if p, _ := st.Note(a.ctx, plain.ID); p.Status != domain.NoteNormal || p.ReadAt != nil {
			t.Errorf("plain note changed: %+v", p)
		}
		read, _, _ := st.PortalMessages(a.ctx, store.PortalMessageFilter{Status: domain.NotePortalMessageRead})
		all, _, _ := st.PortalMessages(a.ctx, store.PortalMessageFilter{})
		unread, _, _ := st.PortalMessages(a.ctx, store.PortalMessageFilter{Status: domain.NotePortalMessageNew})
		if len(read) != 1 || len(all) != 2 || len(unread) != 1 || unread[0].ID != other.ID {
			t.Errorf("read=%d all=%d unread=%d", len(read), len(all), len(unread))
		}

		// B5
		if _, err := st.Note(b.ctx, msg.ID); !errors.Is(err, domain.ErrNotFound) {
			t.Errorf("b read note: %v", err)
		}
		if err := st.MarkNoteRead(b.ctx, other.ID); !errors.Is(err, domain.ErrNotFound) {
			t.Errorf("b marked read: %v", err)
		}
		if o, _ := st.Note(a.ctx, other.ID); o.Status != domain.NotePortalMessageNew {
			t.Errorf("b's mark changed a's message")
		}
		if _, err := st.Notes(b.ctx, domain.SubjectCandidate, c.ID, 0); !errors.Is(err, domain.ErrNotFound) {
			t.Errorf("b listed notes: %v", err)
		}
		if list, _, _ := st.PortalMessages(b.ctx, store.PortalMessageFilter{}); len(list) != 0 {
			t.Errorf("b sees a's messages: %+v", list)
		}
		n := domain.Note{SubjectKind: domain.SubjectCandidate, SubjectID: c.ID, AuthorKind: domain.AudienceOffice, AuthorName: "x", Body: "x"}
		if err := st.CreateNote(b.ctx, &n); !errors.Is(err, domain.ErrNotFound) {
			t.Errorf("b noted on a's candidate: %v", err)
		}
		if err := st.MarkNoteRead(a.ctx, 999999); !errors.Is(err, domain.ErrNotFound) {
			t.Errorf("missing note: %v", err)
		}
	})
}

// A3, B5: email templates are stored per key and language, replaced on save,
// and kept per tenant.
func TestEmailTemplates_A3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "a")
		b := newAgency(t, st, "b")
		tpl := domain.EmailTemplate{Key: "timesheet_sent", Language: "nl", Subject: "Weekstaat", Body: "Hallo {{.Name}}"}
		if err := st.SaveEmailTemplate(a.ctx, &tpl); err != nil {
			t.Fatal(err)
		}
		en := domain.EmailTemplate{Key: "timesheet_sent", Language: "en", Subject: "Timesheet", Body: "Hello"}
		if err := st.SaveEmailTemplate(a.ctx, &en); err != nil {
			t.Fatal(err)
		}
		tpl.Subject = "Weekstaat verzonden"
		if err := st.SaveEmailTemplate(a.ctx, &tpl); err != nil {
			t.Fatal(err)
		}
		got, err := st.EmailTemplate(a.ctx, "timesheet_sent", "nl")
		if err != nil || got.Subject != "Weekstaat verzonden" || got.Body != "Hallo {{.Name}}" || got.ID != tpl.ID {
			t.Fatalf("read back %+v, %v", got, err)
		}
		list, err := st.EmailTemplates(a.ctx)
		if err != nil || len(list) != 2 || list[0].Language != "en" {
			t.Fatalf("list %+v, %v", list, err)
		}
		if _, err := st.EmailTemplate(b.ctx, "timesheet_sent", "nl"); !errors.Is(err, domain.ErrNotFound) {
			t.Errorf("b read a's template: %v", err)
		}
		if list, _ := st.EmailTemplates(b.ctx); len(list) != 0 {
			t.Errorf("b lists a's templates")
		}
	})
}

// A3: the settings selects offer the tenant's rows only; an admin's settings are stored.
func TestSettingsChoicesAndSave_A3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "a")
		ch, err := st.SettingsChoices(a.ctx)
		if err != nil || len(ch.Groups)+len(ch.Sources)+len(ch.Relations)+len(ch.Phases) != 0 {
			t.Fatalf("choices of an empty agency %+v, %v", ch, err)
		}
		set, err := st.Settings(a.ctx)
		if err != nil {
			t.Fatal(err)
		}
		set.RetentionYears = 5
		set.PrivacyURL = map[string]string{"nl": "https://example.test/privacy"}
		if err := st.SaveSettings(a.ctx, set); err != nil {
			t.Fatal(err)
		}
		back, _ := st.Settings(a.ctx)
		if back.RetentionYears != 5 || back.PrivacyURL["nl"] != "https://example.test/privacy" {
			t.Fatalf("settings %+v", back)
		}
		if !store.Has(nil, 0) || store.Has([]store.Choice{{ID: 1}}, 2) {
			t.Error("Has")
		}
	})
}
