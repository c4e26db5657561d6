package service_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/mail/mailtest"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F2: erasure erases. A candidate with an uploaded file, notes, an export,
// a sent mail and a mail still waiting is erased; the waiting mail is never
// delivered, and a byte search of the SQLite file, its write-ahead log and
// its free pages (the whole file, after the checkpoint the product runs)
// finds none of its e-mail address, name, street or file bytes, in any
// letter case (the search index keeps terms in lower case).
func TestErasureLeavesNoBytesInTheDatabaseFile_F2(t *testing.T) {
	path := filepath.Join(t.TempDir(), "erase.db")
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	env := webtest.New(t, db)
	st, actx := env.Store, env.Acme.Ctx
	svc := service.New(db)
	actor := store.Actor{Kind: domain.AudienceOffice, ID: env.Acme.Recruiter.ID, Name: env.Acme.Recruiter.Name}

	const email, first, last, street = "quilla.zarnowitz@erase-me.test", "Quilla", "Zarnowitz", "Vlinderstraat 987"
	c := domain.Candidate{OwnerID: env.Acme.Recruiter.ID, StatusID: env.Acme.Status.ID, FirstName: first, LastName: last,
		Email: email, Street: street, City: "Utrecht", Language: "en", Headline: "Zarnowitz the welder"}
	if err := st.CreateCandidate(actx, &c); err != nil {
		t.Fatal(err)
	}
	// Earlier versions of the row, for the log and the free pages to keep.
	for _, h := range []string{"Welder", "Senior welder", "Lead welder"} {
		c.Headline = h + " " + last
		if err := st.UpdateCandidate(actx, &c); err != nil {
			t.Fatal(err)
		}
	}
	file := make([]byte, 24<<10) // spans overflow pages
	rand.Read(file)
	typ := domain.AttachmentType{Name: "CV", Code: domain.TypeCodeCV}
	must(t, "setup", st.SaveAttachmentType(actx, &typ))
	must(t, "setup", st.CreateAttachment(actx, &domain.Attachment{SubjectKind: domain.SubjectCandidate, SubjectID: c.ID, TypeID: typ.ID,
		FileName: "cv-zarnowitz.pdf", ContentType: "application/pdf"}, file))
	must(t, "setup", st.CreateNote(actx, &domain.Note{SubjectKind: domain.SubjectCandidate, SubjectID: c.ID, AuthorKind: domain.AudienceOffice,
		AuthorID: actor.ID, AuthorName: actor.Name, Body: "Met Quilla Zarnowitz at Vlinderstraat 987"}))
	if _, err := svc.ExportCandidate(actx, c.ID, 0, actor); err != nil {
		t.Fatal(err)
	}
	// A mail that went out before the erasure, and one still waiting after it.
	smtp := mailtest.New(t)
	sender, err := mail.NewSMTP(smtp.URL())
	if err != nil {
		t.Fatal(err)
	}
	worker := &mail.Worker{DB: db, Sender: sender}
	sent := domain.PrivacyRequest{CandidateID: c.ID, Right: domain.RightAccess, ReceivedAt: db.Now(), Origin: "mail"}
	must(t, "setup", svc.EnterPrivacyRequest(actx, &sent, actor))
	must(t, "setup", svc.ExtendPrivacyRequest(actx, sent.ID, sent.ReceivedAt.AddDate(0, 2, 0), "Zarnowitz archive", actor))
	if n, err := worker.RunOnce(ctx); n != 1 || err != nil {
		t.Fatalf("deliver the first mail: %d %v", n, err)
	}
	must(t, "setup", st.CreatePrivacyRequest(actx, &domain.PrivacyRequest{CandidateID: c.ID, Right: domain.RightErasure,
		Message: "Please erase Quilla Zarnowitz", ReceivedAt: db.Now(), Origin: "mail"}, actor))
	if _, err := svc.ReleaseExport(actx, mustExport(actx, t, st, c.ID), actor); err != nil { // queues privacy_export_ready
		t.Fatal(err)
	}
	if mails, _, _ := st.Mails(actx, 10, 0); len(mails) != 2 || mails[0].Status != domain.OutboxPending {
		t.Fatalf("outbox before erasure = %+v", mails)
	}

	if err := svc.EraseCandidate(actx, c.ID, 0, actor); err != nil {
		t.Fatal(err)
	}

	// The waiting mail never goes out.
	if _, err := worker.RunOnce(ctx); err != nil {
		t.Fatal(err)
	}
	if got := smtp.Messages(); len(got) != 1 {
		t.Fatalf("the SMTP server got %d mails, want only the one sent before the erasure", len(got))
	}
	mails, _, _ := st.Mails(actx, 10, 0)
	for _, m := range mails {
		if m.Status == domain.OutboxPending || m.Status == domain.OutboxSending || m.ScrubbedAt == nil || m.To == email {
			t.Errorf("mail after erasure = %+v", m)
		}
	}

	// No byte of it in the file, the log or the free pages.
	var freePages int
	if err := db.Raw().QueryRowContext(ctx, "PRAGMA freelist_count").Scan(&freePages); err != nil {
		t.Fatal(err)
	}
	var files [][]byte
	for _, p := range []string{path, path + "-wal", path + "-journal"} {
		data, err := os.ReadFile(p)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		files = append(files, data)
	}
	if n := len(files[0]) + len(files[1]); n < 64<<10 {
		t.Fatalf("database file and log are %d bytes: too small to have held the data", n)
	}
	needles := map[string][]byte{
		"e-mail": []byte(email), "first name": []byte(first), "last name": []byte(last), "street": []byte("Vlinderstraat"),
		"file start": file[:48], "file middle": file[12<<10 : 12<<10+48], "file end": file[len(file)-48:],
	}
	for i, data := range files {
		lower := asciiLower(data)
		for what, needle := range needles {
			if bytes.Contains(data, needle) || bytes.Contains(lower, asciiLower(needle)) {
				t.Errorf("%s found in %s (%d bytes, %d free pages)", what, []string{"the database file", "the -wal", "the -journal"}[i], len(data), freePages)
				if k := bytes.Index(lower, asciiLower(needle)); k >= 0 && os.Getenv("DEBUG_BYTES") != "" {
					t.Logf("at %d (page %d): %q", k, k/4096+1, bytes.Trim(data[max(0, k-300):min(len(data), k+100)], "\x00"))
				}
			}
		}
	}
	// The anonymised record and what the law keeps are still there.
	if got, err := st.Candidate(actx, c.ID); err != nil || got.Name() != store.AnonymisedName {
		t.Fatalf("record after erasure: %+v %v", got, err)
	}
}

func mustExport(ctx context.Context, t *testing.T, st *store.Store, candidateID domain.ID) domain.ID {
	t.Helper()
	list, err := st.PrivacyExports(ctx, candidateID)
	if err != nil || len(list) == 0 {
		t.Fatalf("exports: %v %v", list, err)
	}
	return list[0].ID
}

// asciiLower lowers ASCII letters only, keeping every other byte (and so
// every offset) as it is.
func asciiLower(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}
