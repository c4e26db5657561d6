package store_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

func (a agency) attachmentType(t *testing.T, st *store.Store, name string) domain.AttachmentType {
	t.Helper()
	at := domain.AttachmentType{Name: name}
	if err := st.SaveAttachmentType(a.ctx, &at); err != nil {
		t.Fatalf("save attachment type: %v", err)
	}
	return at
}

// A1, A3, C4, E10: attachment types are created, renamed, flagged per portal and
// stay in their tenant.
func TestAttachmentTypes_A3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "a")
		b := newAgency(t, st, "b")
		cv := domain.AttachmentType{Name: "CV", Code: domain.TypeCodeCV, VisibleProfessional: true}
		if err := st.SaveAttachmentType(a.ctx, &cv); err != nil {
			t.Fatal(err)
		}
		a.attachmentType(t, st, "Contract")
		cv.Name, cv.VisibleHiring = "Resume", true
		if err := st.SaveAttachmentType(a.ctx, &cv); err != nil {
			t.Fatal(err)
		}
		got, err := st.AttachmentType(a.ctx, cv.ID)
		if err != nil || got.Name != "Resume" || !got.VisibleHiring || !got.VisibleProfessional || got.Code != domain.TypeCodeCV {
			t.Fatalf("read back %+v, %v", got, err)
		}
		if byCode, err := st.AttachmentTypeByCode(a.ctx, domain.TypeCodeCV); err != nil || byCode.ID != cv.ID {
			t.Fatalf("by code %+v, %v", byCode, err)
		}
		list, err := st.AttachmentTypes(a.ctx)
		if err != nil || len(list) != 2 || list[0].Name != "Contract" {
			t.Fatalf("list %+v, %v", list, err)
		}
		// B5
		if _, err := st.AttachmentType(b.ctx, cv.ID); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b read a's type: %v", err)
		}
		if err := st.SaveAttachmentType(b.ctx, &domain.AttachmentType{ID: cv.ID, Name: "x"}); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b renamed a's type: %v", err)
		}
		if list, _ := st.AttachmentTypes(b.ctx); len(list) != 0 {
			t.Fatalf("tenant b lists a's types: %+v", list)
		}
	})
}

// A1, B5: an attachment round-trips its bytes exactly, is listed on its record,
// deleted, and is invisible to another tenant.
func TestAttachmentRoundTrip_A1(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "a")
		b := newAgency(t, st, "b")
		c := a.candidate(t, st, "Anna", "Bos")
		typ := a.attachmentType(t, st, "CV")
		content := make([]byte, 70000)
		for i := range content {
			content[i] = byte(i * 7)
		}
		att := domain.Attachment{SubjectKind: domain.SubjectCandidate, SubjectID: c.ID, TypeID: typ.ID,
			FileName: "cv.pdf", ContentType: "application/pdf", UploadedBy: "Rec a"}
		if err := st.CreateAttachment(a.ctx, &att, content); err != nil {
			t.Fatal(err)
		}
		if att.Size != int64(len(content)) {
			t.Fatalf("size %d", att.Size)
		}
		got, err := st.AttachmentContent(a.ctx, att.ID)
		if err != nil || !bytes.Equal(got, content) {
			t.Fatalf("content differs (%d bytes), %v", len(got), err)
		}
		empty := domain.Attachment{SubjectKind: domain.SubjectCandidate, SubjectID: c.ID, TypeID: typ.ID, FileName: "empty.txt", ContentType: "text/plain"}
		if err := st.CreateAttachment(a.ctx, &empty, nil); err != nil {
			t.Fatal(err)
		}
		if got, err := st.AttachmentContent(a.ctx, empty.ID); err != nil || got == nil || len(got) != 0 {
			t.Fatalf("empty content %v, %v", got, err)
		}
		meta, err := st.Attachment(a.ctx, att.ID)
		if err != nil || meta.FileName != "cv.pdf" || meta.TypeName != "CV" || meta.Size != 70000 {
			t.Fatalf("meta %+v, %v", meta, err)
		}
		list, err := st.Attachments(a.ctx, domain.SubjectCandidate, c.ID)
		if err != nil || len(list) != 2 {
			t.Fatalf("list %+v, %v", list, err)
		}
		// B5: tenant b sees nothing of it and cannot attach to a's record.
		if _, err := st.Attachment(b.ctx, att.ID); !errors.Is(err, domain.ErrNotFound) {
			t.Errorf("b read metadata: %v", err)
		}
		if _, err := st.AttachmentContent(b.ctx, att.ID); !errors.Is(err, domain.ErrNotFound) {
			t.Errorf("b read content: %v", err)
		}
		if _, err := st.Attachments(b.ctx, domain.SubjectCandidate, c.ID); !errors.Is(err, domain.ErrNotFound) {
			t.Errorf("b listed: %v", err)
		}
		if err := st.DeleteAttachment(b.ctx, att.ID); !errors.Is(err, domain.ErrNotFound) {
			t.Errorf("b deleted: %v", err)
		}
		btyp := b.attachmentType(t, st, "CV")
		foreign := domain.Attachment{SubjectKind: domain.SubjectCandidate, SubjectID: c.ID, TypeID: btyp.ID, FileName: "x.txt", ContentType: "text/plain"}
		if err := st.CreateAttachment(b.ctx, &foreign, []byte("x")); !errors.Is(err, domain.ErrNotFound) {
			t.Errorf("b attached to a's candidate: %v", err)
		}
		if err := st.CreateAttachment(a.ctx, &domain.Attachment{SubjectKind: "planet", SubjectID: c.ID, TypeID: typ.ID}, nil); !errors.Is(err, domain.ErrNotFound) {
			t.Errorf("unknown subject kind: %v", err)
		}
		if err := st.DeleteAttachment(a.ctx, att.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := st.AttachmentContent(a.ctx, att.ID); !errors.Is(err, domain.ErrNotFound) {
			t.Errorf("content kept after delete: %v", err)
		}
		if list, _ := st.Attachments(a.ctx, domain.SubjectCandidate, c.ID); len(list) != 1 {
			t.Errorf("after delete %+v", list)
		}
	})
}
