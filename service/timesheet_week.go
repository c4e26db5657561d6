package service

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// TimesheetWeek is the grid a candidate fills in: the days of an ISO week
// by the declaration types of the placement's active rates, with the saved
// time and totals in minutes (D2).
type TimesheetWeek struct {
	Placement domain.Placement
	Rates     []domain.Rate
	Year      int
	Week      int
	Days      []domain.Date // Monday to Sunday
	Rows      []WeekRow
	DayTotals []int
	Total     int
	// Timesheet is the saved timesheet of the week; ID 0 when none was started.
	Timesheet domain.Timesheet
	// Editable: the asker is the candidate and the timesheet is a draft or
	// was rejected (D6).
	Editable bool
	// ClientApproves: a sent timesheet goes to the placement's contacts (D4).
	ClientApproves bool
}

// WeekRow is one declaration type over the week.
type WeekRow struct {
	DeclarationTypeID   domain.ID
	DeclarationTypeName string
	Cells               []WeekCell // one per day
	Total               int
}

// WeekCell is one day of one declaration type. Open says whether time may be
// written there: the placement runs that day and a rate of this declaration
// type is active that day.
type WeekCell struct {
	Day     domain.Date
	Minutes int
	Open    bool
	Field   string // the form field and error key of the cell
}

// CellField names the form field of a cell: "h_<type>_<yyyy-mm-dd>". Field
// errors of SaveTimesheet use the same names.
func CellField(typeID domain.ID, day domain.Date) string {
	return fmt.Sprintf("h_%d_%s", typeID, day)
}

// ParseCellField reads a name made by CellField.
func ParseCellField(name string) (domain.ID, domain.Date, bool) {
	rest, ok := strings.CutPrefix(name, "h_")
	if !ok {
		return 0, domain.Date{}, false
	}
	idPart, dayPart, ok := strings.Cut(rest, "_")
	if !ok {
		return 0, domain.Date{}, false
	}
	var id domain.ID
	if _, err := fmt.Sscan(idPart, &id); err != nil || id <= 0 {
		return 0, domain.Date{}, false
	}
	day, err := domain.ParseDate(dayPart)
	if err != nil || day.IsZero() {
		return 0, domain.Date{}, false
	}
	return id, day, true
}

// DayField names the error key of a day's total.
func DayField(day domain.Date) string { return "day_" + day.String() }

// validWeek reports whether (year, week) is an ISO week that exists.
func validWeek(year, week int) bool {
	if year < 2000 || year > 2200 || week < 1 || week > 53 {
		return false
	}
	y, w := domain.MondayOfISOWeek(year, week).ISOWeek()
	return y == year && w == week
}

// errWeekClosed: the week has no day on which time may be written.
var errWeekClosed = &domain.Error{Kind: domain.KindNotFound, Key: "timesheet.error.week_closed"}

// TimesheetWeek returns the week grid of a placement. A candidate sees only
// its own placements, only while its status grants timesheets (B1) and D1
// holds (else a forbidden error whose key is the reason in plain words), and
// only weeks up to the current one that have a day open for time. A
// recruiter sees any week of the agency's placements, read-only.
func (s *Service) TimesheetWeek(ctx context.Context, who store.Actor, placementID domain.ID, year, week int) (_ TimesheetWeek, err error) {
	defer domain.Wrap(&err, "service.TimesheetWeek(%d, %d-W%02d)", placementID, year, week)
	return s.timesheetWeek(ctx, s.store(), who, placementID, year, week)
}

func (s *Service) timesheetWeek(ctx context.Context, st *store.Store, who store.Actor, placementID domain.ID, year, week int) (TimesheetWeek, error) {
	if !validWeek(year, week) {
		return TimesheetWeek{}, domain.NotFound("week")
	}
	p, rates, err := s.placementFor(ctx, st, who, placementID)
	if err != nil {
		return TimesheetWeek{}, err
	}
	t, err := st.TimesheetForWeek(ctx, placementID, year, week)
	if err != nil && domain.KindOf(err) != domain.KindNotFound {
		return TimesheetWeek{}, err
	}
	var lines []domain.TimesheetLine
	if t.ID != 0 {
		if lines, err = st.TimesheetLines(ctx, t.ID); err != nil {
			return TimesheetWeek{}, err
		}
	}
	today := s.Today()
	w := buildWeek(p, rates, year, week, lines)
	w.Timesheet = t
	w.ClientApproves = domain.ClientApprovalRequired(p, rates, today)
	if who.Kind == domain.AudiencePortal {
		if w.Days[0].After(today) || !w.anyOpen() {
			return TimesheetWeek{}, errWeekClosed
		}
		w.Editable = t.ID == 0 || t.Status == domain.TimesheetDraft || t.Status == domain.TimesheetRejected
	}
	return w, nil
}

// placementFor loads a placement and its rates for who. A candidate gets
// not found for another's placement and a forbidden error carrying the
// reason when its status or D1 keeps it from writing timesheets; a contact
// never opens a week grid.
func (s *Service) placementFor(ctx context.Context, st *store.Store, who store.Actor, placementID domain.ID) (domain.Placement, []domain.Rate, error) {
	switch who.Kind {
	case domain.AudienceOffice, domain.AudiencePortal:
	default:
		return domain.Placement{}, nil, domain.NotFound("placement")
	}
	p, err := st.Placement(ctx, placementID)
	if err != nil {
		return domain.Placement{}, nil, err
	}
	if who.Kind == domain.AudiencePortal && p.CandidateID != who.ID {
		return domain.Placement{}, nil, domain.NotFound("placement")
	}
	rates, err := st.Rates(ctx, placementID)
	if err != nil {
		return domain.Placement{}, nil, err
	}
	if who.Kind == domain.AudiencePortal {
		if err := s.candidateMayWrite(ctx, st, p, rates); err != nil {
			return domain.Placement{}, nil, err
		}
	}
	return p, rates, nil
}

// candidateMayWrite applies B1 (the candidate's status grants timesheets)
// and D1 (the placement and a rate are in effect today).
func (s *Service) candidateMayWrite(ctx context.Context, st *store.Store, p domain.Placement, rates []domain.Rate) error {
	ok, reason, _, err := s.timesheetsOpen(ctx, st, p, rates)
	if err != nil {
		return err
	}
	if !ok {
		return &domain.Error{Kind: domain.KindForbidden, Key: string(reason), Op: "timesheets"}
	}
	return nil
}

// TimesheetsOpen is domain.CandidateMayWriteTimesheets for the placement's
// candidate today: whether it may write timesheets on p (with its rates),
// and when not, the reason; the candidate's status is returned so a page
// can name it.
func (s *Service) TimesheetsOpen(ctx context.Context, p domain.Placement, rates []domain.Rate) (bool, domain.Reason, domain.CandidateStatus, error) {
	return s.timesheetsOpen(ctx, s.store(), p, rates)
}

func (s *Service) timesheetsOpen(ctx context.Context, st *store.Store, p domain.Placement, rates []domain.Rate) (bool, domain.Reason, domain.CandidateStatus, error) {
	status, err := s.candidateStatus(ctx, st, p.CandidateID)
	if err != nil {
		return false, "", domain.CandidateStatus{}, err
	}
	ok, reason := domain.CandidateMayWriteTimesheets(status, p, rates, s.Today())
	return ok, reason, status, nil
}

// candidateStatus returns the candidate's status; a candidate whose status
// is gone has the zero status, which grants nothing.
func (s *Service) candidateStatus(ctx context.Context, st *store.Store, candidateID domain.ID) (domain.CandidateStatus, error) {
	c, err := st.Candidate(ctx, candidateID)
	if err != nil {
		return domain.CandidateStatus{}, err
	}
	statuses, err := st.CandidateStatuses(ctx)
	if err != nil {
		return domain.CandidateStatus{}, err
	}
	for _, cs := range statuses {
		if cs.ID == c.StatusID {
			return cs, nil
		}
	}
	return domain.CandidateStatus{}, nil
}

// candidateStatusGrants is B1: the candidate's status grants timesheets;
// else a forbidden error with the reason key.
func (s *Service) candidateStatusGrants(ctx context.Context, st *store.Store, candidateID domain.ID) error {
	cs, err := s.candidateStatus(ctx, st, candidateID)
	if err != nil {
		return err
	}
	if _, granted := domain.CandidatePortalAccess(cs); !granted {
		return &domain.Error{Kind: domain.KindForbidden, Key: string(domain.ReasonStatus), Op: "timesheets"}
	}
	return nil
}

// buildWeek lays out the grid. The rows are the declaration types that
// domain.ActiveRates gives on any day of the week, so a past week shows the
// rates of then; a cell is open when the placement runs that day and the
// row's type is among that day's active rates. Saved lines of a type that
// has no row (its rate was removed since) still show, in closed cells.
func buildWeek(p domain.Placement, rates []domain.Rate, year, week int, lines []domain.TimesheetLine) TimesheetWeek {
	w := TimesheetWeek{Placement: p, Rates: rates, Year: year, Week: week, Days: make([]domain.Date, 7), DayTotals: make([]int, 7)}
	monday := domain.MondayOfISOWeek(year, week)
	open := make([]map[domain.ID]bool, 7)
	names := map[domain.ID]string{}
	var order []domain.ID
	for i := range w.Days {
		day := monday.AddDays(i)
		w.Days[i] = day
		open[i] = map[domain.ID]bool{}
		running := domain.PlacementRunning(p, day)
		for _, r := range domain.ActiveRates(rates, day) {
			if _, seen := names[r.DeclarationTypeID]; !seen {
				names[r.DeclarationTypeID] = r.DeclarationTypeName
				order = append(order, r.DeclarationTypeID)
			}
			open[i][r.DeclarationTypeID] = running
		}
	}
	for _, l := range lines {
		if _, seen := names[l.DeclarationTypeID]; !seen {
			names[l.DeclarationTypeID] = l.DeclarationTypeName
			order = append(order, l.DeclarationTypeID)
		}
	}
	slices.SortStableFunc(order, func(a, b domain.ID) int {
		return strings.Compare(strings.ToLower(names[a]), strings.ToLower(names[b]))
	})
	rowOf := map[domain.ID]int{}
	for _, id := range order {
		row := WeekRow{DeclarationTypeID: id, DeclarationTypeName: names[id], Cells: make([]WeekCell, 7)}
		for i, day := range w.Days {
			row.Cells[i] = WeekCell{Day: day, Open: open[i][id], Field: CellField(id, day)}
		}
		rowOf[id] = len(w.Rows)
		w.Rows = append(w.Rows, row)
	}
	for _, l := range lines {
		i := dayIndex(w.Days, l.Day)
		if i < 0 {
			continue
		}
		row := &w.Rows[rowOf[l.DeclarationTypeID]]
		row.Cells[i].Minutes += l.Minutes
		row.Total += l.Minutes
		w.DayTotals[i] += l.Minutes
		w.Total += l.Minutes
	}
	return w
}

func dayIndex(days []domain.Date, d domain.Date) int {
	for i, x := range days {
		if x == d {
			return i
		}
	}
	return -1
}

func (w TimesheetWeek) anyOpen() bool {
	for _, r := range w.Rows {
		for _, c := range r.Cells {
			if c.Open {
				return true
			}
		}
	}
	return false
}

// cell returns the cell of a type on a day, or nil.
func (w *TimesheetWeek) cell(typeID domain.ID, day domain.Date) *WeekCell {
	i := dayIndex(w.Days, day)
	if i < 0 {
		return nil
	}
	for r := range w.Rows {
		if w.Rows[r].DeclarationTypeID == typeID {
			return &w.Rows[r].Cells[i]
		}
	}
	return nil
}

// CopyLastWeek fills the empty open cells of a week with the time of the
// same declaration type and weekday of the week before, and saves the
// result as the week's draft. Cells already filled are kept.
func (s *Service) CopyLastWeek(ctx context.Context, who store.Actor, placementID domain.ID, year, week int) (_ TimesheetWeek, err error) {
	defer domain.Wrap(&err, "service.CopyLastWeek(%d, %d-W%02d)", placementID, year, week)
	var out TimesheetWeek
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		w, err := s.timesheetWeek(ctx, tx, who, placementID, year, week)
		if err != nil {
			return err
		}
		if !w.Editable {
			return lockedError(w.Timesheet.Status)
		}
		py, pw := w.Days[0].AddDays(-7).ISOWeek()
		prev, err := tx.TimesheetForWeek(ctx, placementID, py, pw)
		if domain.KindOf(err) == domain.KindNotFound {
			return &domain.Error{Kind: domain.KindInvalid, Key: "timesheet.error.nothing_to_copy"}
		}
		if err != nil {
			return err
		}
		prevLines, err := tx.TimesheetLines(ctx, prev.ID)
		if err != nil {
			return err
		}
		for _, l := range prevLines {
			if c := w.cell(l.DeclarationTypeID, l.Day.AddDays(7)); c != nil && c.Open && c.Minutes == 0 {
				c.Minutes = l.Minutes
			}
		}
		if err := s.saveWeek(ctx, tx, who, &w, w.inputs()); err != nil {
			return err
		}
		out, err = s.timesheetWeek(ctx, tx, who, placementID, year, week)
		return err
	})
	return out, err
}

// inputs returns the grid's filled cells as line inputs.
func (w TimesheetWeek) inputs() []LineInput {
	var in []LineInput
	for _, r := range w.Rows {
		for _, c := range r.Cells {
			if c.Minutes != 0 {
				in = append(in, LineInput{DeclarationTypeID: r.DeclarationTypeID, Day: c.Day, Minutes: c.Minutes})
			}
		}
	}
	return in
}
