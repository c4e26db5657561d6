package service

import (
	"context"
	"errors"

	"github.com/matchpoint/matchpoint/cvtext"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// readCVText reads the text of a CV before the transaction that stores it
// (reading takes time and must hold no lock). A file that cannot be read
// still uploads: its status says why it has no text.
func (s *Service) readCVText(ctx context.Context, content []byte) domain.AttachmentText {
	ex := s.CVText
	if ex == nil {
		ex = cvtext.InProcess{}
	}
	text, err := ex.Extract(ctx, content)
	switch {
	case errors.Is(err, cvtext.ErrUnsupported):
		return domain.AttachmentText{Status: domain.TextUnsupported}
	case err != nil:
		return domain.AttachmentText{Status: domain.TextFailed}
	case text == "":
		return domain.AttachmentText{Status: domain.TextEmpty}
	}
	return domain.AttachmentText{Status: domain.TextOK, Text: text}
}

// isCVType reports whether an attachment type is the CV type; only CVs are
// read and indexed (an ID card or a contract is no one's search result).
func isCVType(ctx context.Context, st *store.Store, typeID domain.ID) (bool, error) {
	t, err := st.AttachmentType(ctx, typeID)
	if err != nil {
		return false, err
	}
	return t.Code == domain.TypeCodeCV, nil
}

// saveCVText stores text read for the attachment just created in tx.
func saveCVText(ctx context.Context, tx *store.Store, att domain.Attachment, text *domain.AttachmentText) error {
	if text == nil {
		return nil
	}
	text.AttachmentID = att.ID
	return tx.SaveAttachmentText(ctx, text)
}
