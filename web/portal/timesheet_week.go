package portal

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

// weekPath is the address of a week of a placement in the portal.
func weekPath(placementID domain.ID, year, week int) string {
	return fmt.Sprintf("/portal/timesheets/%d/%d/%d", placementID, year, week)
}

type weekView struct {
	kit.Page
	W          service.TimesheetWeek
	Rows       []weekRowView
	Action     string // the form's address
	Prev, Next string // links to the neighbouring weeks; "" when closed
	Comment    domain.TimesheetEvent
	Rejected   bool
	Receipts   []receiptView
	MaxMB      int64
	Problem    string // a message key about the whole timesheet
}

// receiptView is a file of the week with its download address and whether
// the candidate may still remove it (D3, D6).
type receiptView struct {
	domain.Attachment
	Href      string
	Removable bool
}

type weekRowView struct {
	Name  string
	Cells []weekCellView
	Total int
}

// weekCellView is one input of the grid with what the candidate typed.
type weekCellView struct {
	service.WeekCell
	Value string
}

// weekParams reads placement, year and week from the path; anything
// malformed is not found.
func weekParams(r *http.Request) (domain.ID, int, int, error) {
	id, err := kit.PathID(r, "placementID")
	if err != nil {
		return 0, 0, 0, err
	}
	y, err1 := strconv.Atoi(r.PathValue("year"))
	wk, err2 := strconv.Atoi(r.PathValue("week"))
	if err1 != nil || err2 != nil {
		return 0, 0, 0, domain.NotFound("week")
	}
	return id, y, wk, nil
}

// timesheetWeek shows the grid of a week: editable while a draft or
// rejected (with the contact's comment, D6), read-only once sent or approved.
func (a *App) timesheetWeek(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionTimesheets)
	if err != nil {
		return err
	}
	pid, y, wk, err := weekParams(r)
	if err != nil {
		return err
	}
	tw, err := a.Service.TimesheetWeek(r.Context(), m.Actor, pid, y, wk)
	if err != nil {
		return err
	}
	return a.renderWeek(w, r, m, http.StatusOK, tw, nil, nil, "")
}

func (a *App) renderWeek(w http.ResponseWriter, r *http.Request, m me, status int, tw service.TimesheetWeek, typed map[string]string, errs domain.FieldErrors, problem string) error {
	v := weekView{Page: a.Page(r, "timesheet_pages.week_title"), W: tw, Action: weekPath(tw.Placement.ID, tw.Year, tw.Week),
		MaxMB: a.maxMB(), Problem: problem}
	if errs != nil {
		v.Errors = errs
	}
	for _, row := range tw.Rows {
		rv := weekRowView{Name: row.DeclarationTypeName, Total: row.Total}
		for _, c := range row.Cells {
			cv := weekCellView{WeekCell: c}
			if s, ok := typed[c.Field]; ok {
				cv.Value = s
			} else if c.Minutes != 0 {
				cv.Value = hoursText(c.Minutes)
			}
			rv.Cells = append(rv.Cells, cv)
		}
		v.Rows = append(v.Rows, rv)
	}
	today := a.Service.Today()
	if prev := tw.Days[0].AddDays(-1); !prev.Before(tw.Placement.StartDate) {
		py, pw := prev.ISOWeek()
		v.Prev = weekPath(tw.Placement.ID, py, pw)
	}
	if next := tw.Days[6].AddDays(1); !next.After(today) && (tw.Placement.EndDate.IsZero() || !next.After(tw.Placement.EndDate)) {
		ny, nw := next.ISOWeek()
		v.Next = weekPath(tw.Placement.ID, ny, nw)
	}
	if tw.Timesheet.ID != 0 {
		d, err := a.Service.TimesheetDetail(r.Context(), m.Actor, tw.Timesheet.ID)
		if err != nil {
			return err
		}
		if v.Receipts, err = a.receiptViews(r, tw, d.Attachments); err != nil {
			return err
		}
		if ev, ok := d.Decided(); ok && tw.Timesheet.Status == domain.TimesheetRejected {
			v.Comment, v.Rejected = ev, true
		}
	}
	return a.Render(w, status, "timesheet_week", v)
}

// hoursText writes minutes as the hours a person types: "8", "7.5", "7.25".
func hoursText(minutes int) string {
	return strconv.FormatFloat(float64(minutes)/60, 'f', -1, 64)
}

// timesheetWeekPost saves the grid as a draft, sends it (D2: save, then
// submit), or copies last week into its empty cells.
func (a *App) timesheetWeekPost(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionTimesheets)
	if err != nil {
		return err
	}
	pid, y, wk, err := weekParams(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	tw, err := a.Service.TimesheetWeek(ctx, m.Actor, pid, y, wk)
	if err != nil {
		return err
	}
	action := f.String("action")
	if action == "copy" {
		if _, err := a.Service.CopyLastWeek(ctx, m.Actor, pid, y, wk); err != nil {
			return a.weekProblem(w, r, m, tw, nil, err)
		}
		return kit.Redirect(w, r, weekPath(pid, y, wk)+"?flash=timesheet_pages.flash.copied")
	}
	typed, lines := readCells(r, f)
	if err := f.Check(nil); err != nil {
		return a.renderWeek(w, r, m, http.StatusUnprocessableEntity, tw, typed, f.Errors, "timesheet_pages.error.fix_cells")
	}
	if tw.Editable {
		if _, err := a.Service.SaveTimesheet(ctx, m.Actor, pid, y, wk, lines); err != nil {
			return a.weekProblem(w, r, m, tw, typed, err)
		}
	}
	flash := "timesheet_pages.flash.saved"
	if action == "send" {
		if _, err := a.Service.SubmitTimesheet(ctx, m.Actor, pid, y, wk); err != nil {
			return a.weekProblem(w, r, m, tw, typed, err)
		}
		flash = "timesheet_pages.flash.sent"
	}
	return kit.Redirect(w, r, weekPath(pid, y, wk)+"?flash="+flash)
}

// readCells takes every h_<type>_<day> field of the form: what was typed,
// to show back, and the lines; a value that is no number of hours is a
// field error.
func readCells(r *http.Request, f *kit.Form) (map[string]string, []service.LineInput) {
	typed := map[string]string{}
	var lines []service.LineInput
	for name := range r.PostForm {
		typeID, day, ok := service.ParseCellField(name)
		if !ok {
			continue
		}
		s := strings.TrimSpace(r.PostForm.Get(name))
		typed[name] = s
		minutes, key := service.ParseHours(s)
		if key != "" {
			f.Errors[name] = key
			continue
		}
		if minutes != 0 {
			lines = append(lines, service.LineInput{DeclarationTypeID: typeID, Day: day, Minutes: minutes})
		}
	}
	return typed, lines
}

// weekProblem shows the week again with what went wrong: field errors next
// to their cells, a refusal (locked, nothing to copy) above the grid.
func (a *App) weekProblem(w http.ResponseWriter, r *http.Request, m me, tw service.TimesheetWeek, typed map[string]string, err error) error {
	if errs := fieldErrors(err); errs != nil {
		return a.renderWeek(w, r, m, http.StatusUnprocessableEntity, tw, typed, errs, "timesheet_pages.error.fix_cells")
	}
	switch domain.KindOf(err) {
	case domain.KindConflict, domain.KindInvalid:
		fresh, ferr := a.Service.TimesheetWeek(r.Context(), m.Actor, tw.Placement.ID, tw.Year, tw.Week)
		if ferr != nil {
			return ferr
		}
		return a.renderWeek(w, r, m, kit.Status(err), fresh, typed, nil, domain.KeyOf(err))
	}
	return err
}

// timesheetAttach stores a receipt on the week's timesheet (D3) under the
// portal's upload rules.
func (a *App) timesheetAttach(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionTimesheets)
	if err != nil {
		return err
	}
	pid, y, wk, err := weekParams(r)
	if err != nil {
		return err
	}
	tw, err := a.Service.TimesheetWeek(r.Context(), m.Actor, pid, y, wk)
	if err != nil {
		return err
	}
	file, status, errs := a.readFile(w, r)
	if errs != nil {
		return a.renderWeek(w, r, m, status, tw, nil, errs, "")
	}
	if _, err := a.Service.AttachToTimesheet(r.Context(), m.Actor, pid, y, wk, file.FileName, file.Content); err != nil {
		return a.weekProblem(w, r, m, tw, nil, err)
	}
	return kit.Redirect(w, r, weekPath(pid, y, wk)+"?flash=timesheet_pages.flash.attached")
}
