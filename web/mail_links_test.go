package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

var linkInMail = regexp.MustCompile(`\S+://\S+|\s/[a-z]+/\S*`)

// mailLinks walks every kind of mail the application sends: each step
// makes a mail the way a person or a job does, and every link in it is
// checked absolute, on the agency's configured address, and followed as its
// recipient (through any redirects) to a page that answers 200.
type mailLinks struct {
	t       *testing.T
	env     *webtest.Env
	roots   map[domain.ID]string // agency → the root its links must start with
	hosts   map[domain.ID]string // agency → the Host header of its requests
	seen    map[domain.ID]domain.ID
	covered []string
}

// expect checks the mails of agency a made since the last step: one for
// each recipient, each link followed with that recipient's client.
func (ml *mailLinks) expect(key string, a webtest.Agency, readers map[string]*webtest.Client) {
	t := ml.t
	t.Helper()
	mails, _, err := ml.env.Store.Mails(a.Ctx, 500, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := 0
	for _, m := range mails {
		if m.ID <= ml.seen[a.Tenant.ID] {
			continue
		}
		got++
		reader, ok := readers[m.To]
		if !ok {
			t.Fatalf("%s: a mail to %s, who was not expected", key, m.To)
		}
		if bare := linkInMail.FindAllString(" "+m.Body, -1); len(bare) == 0 && key != "privacy_request_extended" {
			t.Fatalf("%s: no link in the mail to %s:\n%s", key, m.To, m.Body)
		}
		for _, link := range linkInMail.FindAllString(" "+m.Body, -1) {
			link = strings.TrimSpace(link)
			if !strings.HasPrefix(link, ml.roots[a.Tenant.ID]+"/") {
				t.Fatalf("%s: link %q in the mail to %s does not start with the agency's address %s", key, link, m.To, ml.roots[a.Tenant.ID])
			}
			ml.follow(key, a, reader, strings.TrimPrefix(link, ml.roots[a.Tenant.ID]))
		}
	}
	for _, m := range mails {
		ml.seen[a.Tenant.ID] = max(ml.seen[a.Tenant.ID], m.ID)
	}
	if got != len(readers) {
		t.Fatalf("%s: %d mails, want one to each of %d recipients", key, got, len(readers))
	}
	ml.covered = append(ml.covered, key)
}

// follow opens path as c, following redirects within the site.
func (ml *mailLinks) follow(key string, a webtest.Agency, c *webtest.Client, path string) {
	t := ml.t
	t.Helper()
	c.Host = ml.hosts[a.Tenant.ID]
	start := path
	for range 5 {
		res := c.Get(path)
		switch {
		case res.Status == http.StatusOK:
			return
		case res.Status >= 300 && res.Status < 400:
			loc, err := url.Parse(res.Location)
			if err != nil || loc.Host != "" {
				t.Fatalf("%s: %s redirects off the site to %q", key, start, res.Location)
			}
			path = loc.RequestURI()
		default:
			t.Fatalf("%s: following %s as its recipient gives %d at %s", key, start, res.Status, path)
		}
	}
	t.Fatalf("%s: %s redirects too often", key, start)
}

// G2, B3, B4, C9, D4, D5, E6, E11, F2, G3 (issue 11, finding 2): every kind
// of mail, made as it is in use, carries only absolute links on the
// agency's configured address (its own host name for an agency that has
// one), and each opens its page for the person it was sent to. A kind of
// mail without a step here fails the test.
func TestEveryMailLinkOpensItsPage_G2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		base, _ := url.Parse(env.Server.URL)
		ml := &mailLinks{t: t, env: env, seen: map[domain.ID]domain.ID{},
			roots: map[domain.ID]string{env.Acme.Tenant.ID: env.Server.URL, env.Other.Tenant.ID: "http://other.test:" + base.Port()},
			hosts: map[domain.ID]string{env.Acme.Tenant.ID: "", env.Other.Tenant.ID: "other.test"}}
		acme, other := env.Acme, env.Other
		signIn := func(a webtest.Agency, prefix, email string) *webtest.Client {
			c := env.Client(t)
			c.Host = ml.hosts[a.Tenant.ID]
			c.MustSignIn(prefix, email)
			return c
		}
		anonymous := func() *webtest.Client { return env.Client(t) }

		// Acme: timesheets, privacy and accounts.
		w := acme.TimesheetWorld(t, env.Store)
		tess, carol := signIn(acme, "/portal", w.Tess.Email), signIn(acme, "/hiring", w.Carol.Email)
		rita := env.Recruiter(t)
		admin := env.AdminClient(t)
		y, wk := domain.DateOf(time.Now().UTC()).ISOWeek()
		week := fmt.Sprintf("/portal/timesheets/%d/%d/%d", w.Placement.ID, y, wk)
		send := fullWeek(w, domain.MondayOfISOWeek(y, wk), "8")
		send.Set("action", "send")
		want(t, "send", tess.Post(week, send), http.StatusSeeOther)
		ml.expect("timesheet_sent", acme, map[string]*webtest.Client{w.Carol.Email: carol})
		ts, err := env.Store.TimesheetForWeek(acme.Ctx, w.Placement.ID, y, wk)
		if err != nil {
			t.Fatal(err)
		}
		decide := fmt.Sprintf("/hiring/timesheets/%d/decision", ts.ID)
		want(t, "reject", carol.Post(decide, url.Values{"decision": {"reject"}, "comment": {"Friday was a holiday"}}), http.StatusSeeOther)
		ml.expect("timesheet_rejected", acme, map[string]*webtest.Client{w.Tess.Email: tess})
		want(t, "send again", tess.Post(week, send), http.StatusSeeOther)
		ml.expect("timesheet_sent", acme, map[string]*webtest.Client{w.Carol.Email: carol})
		want(t, "approve", carol.Post(decide, url.Values{"decision": {"approve"}}), http.StatusSeeOther)
		ml.expect("timesheet_approved", acme, map[string]*webtest.Client{w.Tess.Email: tess})
		ly, lw := domainLastWeek(y, wk)
		if n, err := env.App().Service.SendTimesheetReminders(acme.Ctx, ly, lw); err != nil || n != 1 {
			t.Fatalf("reminders: %d %v", n, err)
		}
		ml.expect("timesheet_reminder", acme, map[string]*webtest.Client{w.Tess.Email: tess})

		want(t, "privacy request", tess.Post("/portal/privacy", url.Values{"right": {"access"}, "message": {"What do you keep?"}}), http.StatusSeeOther)
		ml.expect("privacy_request_confirmation+notice", acme, map[string]*webtest.Client{w.Tess.Email: tess, acme.Recruiter.Email: rita})
		ml.covered = append(ml.covered, "privacy_request_confirmation", "privacy_request_notice")
		reqs, _, err := env.Store.PrivacyRequests(acme.Ctx, store.PrivacyRequestFilter{CandidateID: w.Tess.ID})
		if err != nil || len(reqs) != 1 {
			t.Fatalf("requests: %v %v", reqs, err)
		}
		limit := domain.PrivacyExtensionLimit(reqs[0]).Format(time.DateOnly)
		want(t, "extend", rita.Post(fmt.Sprintf("/office/privacy/%d/extend", reqs[0].ID), url.Values{"due_at": {limit}, "reason": {"Archives"}}), http.StatusSeeOther)
		ml.expect("privacy_request_extended", acme, map[string]*webtest.Client{w.Tess.Email: tess})
		want(t, "export", rita.Post(fmt.Sprintf("/office/candidates/%d/privacy/export", w.Tess.ID), url.Values{}), http.StatusSeeOther)
		exports, err := env.Store.PrivacyExports(acme.Ctx, w.Tess.ID)
		if err != nil || len(exports) != 1 {
			t.Fatalf("exports: %v %v", exports, err)
		}
		want(t, "release", rita.Post(fmt.Sprintf("/office/privacy/exports/%d/release", exports[0].ID), url.Values{}), http.StatusOK)
		ml.expect("privacy_export_ready", acme, map[string]*webtest.Client{w.Tess.Email: tess})
		// F2: an erasure request of a held candidate is answered under art. 17(3).
		want(t, "hold", admin.Post(fmt.Sprintf("/office/privacy/retention/%d/hold", w.Tess.ID), url.Values{"kind": {"dispute"}, "reason": {"Wage dispute"}}), http.StatusSeeOther)
		want(t, "erasure request", tess.Post("/portal/privacy", url.Values{"right": {"erasure"}, "message": {"Forget me"}}), http.StatusSeeOther)
		ml.expect("privacy_request_confirmation+notice", acme, map[string]*webtest.Client{w.Tess.Email: tess, acme.Recruiter.Email: rita})
		erasure, _, err := env.Store.PrivacyRequests(acme.Ctx, store.PrivacyRequestFilter{CandidateID: w.Tess.ID, Open: true})
		if err != nil || len(erasure) != 2 {
			t.Fatalf("open requests: %v %v", erasure, err)
		}
		for _, r := range erasure {
			if r.Right == domain.RightErasure {
				want(t, "refuse", rita.Post(fmt.Sprintf("/office/privacy/%d/refuse", r.ID), url.Values{"explanation": {"The court needs the file."}}), http.StatusSeeOther)
			}
		}
		ml.expect("privacy_erasure_refused", acme, map[string]*webtest.Client{w.Tess.Email: tess})

		nina := acme.Candidate(t, env.Store, "Nina", "New")
		want(t, "candidate credentials", rita.Post(fmt.Sprintf("/office/candidates/%d/credentials", nina.ID), nil), http.StatusSeeOther)
		ml.expect("credentials_candidate", acme, map[string]*webtest.Client{nina.Email: anonymous()})
		// Issue 15: the candidate list's bulk mail.
		want(t, "bulk mail", rita.Post("/office/candidates/bulk", url.Values{"action": {"mail"}, "scope": {"selected"},
			"id": {strconv.FormatInt(nina.ID, 10)}}), http.StatusOK)
		ml.expect("candidate_message", acme, map[string]*webtest.Client{nina.Email: anonymous()})
		group, err := env.Store.Settings(acme.Ctx)
		if err != nil {
			t.Fatal(err)
		}
		newContact := acme.Contact(t, env.Store, "Nora", "New", group.PortalGroupID)
		want(t, "contact credentials", rita.Post(fmt.Sprintf("/office/contacts/%d/credentials", newContact.ID), nil), http.StatusSeeOther)
		ml.expect("credentials_contact", acme, map[string]*webtest.Client{newContact.Email: anonymous()})
		want(t, "recruiter link", admin.Post(fmt.Sprintf("/office/settings/users/%d/link", acme.Recruiter.ID), nil), http.StatusSeeOther)
		ml.expect("credentials_recruiter", acme, map[string]*webtest.Client{acme.Recruiter.Email: anonymous()})
		want(t, "reset", anonymous().Post("/hiring/reset", url.Values{"email": {w.Carol.Email}}), http.StatusOK)
		ml.expect("password_reset", acme, map[string]*webtest.Client{w.Carol.Email: anonymous()})

		// The other agency, on its own host name: the Hiring Portal's mails
		// to recruiters.
		hw := other.HiringWorld(t, env.Store, "en")
		x1 := signIn(other, "/hiring", hw.X1.Email)
		theirRecruiter := signIn(other, "/office", other.Recruiter.Email)
		want(t, "decide", x1.Post(fmt.Sprintf("/hiring/candidates/%d/decision", hw.MAnna.ID), url.Values{"decision": {"approve"}, "comment": {"Invite her"}}), http.StatusSeeOther)
		ml.expect("match_decided", other, map[string]*webtest.Client{other.Recruiter.Email: theirRecruiter})
		want(t, "message", x1.Post("/hiring/contact", url.Values{"subject": {"Start date"}, "body": {"Can Anna start in May?"}}), http.StatusSeeOther)
		ml.expect("portal_message_received", other, map[string]*webtest.Client{other.Recruiter.Email: theirRecruiter})
		// Issue 16: an application on the other agency's careers site, to
		// the applicant and the vacancy's owner.
		cw := other.CareersWorld(t, env.Store)
		visitor := anonymous()
		visitor.Host = ml.hosts[other.Tenant.ID]
		applied := url.Values{"first_name": {"Ada"}, "last_name": {"Applicant"}, "email": {"ada@example.test"}, "consent": {"on"}}
		want(t, "apply", visitor.Post(fmt.Sprintf("/jobs/%d/apply", cw.Published[0].ID), applied), http.StatusSeeOther)
		ml.expect("application_confirmation+notice", other, map[string]*webtest.Client{"ada@example.test": anonymous(),
			other.Recruiter.Email: theirRecruiter})
		ml.covered = append(ml.covered, "application_confirmation", "application_notice")

		// Acme again: an invoice to the contact its client names (issue 17).
		iw := acme.InvoiceWorld(t, env.Store)
		ingrid := signIn(acme, "/hiring", iw.Ingrid.Email)
		run := admin.Post("/office/invoice-runs", url.Values{"period": {"2026-01"}})
		want(t, "invoice run", run, http.StatusSeeOther)
		want(t, "confirm run", admin.Post(strings.SplitN(run.Location, "?", 2)[0]+"/confirm", nil), http.StatusSeeOther)
		ml.expect("invoice_issued", acme, map[string]*webtest.Client{iw.Ingrid.Email: ingrid})

		for _, key := range domain.EmailTemplateKeys {
			if !slices.Contains(ml.covered, key) {
				t.Errorf("no step makes a %s mail: add one, so its links are followed", key)
			}
		}
	})
}

// domainLastWeek is the ISO week before (y, w).
func domainLastWeek(y, w int) (int, int) {
	return domain.MondayOfISOWeek(y, w).AddDays(-7).ISOWeek()
}
