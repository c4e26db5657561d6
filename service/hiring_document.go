package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// documentScope is the contact as the document queries need it.
func documentScope(c domain.Contact, set domain.Settings) store.PortalDocumentScope {
	return store.PortalDocumentScope{ContactID: c.ID, CompanyID: c.CompanyID, SourceID: set.PortalSourceID}
}

// HiringDocuments lists the documents the contact sees (E10): attachments of
// a type visible in the Hiring Portal on its company, itself, the vacancies
// of its company it sees and the candidates proposed to it.
func (s *Service) HiringDocuments(ctx context.Context, c domain.Contact) (_ []store.PortalDocument, err error) {
	defer domain.Wrap(&err, "service.HiringDocuments(%d)", c.ID)
	st := s.store()
	set, err := hiringSettings(ctx, st, c)
	if err != nil {
		return nil, err
	}
	return st.PortalDocuments(ctx, documentScope(c, set))
}

// HiringDocument returns a document the contact sees, or the CV of a pool
// candidate it may open, with its content; any other is not found.
func (s *Service) HiringDocument(ctx context.Context, c domain.Contact, id domain.ID) (_ domain.Attachment, _ []byte, err error) {
	defer domain.Wrap(&err, "service.HiringDocument(%d, %d)", c.ID, id)
	st := s.store()
	set, err := hiringSettings(ctx, st, c)
	if err != nil {
		return domain.Attachment{}, nil, err
	}
	a, err := st.PortalDocument(ctx, documentScope(c, set), id)
	if err != nil {
		return domain.Attachment{}, nil, err
	}
	content, err := st.AttachmentContent(ctx, a.ID)
	if err != nil {
		return domain.Attachment{}, nil, err
	}
	if err := auditContactDownload(ctx, st, contactActor(c), a); err != nil { // F4: every download is logged
		return domain.Attachment{}, nil, err
	}
	return a, content, nil
}

// UploadTarget is a record the contact may attach a document to.
type UploadTarget struct {
	Kind  domain.SubjectKind
	ID    domain.ID
	Label string
}

// HiringUploadChoices returns the attachment types the contact may upload
// (visible means uploadable, E10) and the records it may attach them to: its
// company and the vacancies of its company it sees.
func (s *Service) HiringUploadChoices(ctx context.Context, c domain.Contact) (_ []domain.AttachmentType, _ []UploadTarget, err error) {
	defer domain.Wrap(&err, "service.HiringUploadChoices(%d)", c.ID)
	st := s.store()
	set, err := hiringSettings(ctx, st, c)
	if err != nil {
		return nil, nil, err
	}
	types, err := st.AttachmentTypes(ctx)
	if err != nil {
		return nil, nil, err
	}
	company, err := st.Company(ctx, c.CompanyID)
	if err != nil {
		return nil, nil, err
	}
	targets := []UploadTarget{{Kind: domain.SubjectCompany, ID: company.ID, Label: company.Name}}
	vacancies, _, err := st.PortalVacancies(ctx, store.PortalVacancyFilter{CompanyID: c.CompanyID, SourceID: set.PortalSourceID,
		Status: domain.VacancyOpen, Limit: 200})
	if err != nil {
		return nil, nil, err
	}
	for _, v := range keepVisibleVacancies(c, set, vacancies) {
		targets = append(targets, UploadTarget{Kind: domain.SubjectVacancy, ID: v.ID, Label: v.Title})
	}
	return domain.VisibleTypes(types, domain.PortalHiring), targets, nil
}

// Upload is a file the web layer has already checked (name cleaned, type
// sniffed from its content, size limited).
type Upload struct {
	SubjectKind domain.SubjectKind
	SubjectID   domain.ID
	TypeID      domain.ID
	FileName    string
	ContentType string
	Content     []byte
}

// HiringUpload attaches a file to the contact's company or to a vacancy of
// its company it sees, under a type visible in the Hiring Portal (E10).
// Another record is not found; a type the portal does not see is refused on
// the type field.
func (s *Service) HiringUpload(ctx context.Context, c domain.Contact, up Upload) (_ domain.Attachment, err error) {
	defer domain.Wrap(&err, "service.HiringUpload(%d)", c.ID)
	var out domain.Attachment
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		set, err := hiringSettings(ctx, tx, c)
		if err != nil {
			return err
		}
		switch up.SubjectKind {
		case domain.SubjectCompany:
			if up.SubjectID != c.CompanyID {
				return domain.NotFound("HiringUpload")
			}
		case domain.SubjectVacancy:
			v, err := tx.Vacancy(ctx, up.SubjectID)
			if err != nil {
				return err
			}
			if !domain.ContactSeesVacancy(c, v, set) {
				return domain.NotFound("HiringUpload")
			}
		default:
			return domain.NotFound("HiringUpload")
		}
		var val domain.Validator
		t, err := tx.AttachmentType(ctx, up.TypeID)
		if err != nil && domain.KindOf(err) != domain.KindNotFound {
			return err
		}
		val.Check(err == nil && domain.PortalSeesType(t, domain.PortalHiring), "type_id", KeyHiringTypeNotVisible)
		val.Check(len(up.Content) > 0, "file", "attachment.empty")
		if err := val.Err(); err != nil {
			return err
		}
		a := domain.Attachment{SubjectKind: up.SubjectKind, SubjectID: up.SubjectID, TypeID: t.ID, FileName: up.FileName,
			ContentType: up.ContentType, UploadedBy: c.Name()}
		if err := tx.CreateAttachment(ctx, &a, up.Content); err != nil {
			return err
		}
		who := contactActor(c)
		if err := tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
			Action: "upload", ObjectKind: "attachment", ObjectID: a.ID}); err != nil {
			return err
		}
		out, err = tx.Attachment(ctx, a.ID)
		return err
	})
	return out, err
}
