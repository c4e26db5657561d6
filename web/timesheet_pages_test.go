package web_test

import (
	"bytes"
	"fmt"
	"mime/multipart"
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

func want(t *testing.T, what string, res webtest.Response, status int, in ...string) {
	t.Helper()
	if res.Status != status {
		t.Fatalf("%s: status %d, want %d\n%s", what, res.Status, status, res.Body)
	}
	for _, s := range in {
		if !strings.Contains(res.Body, s) {
			t.Errorf("%s: %q missing", what, s)
		}
	}
}

// fullWeek is the form of a week with hours on Monday to Friday.
func fullWeek(w webtest.TimesheetWorld, monday domain.Date, hours string) url.Values {
	f := url.Values{}
	for i := range 5 {
		f.Set(service.CellField(w.Hours.ID, monday.AddDays(i)), hours)
	}
	return f
}

// D1, D2, D4, D5, D6: the candidate's placements and week grid in the
// Professional Portal and the contact's list and decision in the Hiring
// Portal, over HTTP; another candidate's placement and another contact's
// timesheet are not found.
func TestTimesheetPages_D1_D2_D4_D5_D6(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		w := env.Acme.TimesheetWorld(t, env.Store)
		signIn := func(prefix, email string) *webtest.Client {
			c := env.Client(t)
			c.MustSignIn(prefix, email)
			return c
		}
		tess, olga := signIn("/portal", w.Tess.Email), signIn("/portal", w.Olga.Email)
		carol, otis := signIn("/hiring", w.Carol.Email), signIn("/hiring", w.Otis.Email)
		y, wk := domain.DateOf(time.Now().UTC()).ISOWeek()
		monday := domain.MondayOfISOWeek(y, wk)
		week := fmt.Sprintf("/portal/timesheets/%d/%d/%d", w.Placement.ID, y, wk)

		// D1: the open placement links to the current week.
		want(t, "list", tess.Get("/portal/timesheets"), http.StatusOK, "Forklift driver", `href="`+week+`"`)
		want(t, "other's list", olga.Get("/portal/timesheets"), http.StatusOK, "You have no placements yet.")
		want(t, "other's week", olga.Get(week), http.StatusNotFound)
		want(t, "other's save", olga.Post(week, fullWeek(w, monday, "8")), http.StatusNotFound)

		cell := service.CellField(w.Hours.ID, monday)
		want(t, "week", tess.Get(week), http.StatusOK, `name="`+cell+`"`, `for="f-`+cell+`"`, "Not started")

		// D2: bad hours are shown next to their cells and nothing is saved.
		bad := fullWeek(w, monday, "8")
		bad.Set(cell, "25")
		bad.Set(service.CellField(w.Hours.ID, monday.AddDays(1)), "eight")
		bad.Set("action", "save")
		want(t, "bad save", tess.Post(week, bad), http.StatusUnprocessableEntity,
			`id="e-`+cell+`"`, "Enter between 0 and 24 hours.", "Enter hours as 7.5 or 7:30.", `value="25"`, `value="eight"`)
		quarter := fullWeek(w, monday, "7.1")
		quarter.Set("action", "send")
		want(t, "quarter hours", tess.Post(week, quarter), http.StatusUnprocessableEntity, `id="e-`+cell+`"`, "Enter whole quarter hours")
		if _, err := env.Store.TimesheetForWeek(env.Acme.Ctx, w.Placement.ID, y, wk); domain.KindOf(err) != domain.KindNotFound {
			t.Fatalf("a timesheet after a refused save: %v", err)
		}

		good := fullWeek(w, monday, "7:30")
		good.Set("action", "save")
		res := tess.Post(week, good)
		want(t, "save", res, http.StatusSeeOther)
		want(t, "draft", tess.Get(week), http.StatusOK, `value="7.5"`, "Draft", "37.50")
		good.Set("action", "send")
		want(t, "send", tess.Post(week, good), http.StatusSeeOther)
		sent := tess.Get(week)
		want(t, "sent", sent, http.StatusOK, "Sent", "waits for approval")
		if strings.Contains(sent.Body, `name="`+cell+`"`) {
			t.Errorf("a sent week still has inputs")
		}
		ts, err := env.Store.TimesheetForWeek(env.Acme.Ctx, w.Placement.ID, y, wk)
		if err != nil || ts.Status != domain.TimesheetSent {
			t.Fatalf("timesheet after send: %+v %v", ts, err)
		}
		detail := fmt.Sprintf("/hiring/timesheets/%d", ts.ID)

		// Issue 15: the dashboard shows the waiting week itself, the list
		// opens on what waits, the week page says its days.
		want(t, "dashboard", carol.Get("/hiring/"), http.StatusOK, `href="`+detail+`"`, "Tess Timmer", "37.50 hours")
		want(t, "week range", carol.Get(detail), http.StatusOK, `id="week-range"`,
			env.App().Bundle.For("en").Format().Date(monday.Time()))
		// D4: the contact of the placement sees it, another contact does not.
		want(t, "contact list", carol.Get("/hiring/timesheets"), http.StatusOK, `href="`+detail+`"`, "Tess Timmer")
		want(t, "other contact list", otis.Get("/hiring/timesheets"), http.StatusOK, "There are no timesheets for you.")
		want(t, "other contact view", otis.Get(detail), http.StatusNotFound)
		want(t, "other contact decision", otis.Post(detail+"/decision", url.Values{"decision": {"approve"}}), http.StatusNotFound)

		// D5: a rejection needs a comment.
		want(t, "view", carol.Get(detail), http.StatusOK, "37.50", `id="decide-form"`)
		want(t, "reject without comment", carol.Post(detail+"/decision", url.Values{"decision": {"reject"}}),
			http.StatusUnprocessableEntity, "Say why you reject")
		want(t, "reject", carol.Post(detail+"/decision", url.Values{"decision": {"reject"}, "comment": {"Friday was a holiday."}}),
			http.StatusSeeOther)
		want(t, "second decision", carol.Post(detail+"/decision", url.Values{"decision": {"approve"}}),
			http.StatusConflict, "You already approved or rejected")

		// Issue 15: the timesheets page lists the rejected week with the
		// comment and a link to correct it.
		want(t, "rejected on the list", tess.Get("/portal/timesheets"), http.StatusOK, `id="rejected"`, "Friday was a holiday.", `href="`+week+`"`)
		// D6: rejected goes back to the candidate, editable, with the comment.
		want(t, "rejected", tess.Get(week), http.StatusOK, "Friday was a holiday.", `name="`+cell+`"`)
		again := fullWeek(w, monday, "8")
		again.Set(service.CellField(w.Hours.ID, monday.AddDays(4)), "")
		again.Set("action", "send")
		want(t, "send again", tess.Post(week, again), http.StatusSeeOther)
		if strings.Contains(tess.Get("/portal/timesheets").Body, `id="rejected"`) {
			t.Errorf("a week sent again is still listed to correct")
		}
		want(t, "approve", carol.Post(detail+"/decision", url.Values{"decision": {"approve"}}), http.StatusSeeOther)
		// Issue 15: the list opens on what waits; an approved week is under "all".
		if strings.Contains(carol.Get("/hiring/timesheets").Body, `href="`+detail+`"`) {
			t.Errorf("the approved week is among those that wait")
		}
		want(t, "all weeks", carol.Get("/hiring/timesheets?status=all"), http.StatusOK, `href="`+detail+`"`)
		want(t, "approved", tess.Get(week), http.StatusOK, "Approved", "can no longer be changed", "32.00")
		locked := tess.Post(week, good)
		want(t, "locked save", locked, http.StatusConflict, "can no longer be changed")
		if n := strings.Count(locked.Body, "can no longer be changed"); n != 1 {
			t.Errorf("locked save says it %d times, want once", n)
		}

		mails, _, err := env.Store.Mails(env.Acme.Ctx, 100, 0)
		if err != nil {
			t.Fatal(err)
		}
		count := map[string]int{}
		for _, m := range mails {
			count[m.To]++
		}
		if count[w.Carol.Email] != 2 || count[w.Tess.Email] != 2 || count[w.Otis.Email] != 0 {
			t.Errorf("mails: %v", count)
		}
	})
}

// upload posts a file to the receipts form of a week.
func upload(t *testing.T, c *webtest.Client, path, name string, content []byte) webtest.Response {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	part, err := mw.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = part.Write(content)
	_ = mw.Close()
	return c.PostMultipart(path, mw.FormDataContentType(), &body)
}

// D3, D2: the candidate attaches a receipt to its week and copies last week;
// the contact downloads the receipt, another contact and candidate cannot.
func TestTimesheetAttachAndCopy_D3_D2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		w := env.Acme.TimesheetWorld(t, env.Store)
		signIn := func(prefix, email string) *webtest.Client {
			c := env.Client(t)
			c.MustSignIn(prefix, email)
			return c
		}
		tess, olga := signIn("/portal", w.Tess.Email), signIn("/portal", w.Olga.Email)
		carol, otis := signIn("/hiring", w.Carol.Email), signIn("/hiring", w.Otis.Email)
		y, wk := domain.DateOf(time.Now().UTC()).ISOWeek()
		monday := domain.MondayOfISOWeek(y, wk)
		py, pw := monday.AddDays(-7).ISOWeek()
		week := fmt.Sprintf("/portal/timesheets/%d/%d/%d", w.Placement.ID, y, wk)
		last := fmt.Sprintf("/portal/timesheets/%d/%d/%d", w.Placement.ID, py, pw)

		want(t, "copy with nothing", tess.Post(week, url.Values{"action": {"copy"}}), http.StatusUnprocessableEntity, "Last week has no timesheet to copy.")
		prev := fullWeek(w, monday.AddDays(-7), "6")
		prev.Set("action", "save")
		want(t, "save last week", tess.Post(last, prev), http.StatusSeeOther)
		want(t, "previous link", tess.Get(week), http.StatusOK, `href="`+last+`"`)
		want(t, "next link", tess.Get(last), http.StatusOK, `href="`+week+`"`)
		want(t, "copy", tess.Post(week, url.Values{"action": {"copy"}}), http.StatusSeeOther)
		want(t, "copied", tess.Get(week), http.StatusOK, `value="6"`, "30.00")

		want(t, "other's upload", upload(t, olga, week+"/attachments", "receipt.txt", []byte("parking 12.50")), http.StatusNotFound)
		want(t, "refused type", upload(t, tess, week+"/attachments", "x.exe", []byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00")),
			http.StatusUnsupportedMediaType)
		want(t, "upload", upload(t, tess, week+"/attachments", "receipt.txt", []byte("parking 12.50")), http.StatusSeeOther)
		want(t, "receipt listed", tess.Get(week), http.StatusOK, "receipt.txt")
		send := url.Values{"action": {"send"}}
		for k, v := range fullWeek(w, monday, "6") {
			send[k] = v
		}
		want(t, "send", tess.Post(week, send), http.StatusSeeOther)

		ts, err := env.Store.TimesheetForWeek(env.Acme.Ctx, w.Placement.ID, y, wk)
		if err != nil {
			t.Fatal(err)
		}
		atts, err := env.Store.Attachments(env.Acme.Ctx, domain.SubjectTimesheet, ts.ID)
		if err != nil || len(atts) != 1 {
			t.Fatalf("attachments: %v %v", atts, err)
		}
		file := fmt.Sprintf("/hiring/timesheets/%d/attachments/%d", ts.ID, atts[0].ID)
		want(t, "contact sees file", carol.Get(fmt.Sprintf("/hiring/timesheets/%d", ts.ID)), http.StatusOK, `href="`+file+`"`)
		want(t, "download", carol.Get(file), http.StatusOK, "parking 12.50")
		want(t, "other contact download", otis.Get(file), http.StatusNotFound)
	})
}
