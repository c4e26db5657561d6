package main

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
)

// signInPage signs in concurrently, round robin over the demo accounts: the
// run that shows what password hashing does to memory.
func (b *bench) signInPage() page {
	return page{name: fmt.Sprintf("sign-in (%d concurrent)", b.cfg.signIns), ref: refNone, clients: b.cfg.signIns,
		next: func(w, i int) request {
			a := accounts[(w+i)%len(accounts)]
			return signInRequest(a.prefix, a.email)
		}}
}

// writePages are the writes that send a mail: a Hiring Portal message, and
// timesheets sent by the candidate and rejected by the contact in turn,
// each client on a week of its own.
func (b *bench) writePages(ctx context.Context) ([]page, error) {
	message := page{name: "hiring message (write + mail)", ref: refNone, rate: writeRate,
		next: func(w, i int) request {
			return request{method: http.MethodPost, path: "/hiring/contact", cookie: b.cookies["contact"], want: http.StatusSeeOther,
				form: url.Values{"subject": {"Load test"}, "body": {fmt.Sprintf("Message %d of client %d.", i, w)}}}
		}}
	cyc, err := b.timesheetCycle(ctx)
	if err != nil {
		return nil, err
	}
	return []page{message, cyc}, nil
}

var hoursField = regexp.MustCompile(`name="(h_(\d+)_\d{4}-\d{2}-\d{2})"`)

// timesheetCycle prepares one week of the demo placement per client (sent
// once and rejected, so that each starts from a rejected week) and returns
// the page that sends and rejects them in turn.
func (b *bench) timesheetCycle(ctx context.Context) (page, error) {
	var weeks []week
	for i, w := range b.fx.weeks {
		if i > 0 && w.status != "approved" { // the first week may start mid-week
			weeks = append(weeks, w)
		}
	}
	if len(weeks) == 0 {
		return page{}, fmt.Errorf("the demo placement has no week left to send")
	}
	weeks = weeks[:min(len(weeks), b.cfg.clients)]
	c := newClient(1)
	call := func(req request) error {
		res, body, err := do(ctx, c, b.srv.url, req)
		if err != nil {
			return err
		}
		if res.StatusCode != req.want {
			return fmt.Errorf("%s %s: status %d: %.300s", req.method, req.path, res.StatusCode, body)
		}
		return nil
	}
	reject := func(id int64) request {
		return request{method: http.MethodPost, path: fmt.Sprintf("/hiring/timesheets/%d/decision", id), cookie: b.cookies["contact"],
			want: http.StatusSeeOther, label: "timesheet reject (write + mail)",
			form: url.Values{"decision": {"reject"}, "comment": {"Please check the hours (load test)."}}}
	}
	for _, w := range weeks {
		if w.status == "sent" {
			if err := call(reject(w.timesheetID)); err != nil {
				return page{}, fmt.Errorf("prepare week %d-%d: %w", w.year, w.week, err)
			}
		}
	}
	sends := make([]request, len(weeks))
	for i, w := range weeks {
		path := fmt.Sprintf("/portal/timesheets/%d/%d/%d", b.fx.placementID, w.year, w.week)
		res, body, err := do(ctx, c, b.srv.url, b.get("candidate", path))
		if err != nil || res.StatusCode != http.StatusOK {
			return page{}, fmt.Errorf("week page %s: %v %v", path, err, res)
		}
		form := url.Values{"action": {"send"}}
		var typeID string
		for _, m := range hoursField.FindAllStringSubmatch(string(body), -1) {
			if typeID == "" {
				typeID = m[2]
			}
			if m[2] == typeID && len(form) <= 5 {
				form.Set(m[1], "8")
			}
		}
		if typeID == "" {
			return page{}, fmt.Errorf("week page %s has no hours to fill in", path)
		}
		sends[i] = request{method: http.MethodPost, path: path, form: form, cookie: b.cookies["candidate"],
			want: http.StatusSeeOther, label: "timesheet send (write + mail)"}
		if err := call(sends[i]); err != nil {
			return page{}, fmt.Errorf("prepare week %d-%d: %w", w.year, w.week, err)
		}
	}
	db, err := openDB(ctx, b.cfg)
	if err != nil {
		return page{}, err
	}
	err = b.fx.refreshWeeks(ctx, db.Raw())
	db.Close()
	if err != nil {
		return page{}, err
	}
	ids := map[[2]int]int64{}
	for _, w := range b.fx.weeks {
		ids[[2]int{w.year, w.week}] = w.timesheetID
	}
	rejects := make([]request, len(weeks))
	for i, w := range weeks {
		rejects[i] = reject(ids[[2]int{w.year, w.week}])
		if err := call(rejects[i]); err != nil {
			return page{}, fmt.Errorf("prepare week %d-%d: %w", w.year, w.week, err)
		}
	}
	fmt.Fprintf(b.out, "  timesheets: %d clients, each sending and rejecting a week of its own\n", len(weeks))
	return page{name: "timesheet send and reject (write + mail)", ref: refNone, rate: writeRate, clients: len(weeks),
		next: func(w, i int) request {
			if i%2 == 0 {
				return sends[w]
			}
			return rejects[w]
		}}, nil
}
