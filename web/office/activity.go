package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// subjectPaths maps each kind of record to the path segment of its pages, so
// that /office/{segment}/{id} is the record and the activity forms post to
// /office/{segment}/{id}/notes and …/attachments.
var subjectPaths = []struct {
	Kind    domain.SubjectKind
	Segment string
}{
	{domain.SubjectCandidate, "candidates"},
	{domain.SubjectCompany, "companies"},
	{domain.SubjectContact, "contacts"},
	{domain.SubjectVacancy, "vacancies"},
	{domain.SubjectMatch, "matches"},
	{domain.SubjectPlacement, "placements"},
	{domain.SubjectTimesheet, "timesheets"},
}

// recordURL is the back-office page of a record.
func recordURL(kind domain.SubjectKind, id domain.ID) string {
	for _, p := range subjectPaths {
		if p.Kind == kind {
			return "/office/" + p.Segment + "/" + strconv.FormatInt(id, 10)
		}
	}
	return "/office/"
}

// ActivityView is the "activity" (notes) and "attachments" sections that a
// record page includes: its view struct carries one, filled by loadActivity,
// and its template calls {{template "activity" .Activity}} and
// {{template "attachments" .Activity}}.
type ActivityView struct {
	kit.Page    // language and the field errors of the two forms
	Kind        domain.SubjectKind
	ID          domain.ID
	Notes       []domain.Note
	Attachments []domain.Attachment
	Types       []kit.Option
	// The add forms, filled again with the input after an error.
	NewNote   domain.Note
	NewTypeID domain.ID
}

// URL is the record's page; the section's forms post below it.
func (v ActivityView) URL() string { return recordURL(v.Kind, v.ID) }

// activityLimit is how many notes a record page shows.
const activityLimit = 100

// loadActivity reads the notes, attachments and attachment types of a record
// of the tenant; a record of another tenant is not found.
func (a *App) loadActivity(r *http.Request, kind domain.SubjectKind, id domain.ID) (ActivityView, error) {
	ctx := r.Context()
	v := ActivityView{Page: a.Page(r, "activity.title"), Kind: kind, ID: id}
	var err error
	if v.Notes, err = a.Store.Notes(ctx, kind, id, activityLimit); err != nil {
		return v, err
	}
	if v.Attachments, err = a.Store.Attachments(ctx, kind, id); err != nil {
		return v, err
	}
	types, err := a.Store.AttachmentTypes(ctx)
	if err != nil {
		return v, err
	}
	for _, t := range types {
		v.Types = append(v.Types, kit.Option{Value: strconv.FormatInt(t.ID, 10), Label: t.Name})
	}
	return v, nil
}

// activityPage shows the section on a page of its own, with the errors of a
// refused note or upload next to their fields; any record kind can use it
// without knowing how that record's page is built.
type activityPage struct {
	kit.Page
	Activity ActivityView
}

func (a *App) renderActivityErrors(w http.ResponseWriter, r *http.Request, status int, v ActivityView, errs domain.FieldErrors) error {
	v.Errors = errs
	p := activityPage{Page: a.Page(r, "activity.title"), Activity: v}
	return a.Render(w, status, "activity_page", p)
}

// KB shows a file size in kilobytes, rounded up.
func (ActivityView) KB(n int64) string { return strconv.FormatInt((n+1023)/1024, 10) + " KB" }
