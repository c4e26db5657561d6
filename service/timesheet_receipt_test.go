package service_test

import (
	"slices"
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
		receipt := a.receipt(t)
		internal := a.officeFile(t, receipt.SubjectID, domain.AttachmentType{Name: "Internal"}, "margin.txt", "margin")

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

// receipt is the candidate's receipt bon.pdf on its timesheet of 2026-W10.
func (a *agency) receipt(t *testing.T) domain.Attachment {
	t.Helper()
	r, err := a.svc.AttachToTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 10, "bon.pdf", []byte("%PDF-1.4\nreceipt"))
	must(t, "receipt", err)
	return r
}

// officeFile puts a file the back office uploaded on timesheet tsID, under
// a new attachment type typ.
func (a *agency) officeFile(t *testing.T, tsID domain.ID, typ domain.AttachmentType, name, content string) domain.Attachment {
	t.Helper()
	must(t, "type", a.st.SaveAttachmentType(a.ctx, &typ))
	f := domain.Attachment{SubjectKind: domain.SubjectTimesheet, SubjectID: tsID, TypeID: typ.ID, FileName: name, ContentType: "text/plain"}
	must(t, "office file", a.st.CreateAttachment(a.ctx, &f, []byte(content)))
	return f
}

// D4, E10, B5, F4: on a sent timesheet a contact of its placement lists and
// downloads the candidate's receipt and a file of a Hiring-visible type, never
// an internal file of the back office or one only the Professional Portal
// shows; a contact not on the placement, another agency's, a candidate and a
// recruiter get not found, as does the receipt asked for under another
// timesheet; each download is logged on the timesheet.
func TestContactTimesheetFile_D4_E10_B5_F4(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		receipt := a.receipt(t)
		ts := a.sent(10)
		if ts.ID != receipt.SubjectID {
			t.Fatalf("receipt on timesheet %d, sent %d", receipt.SubjectID, ts.ID)
		}
		internal := a.officeFile(t, ts.ID, domain.AttachmentType{Name: "Internal"}, "margin.txt", "margin")
		shown := a.officeFile(t, ts.ID, domain.AttachmentType{Name: "Assessment", VisibleHiring: true}, "assessment.txt", "assessment")
		candidateOnly := a.officeFile(t, ts.ID, domain.AttachmentType{Name: "Certificate", VisibleProfessional: true}, "certificate.txt", "certificate")

		carla := contactActor(a.carla)
		d, err := a.svc.TimesheetDetail(a.ctx, carla, ts.ID)
		if err != nil {
			t.Fatal(err)
		}
		var listed []string
		for _, f := range d.Attachments {
			listed = append(listed, f.FileName)
		}
		slices.Sort(listed)
		if !slices.Equal(listed, []string{"assessment.txt", "bon.pdf"}) {
			t.Errorf("contact's list: %v, want bon.pdf and assessment.txt", listed)
		}
		if d, err := a.svc.TimesheetDetail(a.ctx, userActor(a.recruiter), ts.ID); err != nil || len(d.Attachments) != 4 {
			t.Errorf("recruiter's list: %+v %v", d.Attachments, err)
		}

		got, content, err := a.svc.ContactTimesheetFile(a.ctx, carla, ts.ID, receipt.ID)
		if err != nil || got.ID != receipt.ID || string(content) != "%PDF-1.4\nreceipt" {
			t.Fatalf("receipt: %+v %q %v", got, content, err)
		}
		if _, content, err := a.svc.ContactTimesheetFile(a.ctx, carla, ts.ID, shown.ID); err != nil || string(content) != "assessment" {
			t.Errorf("hiring-visible file: %q %v", content, err)
		}
		for name, id := range map[string]domain.ID{"internal": internal.ID, "candidate-only": candidateOnly.ID} {
			if _, _, err := a.svc.ContactTimesheetFile(a.ctx, carla, ts.ID, id); domain.KindOf(err) != domain.KindNotFound {
				t.Errorf("%s file downloaded: %v", name, err)
			}
		}
		other := a.sent(9)
		if _, _, err := a.svc.ContactTimesheetFile(a.ctx, carla, other.ID, receipt.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("receipt under another timesheet: %v", err)
		}
		elsewhere := newAgency(t, db, "other", true)
		for name, who := range map[string]store.Actor{
			"a contact not on the placement": contactActor(a.otto),
			"another agency's contact":       contactActor(elsewhere.carla),
			"the candidate":                  a.candidate(),
			"a recruiter":                    userActor(a.recruiter),
		} {
			if _, _, err := a.svc.ContactTimesheetFile(a.ctx, who, ts.ID, receipt.ID); domain.KindOf(err) != domain.KindNotFound {
				t.Errorf("%s downloaded: %v", name, err)
			}
		}
		if _, _, err := a.svc.ContactTimesheetFile(elsewhere.ctx, contactActor(elsewhere.carla), ts.ID, receipt.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("downloaded through another agency: %v", err)
		}

		logged, _, err := a.st.AuditEntries(a.ctx, store.AuditFilter{ObjectKind: string(domain.SubjectTimesheet), ObjectID: ts.ID, Action: "download"})
		must(t, "audit", err)
		if len(logged) != 2 || logged[0].ActorKind != domain.AudienceHiring || logged[0].ActorID != a.carla.ID {
			t.Errorf("downloads logged: %+v", logged)
		}
	})
}
