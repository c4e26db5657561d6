package service_test

import (
	"errors"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// D1, D2: the week grid has the days Monday to Sunday by the declaration
// types of the rates active in that week, cells open only within the
// placement and the rate, and totals.
func TestTimesheetWeekGrid_D1_D2(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		w, err := a.svc.SaveTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 11, []service.LineInput{
			line(a.hours, day(11, 0), 480), line(a.hours, day(11, 1), 450), line(a.overtime, day(11, 1), 60)})
		if err != nil {
			t.Fatal(err)
		}
		if len(w.Days) != 7 || w.Days[0] != day(11, 0) || len(w.Rows) != 2 || w.Rows[0].DeclarationTypeName != "Hours" {
			t.Fatalf("grid: days %v rows %+v", w.Days, w.Rows)
		}
		ot := w.Rows[1]
		if !ot.Cells[1].Open || ot.Cells[2].Open || !w.Rows[0].Cells[6].Open {
			t.Errorf("overtime open Tue %v Wed %v (rate ended Tue); hours Sun %v", ot.Cells[1].Open, ot.Cells[2].Open, w.Rows[0].Cells[6].Open)
		}
		if w.Rows[0].Total != 930 || w.DayTotals[1] != 510 || w.Total != 990 || !w.ClientApproves {
			t.Errorf("totals: row %d day %d all %d", w.Rows[0].Total, w.DayTotals[1], w.Total)
		}
		first, err := a.svc.TimesheetWeek(a.ctx, a.candidate(), a.placement.ID, 2026, 2)
		if err != nil || first.Rows[0].Cells[1].Open || !first.Rows[0].Cells[2].Open {
			t.Errorf("first week: Tue open %v, Wed open %v, %v", first.Rows[0].Cells[1].Open, first.Rows[0].Cells[2].Open, err)
		}
		// A recruiter sees the week read-only.
		if rw, err := a.svc.TimesheetWeek(a.ctx, userActor(a.recruiter), a.placement.ID, 2026, 11); err != nil || rw.Editable || rw.Total != 990 {
			t.Errorf("recruiter week: %v %v", rw.Editable, err)
		}
	})
}

// D1, B1, B5: a candidate opens only weeks of its own placements, only while
// its status grants timesheets and D1 holds — else it is told why — and only
// weeks with an open day up to the current one.
func TestTimesheetWeekAccess_D1_B1(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		other := newAgency(t, db, "other", true)
		open := func(actor store.Actor, year, week int) error {
			_, err := a.svc.TimesheetWeek(a.ctx, actor, a.placement.ID, year, week)
			return err
		}
		if err := open(a.candidate(), 2026, 10); err != nil {
			t.Fatalf("own week: %v", err)
		}
		for name, tc := range map[string]struct {
			actor      store.Actor
			year, week int
			kind       domain.Kind
		}{
			"another candidate":          {other.candidate(), 2026, 10, domain.KindNotFound},
			"a contact":                  {contactActor(a.carla), 2026, 10, domain.KindNotFound},
			"next week":                  {a.candidate(), 2026, 12, domain.KindNotFound},
			"a week before the start":    {a.candidate(), 2026, 1, domain.KindNotFound},
			"a week that does not exist": {a.candidate(), 2026, 53, domain.KindNotFound},
		} {
			if err := open(tc.actor, tc.year, tc.week); domain.KindOf(err) != tc.kind {
				t.Errorf("%s: %v", name, err)
			}
		}
		// The placement ends: D1 fails and the reason says so.
		p := a.placement
		p.EndDate = domain.NewDate(2026, 3, 1)
		must(t, "end placement", a.st.UpdatePlacement(a.ctx, &p))
		if err := open(a.candidate(), 2026, 8); domain.KindOf(err) != domain.KindForbidden || domain.KeyOf(err) != string(domain.ReasonEnded) {
			t.Errorf("ended placement: %v", err)
		}
		p.EndDate = domain.Date{}
		must(t, "reopen placement", a.st.UpdatePlacement(a.ctx, &p))
		// The candidate's status no longer grants timesheets (B1).
		a.status.Timesheets = false
		must(t, "status", a.st.SaveCandidateStatus(a.ctx, &a.status))
		if err := open(a.candidate(), 2026, 10); domain.KeyOf(err) != "timesheet.reason.status" {
			t.Errorf("status without timesheets: %v", err)
		}
		_, err := a.svc.SubmitTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 10)
		if domain.KeyOf(err) != "timesheet.reason.status" {
			t.Errorf("submit with a status without timesheets: %v", err)
		}
	})
}

// D2: 'copy last week' fills the empty open cells of the week with last
// week's time and keeps what was filled in.
func TestCopyLastWeek_D2(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		if _, err := a.svc.CopyLastWeek(a.ctx, a.candidate(), a.placement.ID, 2026, 10); domain.KeyOf(err) != "timesheet.error.nothing_to_copy" {
			t.Errorf("nothing to copy: %v", err)
		}
		_, err := a.svc.SaveTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 10, []service.LineInput{
			line(a.hours, day(10, 0), 480), line(a.hours, day(10, 1), 480), line(a.overtime, day(10, 2), 120)})
		must(t, "save W10", err)
		_, err = a.svc.SaveTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 11, []service.LineInput{line(a.hours, day(11, 0), 240)})
		must(t, "save W11", err)
		w, err := a.svc.CopyLastWeek(a.ctx, a.candidate(), a.placement.ID, 2026, 11)
		if err != nil {
			t.Fatal(err)
		}
		// Monday kept (4h), Tuesday copied (8h), Wednesday's overtime not: its rate ended on Tuesday.
		if w.Rows[0].Cells[0].Minutes != 240 || w.Rows[0].Cells[1].Minutes != 480 || w.Total != 720 {
			t.Errorf("copied week: %+v total %d", w.Rows, w.Total)
		}
	})
}

// D3: a candidate attaches a receipt to its timesheet; it is stored with the
// 'timesheet' attachment type after the back office's upload checks.
func TestAttachToTimesheet_D3(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		att, err := a.svc.AttachToTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 10, `C:\scans\bon 1.pdf`, []byte("%PDF-1.4\nreceipt"))
		if err != nil {
			t.Fatal(err)
		}
		if att.FileName != "bon 1.pdf" || att.ContentType != "application/pdf" || att.TypeName != "Timesheet" || att.UploadedBy != "Tom Visser" {
			t.Errorf("attachment: %+v", att)
		}
		ts, err := a.st.TimesheetForWeek(a.ctx, a.placement.ID, 2026, 10)
		if err != nil || ts.Status != domain.TimesheetDraft || att.SubjectID != ts.ID {
			t.Fatalf("draft made for the attachment: %+v %v", ts, err)
		}
		_, err = a.svc.AttachToTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 10, "x.exe", []byte("MZ\x90\x00\x03"))
		var verr *domain.ValidationError
		if !errors.As(err, &verr) || verr.Fields["file"] != "attachment.type_refused" {
			t.Errorf("executable: %v", err)
		}
		other := newAgency(t, db, "other", true)
		if _, err := a.svc.AttachToTimesheet(a.ctx, other.candidate(), a.placement.ID, 2026, 10, "a.pdf", []byte("%PDF-1.4\n")); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("another candidate attached: %v", err)
		}
		d, err := a.svc.TimesheetDetail(a.ctx, userActor(a.recruiter), ts.ID)
		if err != nil || len(d.Attachments) != 1 {
			t.Errorf("detail attachments: %+v %v", d.Attachments, err)
		}
	})
}

// D1, B1: the candidate's placements come with D1's verdict and, when it
// may not write timesheets, the reason in plain words.
func TestCandidatePlacements_D1_B1(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		ended := domain.Placement{CandidateID: a.cand.ID, CompanyID: a.company.ID, Title: "Old job",
			StartDate: domain.NewDate(2025, 1, 6), EndDate: domain.NewDate(2025, 12, 31)}
		must(t, "placement", a.st.CreatePlacement(a.ctx, &ended))
		list, err := a.svc.CandidatePlacements(a.ctx, a.candidate())
		if err != nil || len(list) != 2 {
			t.Fatalf("%+v %v", list, err)
		}
		if !list[0].Allowed || list[0].Placement.ID != a.placement.ID || list[1].Allowed || list[1].Reason != domain.ReasonEnded {
			t.Errorf("verdicts: %+v", list)
		}
		if _, err := a.svc.CandidatePlacements(a.ctx, contactActor(a.carla)); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("a contact listed placements: %v", err)
		}
		a.status.Timesheets = false
		must(t, "status", a.st.SaveCandidateStatus(a.ctx, &a.status))
		list, err = a.svc.CandidatePlacements(a.ctx, a.candidate())
		if err != nil || list[0].Allowed || list[0].Reason != "timesheet.reason.status" {
			t.Errorf("status without timesheets: %+v %v", list, err)
		}
	})
}
