package hiring

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type documentListView struct {
	kit.Page
	Documents []store.PortalDocument
	Types     []kit.Option
	Targets   []kit.Option
	TypeID    domain.ID
	Target    string
}

// documentList lists the documents the contact sees, with the upload form of
// the types visible in the Hiring Portal (E10).
func (a *App) documentList(w http.ResponseWriter, r *http.Request) error {
	return a.renderDocuments(w, r, http.StatusOK, nil, 0, "")
}

func (a *App) renderDocuments(w http.ResponseWriter, r *http.Request, status int, errs domain.FieldErrors, typeID domain.ID, target string) error {
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	v := documentListView{Page: a.Page(r, "hiring.documents"), TypeID: typeID, Target: target}
	if v.Documents, err = a.Svc.HiringDocuments(r.Context(), c); err != nil {
		return err
	}
	types, targets, err := a.Svc.HiringUploadChoices(r.Context(), c)
	if err != nil {
		return err
	}
	for _, t := range types {
		v.Types = append(v.Types, kit.Option{Value: strconv.FormatInt(t.ID, 10), Label: t.Name})
	}
	for _, t := range targets {
		v.Targets = append(v.Targets, kit.Option{Value: targetValue(t.Kind, t.ID), Label: t.Label})
	}
	if errs != nil {
		v.Errors = errs
	}
	return a.Render(w, status, "documents", v)
}

// targetValue names a record a document goes on, as "vacancy:12".
func targetValue(kind domain.SubjectKind, id domain.ID) string {
	return string(kind) + ":" + strconv.FormatInt(id, 10)
}
