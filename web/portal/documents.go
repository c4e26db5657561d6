package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

type documentsView struct {
	kit.Page
	Documents []domain.Attachment
	Types     []kit.Option
	TypeID    domain.ID
	MaxMB     int64
}

// documents lists the candidate's own attachments of the types visible for
// the Professional Portal, with the form to upload one of those types (C4).
func (a *App) documents(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionDocuments)
	if err != nil {
		return err
	}
	return a.renderDocuments(w, r, m, http.StatusOK, 0, nil)
}

func (a *App) renderDocuments(w http.ResponseWriter, r *http.Request, m me, status int, typeID domain.ID, errs domain.FieldErrors) error {
	v := documentsView{Page: a.Page(r, "portal.documents.title"), TypeID: typeID, MaxMB: a.maxMB()}
	if errs != nil {
		v.Errors = errs
	}
	docs, types, err := a.Service.PortalDocuments(r.Context(), m.Actor)
	if err != nil {
		return err
	}
	v.Documents = docs
	for _, t := range types {
		v.Types = append(v.Types, kit.Option{Value: idString(t.ID), Label: t.Name})
	}
	return a.Render(w, status, "documents", v)
}

// documentUpload stores a file of a visible type on the candidate; another
// type is refused (C4: visible means uploadable too).
func (a *App) documentUpload(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionDocuments)
	if err != nil {
		return err
	}
	file, status, errs := a.readFile(w, r)
	f, ferr := kit.NewForm(r)
	if ferr != nil {
		return a.renderDocuments(w, r, m, status, 0, errs)
	}
	typeID := f.ID("type_id")
	if errs != nil {
		return a.renderDocuments(w, r, m, status, typeID, errs)
	}
	_, err = a.Service.PortalUploadDocument(r.Context(), m.Actor, typeID, file)
	if err := f.Check(err); err != nil {
		if !kit.Invalid(err) {
			return err
		}
		return a.renderDocuments(w, r, m, http.StatusUnprocessableEntity, typeID, f.Errors)
	}
	return kit.Redirect(w, r, "/portal/documents?flash=portal.flash.document_uploaded")
}

// documentDownload sends one of the candidate's own visible documents as a
// download under a safe name; any other id is not found (C4, B5).
func (a *App) documentDownload(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionDocuments)
	if err != nil {
		return err
	}
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	meta, content, err := a.Service.PortalDocument(r.Context(), m.Actor, id)
	if err != nil {
		return err
	}
	return upload.Send(w, meta.FileName, meta.ContentType, content)
}
