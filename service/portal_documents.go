package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// PortalUploadCV stores the candidate's newest CV as an attachment of the
// type with code 'cv' (C3); earlier CVs stay.
func (s *Service) PortalUploadCV(ctx context.Context, who store.Actor, f Upload) (_ domain.Attachment, err error) {
	defer domain.Wrap(&err, "service.PortalUploadCV(%d)", who.ID)
	var a domain.Attachment
	text := s.readCVText(ctx, f.Content)
	err = s.inTx(ctx, func(tx *store.Store) error {
		if err := portalMayChange(ctx, tx, who); err != nil {
			return err
		}
		t, err := tx.AttachmentTypeByCode(ctx, domain.TypeCodeCV)
		if err != nil {
			if domain.KindOf(err) == domain.KindNotFound {
				return &domain.Error{Kind: domain.KindConflict, Key: "portal.cv.no_type", Err: err}
			}
			return err
		}
		a = domain.Attachment{SubjectKind: domain.SubjectCandidate, SubjectID: who.ID, TypeID: t.ID,
			FileName: f.FileName, ContentType: f.ContentType, UploadedBy: who.Name}
		if err := tx.CreateAttachment(ctx, &a, f.Content); err != nil {
			return err
		}
		if err := saveCVText(ctx, tx, a, &text); err != nil {
			return err
		}
		return auditPortal(ctx, tx, who, "portal_cv_upload", idText(a.ID))
	})
	return a, err
}

// PortalCVs lists the candidate's CVs, newest first (C3).
func (s *Service) PortalCVs(ctx context.Context, who store.Actor) (_ []domain.Attachment, err error) {
	defer domain.Wrap(&err, "service.PortalCVs(%d)", who.ID)
	st := s.DB.Store()
	t, err := st.AttachmentTypeByCode(ctx, domain.TypeCodeCV)
	if domain.KindOf(err) == domain.KindNotFound {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	all, err := st.Attachments(ctx, domain.SubjectCandidate, who.ID)
	if err != nil {
		return nil, err
	}
	var out []domain.Attachment
	for _, a := range all {
		if a.TypeID == t.ID {
			out = append(out, a)
		}
	}
	return out, nil
}

// PortalDocuments lists the candidate's own attachments whose type the
// agency made visible for the Professional Portal, and those types (C4).
func (s *Service) PortalDocuments(ctx context.Context, who store.Actor) (_ []domain.Attachment, _ []domain.AttachmentType, err error) {
	defer domain.Wrap(&err, "service.PortalDocuments(%d)", who.ID)
	st := s.DB.Store()
	types, err := st.AttachmentTypes(ctx)
	if err != nil {
		return nil, nil, err
	}
	visible := domain.VisibleTypes(types, domain.PortalProfessional)
	all, err := st.Attachments(ctx, domain.SubjectCandidate, who.ID)
	if err != nil {
		return nil, nil, err
	}
	var out []domain.Attachment
	for _, a := range all {
		if typeVisible(visible, a.TypeID) {
			out = append(out, a)
		}
	}
	return out, visible, nil
}

func typeVisible(visible []domain.AttachmentType, id domain.ID) bool {
	for _, t := range visible {
		if t.ID == id {
			return true
		}
	}
	return false
}

// PortalUploadDocument stores a file of a visible type on the candidate
// (C4: visible means uploadable too); any other type is refused.
func (s *Service) PortalUploadDocument(ctx context.Context, who store.Actor, typeID domain.ID, f Upload) (_ domain.Attachment, err error) {
	defer domain.Wrap(&err, "service.PortalUploadDocument(%d)", who.ID)
	var a domain.Attachment
	var text *domain.AttachmentText
	if cv, err := isCVType(ctx, s.store(), typeID); err == nil && cv {
		t := s.readCVText(ctx, f.Content)
		text = &t
	}
	err = s.inTx(ctx, func(tx *store.Store) error {
		if err := portalMayChange(ctx, tx, who); err != nil {
			return err
		}
		t, err := tx.AttachmentType(ctx, typeID)
		if err != nil || !domain.PortalSeesType(t, domain.PortalProfessional) {
			return &domain.ValidationError{Fields: domain.FieldErrors{"type_id": "validation.choice"}}
		}
		a = domain.Attachment{SubjectKind: domain.SubjectCandidate, SubjectID: who.ID, TypeID: t.ID,
			FileName: f.FileName, ContentType: f.ContentType, UploadedBy: who.Name}
		if err := tx.CreateAttachment(ctx, &a, f.Content); err != nil {
			return err
		}
		if err := saveCVText(ctx, tx, a, text); err != nil {
			return err
		}
		return auditPortal(ctx, tx, who, "portal_document_upload", idText(a.ID))
	})
	return a, err
}

// PortalDocument returns one attachment and its content when it is the
// candidate's own and of a type visible for the portal; anything else is
// not found, whatever the id (C4, B5).
func (s *Service) PortalDocument(ctx context.Context, who store.Actor, id domain.ID) (_ domain.Attachment, _ []byte, err error) {
	defer domain.Wrap(&err, "service.PortalDocument(%d)", id)
	st := s.DB.Store()
	a, err := st.Attachment(ctx, id)
	if err != nil {
		return domain.Attachment{}, nil, err
	}
	if a.SubjectKind != domain.SubjectCandidate || a.SubjectID != who.ID {
		return domain.Attachment{}, nil, domain.NotFound("attachment")
	}
	t, err := st.AttachmentType(ctx, a.TypeID)
	if err != nil {
		return domain.Attachment{}, nil, err
	}
	if !domain.PortalSeesType(t, domain.PortalProfessional) {
		return domain.Attachment{}, nil, domain.NotFound("attachment")
	}
	content, err := st.AttachmentContent(ctx, id)
	if err != nil {
		return domain.Attachment{}, nil, err
	}
	if err := auditPortal(ctx, st, who, "portal_document_download", idText(id)); err != nil {
		return domain.Attachment{}, nil, err
	}
	return a, content, nil
}

// PrivacyStatement finds the main office's privacy statement document in
// lang (C8): the newest attachment of type privacy_<lang> on the company of
// kind main_office. Not found when there is none.
func (s *Service) PrivacyStatement(ctx context.Context, lang string) (_ domain.Attachment, _ []byte, err error) {
	defer domain.Wrap(&err, "service.PrivacyStatement(%s)", lang)
	st := s.DB.Store()
	a, err := privacyStatementDoc(ctx, st, lang)
	if err != nil {
		return domain.Attachment{}, nil, err
	}
	content, err := st.AttachmentContent(ctx, a.ID)
	return a, content, err
}

// privacyStatementDoc is PrivacyStatement without the file's content.
func privacyStatementDoc(ctx context.Context, st *store.Store, lang string) (domain.Attachment, error) {
	t, err := st.AttachmentTypeByCode(ctx, domain.PrivacyStatementType(lang))
	if err != nil {
		return domain.Attachment{}, err
	}
	offices, _, err := st.Companies(ctx, store.CompanyFilter{Kind: domain.CompanyMainOffice, Limit: 5})
	if err != nil {
		return domain.Attachment{}, err
	}
	for _, o := range offices {
		atts, err := st.Attachments(ctx, domain.SubjectCompany, o.ID)
		if err != nil {
			return domain.Attachment{}, err
		}
		for _, a := range atts {
			if a.TypeID == t.ID {
				return a, nil
			}
		}
	}
	return domain.Attachment{}, domain.NotFound("privacy statement")
}
