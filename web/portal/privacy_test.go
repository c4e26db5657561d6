package portal_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// C6: the candidate sees no consent, gives it in one click (a ledger entry
// with the text version and until when), sees it, withdraws it in one
// click, and can give it again; the ledger keeps every entry.
func TestConsentGiveWithdraw_C6(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		want(t, f.client.Get("/portal/consent"), http.StatusOK, `id="consent-none"`, `id="consent-give"`, domain.ConsentTextVersion)
		seeOther(t, f.client.Post("/portal/consent/give", nil))
		ledger, err := f.st.Consents(f.a.Ctx, f.me.ID)
		if err != nil || len(ledger) != 1 || ledger[0].TextVersion != domain.ConsentTextVersion || ledger[0].WithdrawnAt != nil {
			t.Fatalf("ledger after giving: %+v %v", ledger, err)
		}
		until := ledger[0].ValidUntil
		if y := until.Time().Year() - ledger[0].GivenAt.Year(); y != 3 {
			t.Fatalf("valid for %d years, want the 3 of the retention setting", y)
		}
		res := f.client.Get("/portal/consent")
		want(t, res, http.StatusOK, `id="consent-withdraw"`, "Given", until.String(), ledger[0].GivenAt.Format("2006-01-02"))
		lacks(t, res, `id="consent-give"`)

		seeOther(t, f.client.Post("/portal/consent/withdraw", nil))
		ledger, _ = f.st.Consents(f.a.Ctx, f.me.ID)
		if len(ledger) != 1 || ledger[0].WithdrawnAt == nil {
			t.Fatalf("ledger after withdrawing: %+v", ledger)
		}
		want(t, f.client.Get("/portal/consent"), http.StatusOK, "Withdrawn", `id="consent-give"`)
		seeOther(t, f.client.Post("/portal/consent/give", nil))
		if ledger, _ = f.st.Consents(f.a.Ctx, f.me.ID); len(ledger) != 2 {
			t.Fatalf("ledger keeps every entry: %+v", ledger)
		}
		entries, _, _ := f.st.AuditEntries(f.a.Ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: f.me.ID, Action: "consent_withdrawn"})
		if len(entries) != 1 {
			t.Fatalf("withdrawal not audited: %+v", entries)
		}
		// The back office sees the ledger on the candidate's privacy page.
		want(t, f.env.Recruiter(t).Get(fmt.Sprintf("/office/candidates/%d/privacy", f.me.ID)), http.StatusOK, domain.ConsentTextVersion)
	})
}

// C9: under the name top right → Privacy, six requests; each stores the
// request with its date and status and queues a confirmation to the
// candidate and a notice to its owner; the back office lists it.
func TestPrivacyRequests_C9(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		home := f.client.Get("/portal/")
		want(t, home, http.StatusOK, `<summary id="person-menu"><span class="who">Demi Demo</span></summary>`, `href="/portal/privacy"`)
		res := f.client.Get("/portal/privacy")
		for _, r := range domain.PrivacyRights {
			want(t, res, http.StatusOK, fmt.Sprintf(`<label for="right-%s">`, r))
		}
		want(t, res, http.StatusOK, `<label for="f-message">`)

		// Unknown right: refused, nothing stored, no mail.
		want(t, f.client.Post("/portal/privacy", url.Values{"right": {"everything"}}), http.StatusUnprocessableEntity, `id="e-right"`)
		if mails, _, _ := f.st.Mails(f.a.Ctx, 50, 0); len(mails) != 0 {
			t.Fatalf("a refused request sent mail: %d", len(mails))
		}

		for _, r := range domain.PrivacyRights {
			seeOther(t, f.client.Post("/portal/privacy", url.Values{"right": {string(r)}, "message": {"About " + string(r)}}))
		}
		reqs, _, err := f.st.PrivacyRequests(f.a.Ctx, store.PrivacyRequestFilter{CandidateID: f.me.ID})
		if err != nil || len(reqs) != 6 {
			t.Fatalf("requests: %d %v", len(reqs), err)
		}
		for _, r := range reqs {
			if r.Status != domain.PrivacyReceived || r.Message != "About "+string(r.Right) || r.DueAt.Before(r.ReceivedAt) {
				t.Fatalf("request %+v", r)
			}
		}
		mails, _, _ := f.st.Mails(f.a.Ctx, 50, 0)
		toCandidate, toOwner := 0, 0
		for _, m := range mails {
			switch m.To {
			case f.me.Email:
				toCandidate++
			case f.a.Recruiter.Email:
				toOwner++
				if !strings.Contains(m.Body, "Demi Demo") {
					t.Fatalf("notice does not name the candidate:\n%s", m.Body)
				}
			}
		}
		if toCandidate != 6 || toOwner != 6 {
			t.Fatalf("mails: %d to the candidate, %d to the owner; want 6 and 6", toCandidate, toOwner)
		}
		want(t, f.client.Get("/portal/privacy"), http.StatusOK, `id="privacy-requests"`, "Erasure: delete my data")
		want(t, f.env.Recruiter(t).Get("/office/privacy"), http.StatusOK, "Demi Demo")
	})
}

// C9: a Dutch candidate gets the portal and its confirmation in Dutch.
func TestPrivacyRequestDutch_C9(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		seeOther(t, f.client.Post("/portal/profile", url.Values{"language": {"nl"}}))
		want(t, f.client.Get("/portal/privacy"), http.StatusOK, `<html lang="nl">`, "Vergetelheid")
		seeOther(t, f.client.Post("/portal/privacy", url.Values{"right": {"access"}}))
		mails, _, _ := f.st.Mails(f.a.Ctx, 50, 0)
		for _, m := range mails {
			if m.To == f.me.Email && !strings.Contains(strings.ToLower(m.Subject+m.Body), "inzage") {
				t.Fatalf("Dutch confirmation does not name the right in Dutch:\n%s\n%s", m.Subject, m.Body)
			}
		}
	})
}

// C8: the footer's privacy statement is the agency's link for the
// language, else the main office's privacy_<lang> document, else /privacy.
func TestPrivacyStatementFooter_C8(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		want(t, f.client.Get("/portal/"), http.StatusOK, `href="/portal/privacy-statement?lang=en"`)
		anon := f.env.Client(t)
		want(t, anon.Get("/portal/signin"), http.StatusOK, `href="/portal/privacy-statement?lang=en"`)

		res := f.client.Get("/portal/privacy-statement?lang=nl")
		if res.Status != http.StatusSeeOther || res.Location != "/privacy" {
			t.Fatalf("no statement anywhere: %d %q", res.Status, res.Location)
		}
		office := domain.Company{OwnerID: f.a.Recruiter.ID, Kind: domain.CompanyMainOffice, Name: "Acme HQ"}
		if err := f.st.CreateCompany(f.a.Ctx, &office); err != nil {
			t.Fatal(err)
		}
		nl := f.attachmentType(t, "Privacyverklaring NL", domain.TypeCodePrivacyNL, false)
		f.attach(t, domain.SubjectCompany, office.ID, nl, "privacyverklaring.txt", "Wij beschermen uw gegevens.")
		res = anon.Get("/portal/privacy-statement?lang=nl")
		want(t, res, http.StatusOK, "Wij beschermen uw gegevens.")
		if !strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment;") {
			t.Fatalf("statement not a download: %q", res.Header.Get("Content-Disposition"))
		}
		// No English document: the application's page.
		if res := anon.Get("/portal/privacy-statement?lang=en"); res.Location != "/privacy" {
			t.Fatalf("English without document: %d %q", res.Status, res.Location)
		}
		f.settings(t, func(s *domain.Settings) { s.PrivacyURL = map[string]string{"nl": "https://acme.example/privacy-nl"} })
		if res := anon.Get("/portal/privacy-statement?lang=nl"); res.Status != http.StatusSeeOther || res.Location != "https://acme.example/privacy-nl" {
			t.Fatalf("link setting: %d %q", res.Status, res.Location)
		}
	})
}

// C7: 'hours per week' as an SVG bar chart with a title, a description and
// a table of the same figures, from the candidate's own timesheets; not
// shown when the agency did not enable it.
func TestReportsHoursPerWeek_C7(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		rec := f.a.Records(t, f.st)
		lines := func(ts domain.Timesheet, minutes ...int) {
			var ls []domain.TimesheetLine
			monday := domain.MondayOfISOWeek(ts.Year, ts.Week)
			for i, m := range minutes {
				ls = append(ls, domain.TimesheetLine{DeclarationTypeID: rec.DeclarationType.ID, Day: monday.AddDays(i), Minutes: m})
			}
			if err := f.st.SaveTimesheetLines(f.a.Ctx, ts.ID, ls); err != nil {
				t.Fatal(err)
			}
		}
		lines(rec.Timesheet, 480, 480, 450)
		week4 := domain.Timesheet{PlacementID: rec.Placement.ID, Year: 2026, Week: 4, Status: domain.TimesheetDraft}
		if err := f.st.CreateTimesheet(f.a.Ctx, &week4); err != nil {
			t.Fatal(err)
		}
		lines(week4, 240)
		f.a.GiveCredentials(t, f.st, domain.AudiencePortal, rec.Candidate.ID)
		c := f.env.Client(t)
		c.MustSignIn("/portal", rec.Candidate.Email)
		res := c.Get("/portal/reports")
		want(t, res, http.StatusOK, `<svg class="chart"`, `role="img"`, `<title id="chart-title">Hours per week</title>`,
			`<desc id="chart-desc">`, `id="hours-table"`, "2026-W03", "23.50", "2026-W04", "4.00", `<rect class="bar"`)
		lacks(t, res, "<script")
		// Demi has no timesheets: no bars, a sentence.
		want(t, f.client.Get("/portal/reports"), http.StatusOK, "No hours have been recorded yet.")
		f.settings(t, func(s *domain.Settings) { s.PortalReports = nil })
		res = c.Get("/portal/reports")
		want(t, res, http.StatusOK, "No reports are available.")
		lacks(t, res, "<svg")
	})
}

// B1: a candidate whose status is not in the 'full profile' set sees the
// reduced page (name, documents, privacy); the other sections are not
// found. The timesheets entry point shows only with the timesheets grant.
func TestReducedPortal_B1(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		setStatus := func(full, timesheets bool) {
			t.Helper()
			st := domain.CandidateStatus{Name: fmt.Sprintf("S %v %v", full, timesheets), FullProfile: full, Timesheets: timesheets}
			if err := f.st.SaveCandidateStatus(f.a.Ctx, &st); err != nil {
				t.Fatal(err)
			}
			c := f.candidate(t)
			c.StatusID = st.ID
			if err := f.st.UpdateCandidate(f.a.Ctx, &c); err != nil {
				t.Fatal(err)
			}
		}
		want(t, f.client.Get("/portal/"), http.StatusOK, `id="tile-profile"`, `id="tile-timesheets"`, `id="tile-reports"`)

		setStatus(false, false)
		home := f.client.Get("/portal/")
		want(t, home, http.StatusOK, "Demi Demo", `id="reduced"`, `id="tile-documents"`, `id="tile-privacy"`, `id="person-menu"`)
		lacks(t, home, `id="tile-profile"`, `id="tile-availability"`, `id="tile-cv"`, `id="tile-recruiter"`, `id="tile-reports"`, `id="tile-timesheets"`)
		for _, p := range []string{"/portal/profile", "/portal/availability", "/portal/cv", "/portal/recruiter", "/portal/reports", "/portal/experiences/new"} {
			want(t, f.client.Get(p), http.StatusNotFound)
		}
		want(t, f.client.Post("/portal/profile", url.Values{"first_name": {"X"}}), http.StatusNotFound)
		if c := f.candidate(t); c.FirstName != "Demi" {
			t.Fatalf("reduced candidate changed its profile: %q", c.FirstName)
		}
		for _, p := range []string{"/portal/documents", "/portal/privacy", "/portal/consent"} {
			want(t, f.client.Get(p), http.StatusOK)
		}

		setStatus(false, true)
		want(t, f.client.Get("/portal/"), http.StatusOK, `id="tile-timesheets"`, `id="reduced"`)
		setStatus(true, false)
		home = f.client.Get("/portal/")
		want(t, home, http.StatusOK, `id="tile-profile"`)
		lacks(t, home, `id="tile-timesheets"`, `id="reduced"`)
	})
}

// F2 in the portal: while the candidate has restricted the processing of
// its data, its profile, entries, availability and files stay as they are
// (with a message in its words); consent and privacy requests still work.
func TestRestrictedCandidateKeepsData_C1_C9(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		if _, err := db.Raw().Exec(`UPDATE candidates SET restricted = $1 WHERE id = $2`, true, f.me.ID); err != nil {
			t.Fatal(err)
		}
		want(t, f.client.Post("/portal/profile", url.Values{"first_name": {"Changed"}}), http.StatusConflict, "restrict the processing")
		want(t, f.client.Post("/portal/availability", url.Values{"available_hours": {"10"}}), http.StatusConflict)
		want(t, f.client.Post("/portal/skills", url.Values{"name": {"Go"}}), http.StatusConflict)
		want(t, upload(t, f.client, "/portal/cv", "cv.pdf", pdf, nil), http.StatusConflict)
		if c := f.candidate(t); c.FirstName != "Demi" || c.AvailableHours != 0 {
			t.Fatalf("restricted candidate changed: %+v", c)
		}
		seeOther(t, f.client.Post("/portal/consent/give", nil))
		seeOther(t, f.client.Post("/portal/privacy", url.Values{"right": {"restriction"}}))
	})
}
