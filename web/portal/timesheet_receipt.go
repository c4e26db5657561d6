package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

// receiptPath is the address of a file of one of the candidate's timesheets.
func receiptPath(id domain.ID) string { return "/portal/timesheets/receipts/" + idString(id) }

// timesheetReceipt sends a file of one of the candidate's own timesheets as
// a download under a safe name (D3); any other id is not found (B5).
func (a *App) timesheetReceipt(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionTimesheets)
	if err != nil {
		return err
	}
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	meta, content, err := a.Service.PortalTimesheetFile(r.Context(), m.Actor, id)
	if err != nil {
		return err
	}
	return upload.Send(w, meta.FileName, meta.ContentType, content)
}

// timesheetReceiptDelete removes one of the candidate's receipts while its
// week can be edited (D3, D6) and goes back to the week; once the week is
// sent or approved the week shows why nothing changed.
func (a *App) timesheetReceiptDelete(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionTimesheets)
	if err != nil {
		return err
	}
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	t, err := a.Service.RemoveTimesheetReceipt(r.Context(), m.Actor, id)
	if domain.KindOf(err) == domain.KindConflict {
		tw, werr := a.Service.TimesheetWeek(r.Context(), m.Actor, t.PlacementID, t.Year, t.Week)
		if werr != nil {
			return err
		}
		return a.weekProblem(w, r, m, tw, nil, err)
	}
	if err != nil {
		return err
	}
	return kit.Redirect(w, r, weekPath(t.PlacementID, t.Year, t.Week)+"?flash=timesheet_pages.flash.receipt_removed")
}

// receiptViews links each file of the week to its download and marks the
// receipts the candidate may remove: those of the receipt type while the
// week can be edited (D3, D6).
func (a *App) receiptViews(r *http.Request, tw service.TimesheetWeek, atts []domain.Attachment) ([]receiptView, error) {
	var receipt domain.AttachmentType
	if tw.Editable && len(atts) > 0 {
		t, err := a.Store.AttachmentTypeByCode(r.Context(), domain.TypeCodeTimesheet)
		if err != nil && domain.KindOf(err) != domain.KindNotFound {
			return nil, err
		}
		receipt = t
	}
	out := make([]receiptView, 0, len(atts))
	for _, at := range atts {
		out = append(out, receiptView{Attachment: at, Href: receiptPath(at.ID),
			Removable: receipt.ID != 0 && at.TypeID == receipt.ID && domain.CandidateMayRemoveTimesheetFile(receipt, tw.Timesheet.Status)})
	}
	return out, nil
}
