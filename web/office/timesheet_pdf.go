package office

import (
	"bytes"
	"fmt"
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/pdf"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

// timesheetPDF sends a timesheet as a PDF fit for invoicing (G3): agency,
// candidate, company, placement, week, the hours per day and declaration
// type with totals, the status and who approved or rejected it when.
func (a *App) timesheetPDF(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	d, err := a.Svc.TimesheetDetail(r.Context(), actor(r), id)
	if err != nil {
		return err
	}
	doc := timesheetDocument(a.Localizer(r), kit.TenantOf(r.Context()), d)
	var buf bytes.Buffer
	if err := pdf.WriteTimesheet(&buf, doc); err != nil {
		return err
	}
	ts := d.Timesheet
	name := fmt.Sprintf("timesheet-%d-W%02d-%s.pdf", ts.Year, ts.Week, ts.CandidateName)
	h := w.Header()
	h.Set("Content-Type", "application/pdf")
	h.Set("Content-Disposition", upload.Disposition(name))
	h.Set("X-Content-Type-Options", "nosniff")
	_, err = w.Write(buf.Bytes())
	return err
}

// timesheetDocument puts a timesheet's texts in the reader's language.
func timesheetDocument(l *i18n.Localizer, tenant domain.Tenant, d service.TimesheetDetail) pdf.Timesheet {
	ts := d.Timesheet
	first, last := d.Days[0], d.Days[len(d.Days)-1]
	doc := pdf.Timesheet{
		Title: l.T("timesheet.pdf.title", map[string]any{"Year": ts.Year, "Week": ts.Week}),
		Fields: []pdf.Field{
			{Label: l.T("timesheet.pdf.agency"), Value: tenant.Name},
			{Label: l.T("placement.candidate"), Value: ts.CandidateName},
			{Label: l.T("placement.company"), Value: ts.CompanyName},
			{Label: l.T("timesheet.placement"), Value: ts.PlacementTitle},
			{Label: l.T("timesheet.week"), Value: fmt.Sprintf("%d-W%02d (%s – %s)", ts.Year, ts.Week, first, last)},
			{Label: l.T("timesheet.status"), Value: l.T("timesheet.status." + string(ts.Status))},
		},
		TypeLabel: l.T("rate.declaration_type"),
		TotalText: l.T("timesheet.total"),
		DayTotals: d.DayTotals,
		Total:     d.Total,
		Footer:    tenant.Name,
	}
	if e, ok := d.Decided(); ok {
		doc.Fields = append(doc.Fields, pdf.Field{
			Label: l.T("timesheet.pdf.decided_by"),
			Value: fmt.Sprintf("%s (%s), %s", e.ActorName, l.T("timesheet.actor."+string(e.ActorKind)), e.At.Format("2006-01-02 15:04 MST")),
		})
		if e.Comment != "" {
			doc.Fields = append(doc.Fields, pdf.Field{Label: l.T("timesheet.comments"), Value: e.Comment})
		}
	}
	for _, day := range d.Days {
		doc.DayLabels = append(doc.DayLabels, l.T(fmt.Sprintf("weekday.%d", day.Weekday()))+" "+day.Time().Format("02-01"))
	}
	for _, row := range d.Rows {
		r := pdf.Row{Label: row.DeclarationTypeName, Total: row.Total}
		for _, c := range row.Cells {
			r.Minutes = append(r.Minutes, c.Minutes)
		}
		if row.Total > 0 {
			doc.Rows = append(doc.Rows, r)
		}
	}
	for _, e := range d.Events {
		doc.Log = append(doc.Log, pdf.Field{
			Label: e.At.Format("2006-01-02 15:04") + "  " + e.ActorName,
			Value: l.T("timesheet.action." + e.Action),
		})
	}
	return doc
}
