package portal_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// receiptWorld is the portal fixture with Acme's timesheet world: Tess
// signed in on her running placement, Olga signed in with none, and the
// week of today as Tess's address.
type receiptWorld struct {
	*fixture
	w          webtest.TimesheetWorld
	tess, olga *webtest.Client
	week       string
	year, wk   int
}

func newReceiptWorld(t *testing.T, db *store.DB) *receiptWorld {
	t.Helper()
	f := newFixture(t, db)
	rw := &receiptWorld{fixture: f, w: f.a.TimesheetWorld(t, f.st)}
	rw.tess, rw.olga = f.env.Client(t), f.env.Client(t)
	rw.tess.MustSignIn("/portal", rw.w.Tess.Email)
	rw.olga.MustSignIn("/portal", rw.w.Olga.Email)
	rw.year, rw.wk = domain.DateOf(time.Now().UTC()).ISOWeek()
	rw.week = fmt.Sprintf("/portal/timesheets/%d/%d/%d", rw.w.Placement.ID, rw.year, rw.wk)
	return rw
}

// receipts lists the files on Tess's timesheet of the week, newest first.
func (rw *receiptWorld) receipts(t *testing.T) []domain.Attachment {
	t.Helper()
	ts, err := rw.st.TimesheetForWeek(rw.a.Ctx, rw.w.Placement.ID, rw.year, rw.wk)
	if err != nil {
		t.Fatal(err)
	}
	atts, err := rw.st.Attachments(rw.a.Ctx, domain.SubjectTimesheet, ts.ID)
	if err != nil {
		t.Fatal(err)
	}
	return atts
}

func receiptURL(id domain.ID) string { return fmt.Sprintf("/portal/timesheets/receipts/%d", id) }

// D3, B5: the candidate downloads the receipts of its own timesheet, linked
// from the week, with the safe download headers; another candidate's
// receipt, another agency's, a file that is not on a timesheet and an
// internal file of the back office are not found by any id.
func TestTimesheetReceiptDownload_D3_B5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		rw := newReceiptWorld(t, db)
		content := "parking 12.50\nfuel 40.00\n"
		seeOther(t, upload(t, rw.tess, rw.week+"/attachments", "receipt.txt", []byte(content), nil))
		atts := rw.receipts(t)
		if len(atts) != 1 {
			t.Fatalf("receipts after the upload: %+v", atts)
		}
		mine := atts[0]
		ts, err := rw.st.TimesheetForWeek(rw.a.Ctx, rw.w.Placement.ID, rw.year, rw.wk)
		if err != nil {
			t.Fatal(err)
		}
		// The back office put two more files on the timesheet: one of a type
		// the portal shows, one internal.
		shown := rw.attach(t, domain.SubjectTimesheet, ts.ID, rw.visible, "signed-rules.txt", "site rules")
		internal := rw.attach(t, domain.SubjectTimesheet, ts.ID, rw.invisible, "margin.txt", "our margin")

		page := rw.tess.Get(rw.week)
		want(t, page, http.StatusOK, `href="`+receiptURL(mine.ID)+`"`, `href="`+receiptURL(shown.ID)+`"`,
			`action="`+receiptURL(mine.ID)+`/delete"`)
		lacks(t, page, "margin.txt", `action="`+receiptURL(shown.ID)+`/delete"`)

		res := rw.tess.Get(receiptURL(mine.ID))
		want(t, res, http.StatusOK)
		if res.Body != content {
			t.Fatalf("downloaded %q, want %q", res.Body, content)
		}
		if d := res.Header.Get("Content-Disposition"); !strings.HasPrefix(d, "attachment;") || !strings.Contains(d, "receipt.txt") {
			t.Fatalf("disposition %q", d)
		}
		if res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Fatal("download without nosniff")
		}
		if cc := res.Header.Get("Cache-Control"); !strings.Contains(cc, "no-store") {
			t.Fatalf("cache control %q", cc)
		}
		want(t, rw.tess.Get(receiptURL(shown.ID)), http.StatusOK, "site rules")

		// Another agency's receipt, on its own timesheet world.
		ow := rw.env.Other.TimesheetWorld(t, rw.st)
		ots, err := rw.st.EnsureTimesheet(rw.env.Other.Ctx, ow.Placement.ID, rw.year, rw.wk)
		if err != nil {
			t.Fatal(err)
		}
		otype, err := rw.st.AttachmentTypeByCode(rw.env.Other.Ctx, domain.TypeCodeTimesheet)
		if err != nil {
			t.Fatal(err)
		}
		theirs := domain.Attachment{SubjectKind: domain.SubjectTimesheet, SubjectID: ots.ID, TypeID: otype.ID,
			FileName: "other.txt", ContentType: "text/plain; charset=utf-8"}
		if err := rw.st.CreateAttachment(rw.env.Other.Ctx, &theirs, []byte("other agency")); err != nil {
			t.Fatal(err)
		}
		// Files that are no receipt of a timesheet: on the candidate itself
		// (downloadable under the documents, not here) and on a company.
		onCandidate := rw.attach(t, domain.SubjectCandidate, rw.w.Tess.ID, rw.visible, "diploma.txt", "diploma")
		company := domain.Company{OwnerID: rw.a.Recruiter.ID, Kind: domain.CompanyClient, Name: "Client BV"}
		if err := rw.st.CreateCompany(rw.a.Ctx, &company); err != nil {
			t.Fatal(err)
		}
		onCompany := rw.attach(t, domain.SubjectCompany, company.ID, rw.visible, "company.txt", "company file")

		for _, tc := range []struct {
			name   string
			client *webtest.Client
			id     domain.ID
		}{
			{"another candidate's receipt (Olga)", rw.olga, mine.ID},
			{"another candidate's receipt (Demi)", rw.client, mine.ID},
			{"another agency's receipt", rw.tess, theirs.ID},
			{"internal file on the own timesheet", rw.tess, internal.ID},
			{"file on the candidate", rw.tess, onCandidate.ID},
			{"file on a company", rw.tess, onCompany.ID},
			{"no such id", rw.tess, 999999},
		} {
			t.Run(tc.name, func(t *testing.T) {
				res := tc.client.Get(receiptURL(tc.id))
				want(t, res, http.StatusNotFound)
				lacks(t, res, content, "our margin", "other agency", "diploma", "company file")
			})
		}
		want(t, rw.tess.Get("/portal/timesheets/receipts/abc"), http.StatusNotFound)

		// B1: a status without the timesheets grant withholds the receipts too.
		st := domain.CandidateStatus{Name: "Withheld", FullProfile: true}
		if err := rw.st.SaveCandidateStatus(rw.a.Ctx, &st); err != nil {
			t.Fatal(err)
		}
		tess, err := rw.st.Candidate(rw.a.Ctx, rw.w.Tess.ID)
		if err != nil {
			t.Fatal(err)
		}
		tess.StatusID = st.ID
		if err := rw.st.UpdateCandidate(rw.a.Ctx, &tess); err != nil {
			t.Fatal(err)
		}
		want(t, rw.tess.Get(receiptURL(mine.ID)), http.StatusNotFound)
	})
}

// D3, D6: the candidate removes its own receipt while the week is a draft;
// once sent the receipt stays and the week says why; another candidate
// removes nothing, and a file the back office put there is not the
// candidate's to remove.
func TestTimesheetReceiptRemove_D3_D6(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		rw := newReceiptWorld(t, db)
		seeOther(t, upload(t, rw.tess, rw.week+"/attachments", "wrong.txt", []byte("wrong receipt"), nil))
		seeOther(t, upload(t, rw.tess, rw.week+"/attachments", "right.txt", []byte("right receipt"), nil))
		atts := rw.receipts(t)
		if len(atts) != 2 {
			t.Fatalf("receipts: %+v", atts)
		}
		right, wrong := atts[0], atts[1]
		ts, err := rw.st.TimesheetForWeek(rw.a.Ctx, rw.w.Placement.ID, rw.year, rw.wk)
		if err != nil {
			t.Fatal(err)
		}
		shown := rw.attach(t, domain.SubjectTimesheet, ts.ID, rw.visible, "signed-rules.txt", "site rules")

		want(t, rw.olga.Post(receiptURL(wrong.ID)+"/delete", nil), http.StatusNotFound)
		want(t, rw.tess.Post(receiptURL(shown.ID)+"/delete", nil), http.StatusNotFound)
		if n := len(rw.receipts(t)); n != 3 {
			t.Fatalf("files after refused removals: %d, want 3", n)
		}

		res := rw.tess.Post(receiptURL(wrong.ID)+"/delete", nil)
		seeOther(t, res)
		if !strings.HasPrefix(res.Location, rw.week+"?flash=") {
			t.Fatalf("after removal to %q", res.Location)
		}
		page := rw.tess.Get(res.Location)
		want(t, page, http.StatusOK, "The file was removed.", "right.txt")
		lacks(t, page, "wrong.txt")
		want(t, rw.tess.Get(receiptURL(wrong.ID)), http.StatusNotFound)

		send := url.Values{"action": {"send"}}
		monday := domain.MondayOfISOWeek(rw.year, rw.wk)
		send.Set(service.CellField(rw.w.Hours.ID, monday), "8")
		seeOther(t, rw.tess.Post(rw.week, send))
		if ts, _ := rw.st.TimesheetForWeek(rw.a.Ctx, rw.w.Placement.ID, rw.year, rw.wk); ts.Status != domain.TimesheetSent {
			t.Fatalf("status after send: %s", ts.Status)
		}
		lacks(t, rw.tess.Get(rw.week), `/delete"`)
		want(t, rw.tess.Post(receiptURL(right.ID)+"/delete", nil), http.StatusConflict, "waits for approval")
		want(t, rw.tess.Get(receiptURL(right.ID)), http.StatusOK, "right receipt")
		if n := len(rw.receipts(t)); n != 2 {
			t.Fatalf("files after the refused removal of a sent week: %d, want 2", n)
		}
	})
}
