package service_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/matchpoint/matchpoint/cvparse/cvcorpus"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F2 and issue 16: the text read from a CV, and its terms in the CV index,
// go with the candidate's erasure: no byte of a word only the CV held is
// left in the SQLite file or its log, and the CV index no longer finds it.
func TestErasureLeavesNoCVText_F2_I16(t *testing.T) {
	path := filepath.Join(t.TempDir(), "erase-cv.db")
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
	c := env.Acme.Candidate(t, st, "Vera", "Vlinder")
	typ := domain.AttachmentType{Name: "CV", Code: domain.TypeCodeCV}
	must(t, "setup", st.SaveAttachmentType(actx, &typ))
	const secret = "Quokkazwaluwtemmer"
	docx, err := cvcorpus.DOCX(cvcorpus.Document{Main: []cvcorpus.Block{{Text: "Werkervaring"}, {Text: secret + " — Dierentuin Blijdorp"}, {Text: "2019 – 2023"}}})
	if err != nil {
		t.Fatal(err)
	}
	att := domain.Attachment{SubjectKind: domain.SubjectCandidate, SubjectID: c.ID, TypeID: typ.ID, FileName: "cv.docx",
		ContentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
	must(t, "upload", svc.AddAttachment(actx, actor, &att, docx))
	if h, err := st.SearchCVs(actx, store.CVFilter{Query: secret}); err != nil || len(h) != 1 {
		t.Fatalf("before erasure: %v %v", h, err)
	}

	must(t, "erase", svc.EraseCandidate(actx, c.ID, 0, actor))

	if h, err := st.SearchCVs(actx, store.CVFilter{Query: secret}); err != nil || len(h) != 0 {
		t.Errorf("after erasure the CV index finds %v %v", h, err)
	}
	var n int
	if err := db.Raw().QueryRowContext(ctx, `SELECT count(*) FROM attachment_texts WHERE attachment_id = ?`, att.ID).Scan(&n); err != nil || n != 0 {
		t.Errorf("CV text rows after erasure: %d %v", n, err)
	}
	for _, p := range []string{path, path + "-wal"} {
		data, err := os.ReadFile(p)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		if bytes.Contains(asciiLower(data), asciiLower([]byte(secret))) {
			t.Errorf("%s still holds the CV's word", filepath.Base(p))
		}
	}
}
