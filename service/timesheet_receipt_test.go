package service_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// D3, B5, F2: only the candidate of the timesheet downloads its receipt, and
// not once erased; an internal file of the back office on the same timesheet
// is neither listed for the candidate nor downloaded; the candidate removes a
// receipt of a draft but not of a sent timesheet (D6).
func TestPortalTimesheetFile_D3_B5_F2(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		receipt, err := a.svc.AttachToTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 10, "bon.pdf", []byte("%PDF-1.4\nreceipt"))
		if err != nil {
			t.Fatal(err)
		}
		internalType := domain.AttachmentType{Name: "Internal"}
		must(t, "type", a.st.SaveAttachmentType(a.ctx, &internalType))
		internal := domain.Attachment{SubjectKind: domain.SubjectTimesheet, SubjectID: receipt.SubjectID, TypeID: internalType.ID,
			FileName: "margin.txt", ContentType: "text/plain"}
		must(t, "internal file", a.st.CreateAttachment(a.ctx, &internal, []byte("margin")))

		got, content, err := a.svc.PortalTimesheetFile(a.ctx, a.candidate(), receipt.ID)
		if err != nil || got.ID != receipt.ID || string(content) != "%PDF-1.4\nreceipt" {
			t.Fatalf("own receipt: %+v %q %v", got, content, err)
		}
		d, err := a.svc.TimesheetDetail(a.ctx, a.candidate(), receipt.SubjectID)
		if err != nil || len(d.Attachments) != 1 || d.Attachments[0].ID != receipt.ID {
			t.Errorf("candidate's list: %+v %v", d.Attachments, err)
		}
		if d, err := a.svc.TimesheetDetail(a.ctx, userActor(a.recruiter), receipt.SubjectID); err != nil || len(d.Attachments) != 2 {
			t.Errorf("recruiter's list: %+v %v", d.Attachments, err)
		}
		other := newAgency(t, db, "other", true)
		for name, who := range map[string]store.Actor{
			"another candidate": {Kind: domain.AudiencePortal, ID: other.cand.ID, Name: "x"},
			"a contact":         contactActor(a.carla),
			"a recruiter":       userActor(a.recruiter),
		} {
			if _, _, err := a.svc.PortalTimesheetFile(a.ctx, who, receipt.ID); domain.KindOf(err) != domain.KindNotFound {
				t.Errorf("%s downloaded: %v", name, err)
			}
			if _, err := a.svc.RemoveTimesheetReceipt(a.ctx, who, receipt.ID); domain.KindOf(err) != domain.KindNotFound {
				t.Errorf("%s removed: %v", name, err)
			}
		}
		if _, _, err := a.svc.PortalTimesheetFile(a.ctx, a.candidate(), internal.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("internal file downloaded: %v", err)
		}
		if _, _, err := a.svc.PortalTimesheetFile(other.ctx, a.candidate(), receipt.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("downloaded through another agency: %v", err)
		}

		// D6: removable while a draft, kept once sent.
		second, err := a.svc.AttachToTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 10, "bon2.pdf", []byte("%PDF-1.4\nsecond"))
		if err != nil {
			t.Fatal(err)
		}
		if ts, err := a.svc.RemoveTimesheetReceipt(a.ctx, a.candidate(), second.ID); err != nil || ts.Week != 10 {
			t.Fatalf("remove from draft: %+v %v", ts, err)
		}
		if _, err := a.svc.RemoveTimesheetReceipt(a.ctx, a.candidate(), internal.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("internal file removed: %v", err)
		}
		if _, err := a.svc.SaveTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 10, []service.LineInput{line(a.hours, day(10, 0), 480)}); err != nil {
			t.Fatal(err)
		}
		if _, err := a.svc.SubmitTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 10); err != nil {
			t.Fatal(err)
		}
		if _, err := a.svc.RemoveTimesheetReceipt(a.ctx, a.candidate(), receipt.ID); domain.KeyOf(err) != "timesheet.error.awaiting_decision" {
			t.Errorf("removed from a sent timesheet: %v", err)
		}
		if atts, _ := a.st.Attachments(a.ctx, domain.SubjectTimesheet, receipt.SubjectID); len(atts) != 2 {
			t.Errorf("files after the removals: %+v", atts)
		}

		// F2: once erased the candidate downloads nothing, though the
		// timesheet and its receipt stay for the books.
		must(t, "erase", a.st.AnonymiseCandidate(a.ctx, a.cand.ID))
		if _, _, err := a.svc.PortalTimesheetFile(a.ctx, a.candidate(), receipt.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("erased candidate downloaded: %v", err)
		}
	})
}
