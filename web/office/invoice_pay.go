package office

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

// reportPeriod reads ?period= (a month or an ISO week), last month when
// absent; a bad one is a field error.
func (a *App) reportPeriod(r *http.Request) (domain.Period, string, domain.FieldErrors) {
	label := strings.TrimSpace(r.URL.Query().Get("period"))
	if label == "" {
		today := a.Svc.Today()
		last := domain.MonthOf(today.AddDays(-today.Time().Day()))
		return last, last.Label(), nil
	}
	p, err := domain.ParsePeriod(label)
	if err != nil {
		return domain.Period{}, label, domain.FieldErrors{"period": "invoice.error.period"}
	}
	return p, label, nil
}

type payrollView struct {
	kit.Page
	PeriodText string
	P          service.Payroll
	Rows       []payrollLine
	Workers    []payrollWorker
	SelfBilled string // the freelancers paid through self-billing instead
}

type payrollWorker struct {
	service.PayrollWorker
	Hours string
}

type payrollLine struct {
	service.PayrollRow
	Hours, Rate string
}

// payrollView is the pay side of a period: per worker, the hours per
// placement and declaration type at their pay rates.
func (a *App) payrollView(w http.ResponseWriter, r *http.Request) error {
	p, label, errs := a.reportPeriod(r)
	v := payrollView{Page: a.Page(r, "invoice.payroll.title"), PeriodText: label}
	status := http.StatusOK
	if errs != nil {
		v.Errors, status = errs, http.StatusUnprocessableEntity
		return a.Render(w, status, "invoice_payroll", v)
	}
	var err error
	if v.P, err = a.Svc.Payroll(r.Context(), p); err != nil {
		return err
	}
	v.SelfBilled = strings.Join(v.P.SelfBilled, ", ")
	for _, wk := range v.P.Workers {
		v.Workers = append(v.Workers, payrollWorker{PayrollWorker: wk, Hours: domain.FormatQuantity(wk.Minutes)})
	}
	for _, row := range v.P.Rows {
		v.Rows = append(v.Rows, payrollLine{PayrollRow: row, Hours: domain.FormatQuantity(row.Minutes), Rate: domain.FormatMicros(row.PayMicros)})
	}
	return a.Render(w, status, "invoice_payroll", v)
}

// payrollCSV is the payroll of a period for the payroll provider: one row
// per worker, placement, declaration type and pay rate; amounts with a
// decimal point, hours in decimal hours. The export is audited.
func (a *App) payrollCSV(w http.ResponseWriter, r *http.Request) error {
	p, _, errs := a.reportPeriod(r)
	if errs != nil {
		return &domain.ValidationError{Fields: errs}
	}
	pay, err := a.Svc.Payroll(r.Context(), p)
	if err != nil {
		return err
	}
	if err := a.Svc.AuditExport(r.Context(), actor(r), true, p); err != nil {
		return err
	}
	rows := [][]string{{"period", "candidate_id", "candidate", "placement_id", "placement", "company", "declaration_type", "hours", "pay_rate", "amount"}}
	for _, row := range pay.Rows {
		rows = append(rows, []string{p.Label(), strconv.FormatInt(row.CandidateID, 10), row.Candidate, strconv.FormatInt(row.PlacementID, 10),
			row.Placement, row.Company, row.DeclarationType, domain.FormatQuantity(row.Minutes), domain.FormatMicros(row.PayMicros),
			domain.FormatCents(row.PayCents)})
	}
	return writeCSV(w, fmt.Sprintf("payroll-%s.csv", p.Label()), rows)
}

// writeCSV sends rows as a CSV download. Cells that a spreadsheet would
// read as a formula are quoted with a leading apostrophe.
func writeCSV(w http.ResponseWriter, name string, rows [][]string) error {
	h := w.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Content-Disposition", upload.Disposition(name))
	h.Set("X-Content-Type-Options", "nosniff")
	cw := csv.NewWriter(w)
	for _, row := range rows {
		for i, c := range row {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) && !isNumber(c) {
				row[i] = "'" + c
			}
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

type marginView struct {
	kit.Page
	PeriodText string
	By         string
	Bys        []string
	Rows       []marginLine
	Total      marginLine
	Chart      kit.BarChart
	ChartTitle string
}

type marginLine struct {
	service.MarginRow
	Margin, Percent string
}

func marginLineOf(m service.MarginRow) marginLine {
	return marginLine{MarginRow: m, Margin: domain.FormatCents(m.MarginCents()), Percent: domain.FormatCents(m.MarginBP())}
}

// marginBy reads ?by= (placement, client or recruiter).
func marginBy(r *http.Request) string {
	switch by := r.URL.Query().Get("by"); by {
	case "client", "recruiter":
		return by
	}
	return "placement"
}

// marginView is the margin of a period per placement, client or recruiter:
// billed, paid, margin and margin %, with a bar chart of the margins.
func (a *App) marginView(w http.ResponseWriter, r *http.Request) error {
	p, label, errs := a.reportPeriod(r)
	v := marginView{Page: a.Page(r, "invoice.margin.title"), PeriodText: label, By: marginBy(r), Bys: []string{"placement", "client", "recruiter"}}
	if errs != nil {
		v.Errors = errs
		return a.Render(w, http.StatusUnprocessableEntity, "invoice_margin", v)
	}
	rows, total, err := a.Svc.Margin(r.Context(), p, v.By)
	if err != nil {
		return err
	}
	var points []kit.Point
	for i, m := range rows {
		v.Rows = append(v.Rows, marginLineOf(m))
		if i < 20 && m.MarginCents() > 0 {
			euros := m.MarginCents() / 100
			points = append(points, kit.Point{Label: strconv.Itoa(i + 1), Value: int(euros), Text: strconv.FormatInt(euros, 10)})
		}
	}
	v.Total = marginLineOf(total)
	v.Chart = kit.LayoutBars(points)
	v.ChartTitle = a.Localizer(r).T("invoice.margin.chart", map[string]any{"Period": label})
	return a.Render(w, http.StatusOK, "invoice_margin", v)
}

// marginCSV is the margin report as CSV; the export is audited.
func (a *App) marginCSV(w http.ResponseWriter, r *http.Request) error {
	p, _, errs := a.reportPeriod(r)
	if errs != nil {
		return &domain.ValidationError{Fields: errs}
	}
	by := marginBy(r)
	rows, total, err := a.Svc.Margin(r.Context(), p, by)
	if err != nil {
		return err
	}
	if err := a.Svc.AuditExport(r.Context(), actor(r), false, p); err != nil {
		return err
	}
	out := [][]string{{"period", by + "_id", by, "detail", "billed", "paid", "margin", "margin_percent"}}
	for _, m := range append(rows, total) {
		id := strconv.FormatInt(m.ID, 10)
		if m.Label == "" {
			id, m.Label = "", "total"
		}
		out = append(out, []string{p.Label(), id, m.Label, m.Detail, domain.FormatCents(m.BilledCents), domain.FormatCents(m.PaidCents),
			domain.FormatCents(m.MarginCents()), domain.FormatCents(m.MarginBP())})
	}
	return writeCSV(w, fmt.Sprintf("margin-%s-%s.csv", by, p.Label()), out)
}
