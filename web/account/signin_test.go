package account_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// B4: on every surface, a wrong password of a known account and any password
// of an unknown one get the same answer, and so does a reset request.
func TestSameAnswerKnownUnknown_B4(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	group := env.Acme.PortalGroup(t, env.Store)
	cand := env.Acme.Candidate(t, env.Store, "Kim", "Known")
	env.Acme.GiveCredentials(t, env.Store, domain.AudiencePortal, cand.ID)
	contact := env.Acme.Contact(t, env.Store, "Karl", "Known", group.ID)
	env.Acme.GiveCredentials(t, env.Store, domain.AudienceHiring, contact.ID)
	known := map[string]string{"/office": env.Acme.Recruiter.Email, "/portal": cand.Email, "/hiring": contact.Email}
	const unknown = "nobody@nowhere.test"
	for prefix, email := range known {
		c := env.Client(t)
		wrong := c.SignIn(prefix, email, "not the password at all")
		none := c.SignIn(prefix, unknown, "not the password at all")
		if wrong.Status != http.StatusUnauthorized || none.Status != wrong.Status ||
			none.Body != strings.ReplaceAll(wrong.Body, email, unknown) {
			t.Errorf("%s: sign-in answers differ: %d / %d", prefix, wrong.Status, none.Status)
		}
		r1 := c.Post(prefix+"/reset", url.Values{"email": {email}})
		r2 := c.Post(prefix+"/reset", url.Values{"email": {unknown}})
		if r1.Status != http.StatusOK || r2.Status != r1.Status || r2.Body != strings.ReplaceAll(r1.Body, email, unknown) {
			t.Errorf("%s: reset answers differ: %d / %d", prefix, r1.Status, r2.Status)
		}
		if !strings.Contains(r1.Body, "If an account exists") {
			t.Errorf("%s: reset answer: %s", prefix, r1.Body)
		}
	}
	// Only the known accounts got a mail.
	mails, _, _ := env.Store.Mails(env.Acme.Ctx, 50, 0)
	if len(mails) != 3 {
		t.Fatalf("%d reset mails, want 3", len(mails))
	}
	for _, m := range mails {
		if m.To == unknown {
			t.Fatal("a mail went to an unknown address")
		}
	}
}

// B4: password reset by e-mail on the back office: the link sets a new
// password, ends the sessions, and works once.
func TestOfficePasswordReset_B4(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	signedIn := env.Recruiter(t)
	c := env.Client(t)
	if res := c.Get("/office/reset"); res.Status != http.StatusOK || !strings.Contains(res.Body, `name="email"`) {
		t.Fatalf("reset form: %d", res.Status)
	}
	c.Post("/office/reset", url.Values{"email": {env.Acme.Recruiter.Email}})
	link, m := env.MailLink(t, env.Acme, env.Acme.Recruiter.Email)
	if !strings.Contains(link, "/office/password/set?token=") || !strings.Contains(m.Subject, "Reset") {
		t.Fatalf("reset mail: %s %s", m.Subject, link)
	}
	token := link[strings.Index(link, "token=")+6:]
	if res := c.Post("/office/password/set", url.Values{"token": {token}, "password": {newPassword}, "confirm": {newPassword}}); res.Status != http.StatusSeeOther {
		t.Fatalf("set: %d", res.Status)
	}
	if res := signedIn.Get("/office/"); res.Status != http.StatusSeeOther {
		t.Fatalf("old session survived the reset: %d", res.Status)
	}
	if res := c.SignIn("/office", env.Acme.Recruiter.Email, webtest.Password); res.Status != http.StatusUnauthorized {
		t.Fatalf("old password still works: %d", res.Status)
	}
	if res := c.SignIn("/office", env.Acme.Recruiter.Email, newPassword); res.Status != http.StatusSeeOther {
		t.Fatalf("new password: %d", res.Status)
	}
	if res := c.Post("/office/password/set", url.Values{"token": {token}, "password": {newPassword}, "confirm": {newPassword}}); res.Status != http.StatusGone {
		t.Fatalf("reset link used twice: %d", res.Status)
	}
}

// B1 B2: one browser signed in as a candidate and as a contact at the same
// time keeps two sessions apart; each cookie opens only its own surface.
func TestTwoAudiencesApart_B1_B2(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	group := env.Acme.PortalGroup(t, env.Store)
	cand := env.Acme.Candidate(t, env.Store, "Cato", "Candidate")
	env.Acme.GiveCredentials(t, env.Store, domain.AudiencePortal, cand.ID)
	contact := env.Acme.Contact(t, env.Store, "Cora", "Contact", group.ID)
	env.Acme.GiveCredentials(t, env.Store, domain.AudienceHiring, contact.ID)

	onlyPortal := env.Client(t)
	onlyPortal.MustSignIn("/portal", cand.Email)
	if res := onlyPortal.Get("/hiring/"); res.Status != http.StatusSeeOther || !strings.HasPrefix(res.Location, "/hiring/signin") {
		t.Fatalf("a candidate's session opened the Hiring Portal: %d", res.Status)
	}
	if res := onlyPortal.Get("/office/"); res.Status != http.StatusSeeOther {
		t.Fatalf("a candidate's session opened the back office: %d", res.Status)
	}
	// The contact's id may equal a candidate's: the audience keeps them apart.
	if res := onlyPortal.SignIn("/hiring", cand.Email, webtest.Password); res.Status != http.StatusUnauthorized {
		t.Fatalf("a candidate signed in to the Hiring Portal: %d", res.Status)
	}

	both := env.Client(t)
	both.MustSignIn("/portal", cand.Email)
	res := both.Post("/hiring/signin", url.Values{"email": {contact.Email}, "password": {webtest.Password}})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("contact sign-in: %d", res.Status)
	}
	portal, hiring := both.Get("/portal/"), both.Get("/hiring/")
	if !strings.Contains(portal.Body, "Cato Candidate") || strings.Contains(portal.Body, "Cora Contact") {
		t.Fatalf("portal shows the wrong person:\n%s", portal.Body)
	}
	if !strings.Contains(hiring.Body, "Cora Contact") || strings.Contains(hiring.Body, "Cato Candidate") {
		t.Fatalf("hiring shows the wrong person:\n%s", hiring.Body)
	}
	if res := both.Post("/portal/signout", nil); res.Status != http.StatusSeeOther {
		t.Fatalf("sign out: %d", res.Status)
	}
	if res := both.Get("/portal/"); res.Status != http.StatusSeeOther {
		t.Fatalf("portal after sign-out: %d", res.Status)
	}
	if res := both.Get("/hiring/"); res.Status != http.StatusOK {
		t.Fatalf("signing out of the portal ended the Hiring Portal session: %d", res.Status)
	}
}

// E1: the Hiring Portal speaks the contact's language.
func TestHiringSpeaksContactLanguage_E1(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	group := env.Acme.PortalGroup(t, env.Store)
	contact := env.Acme.Contact(t, env.Store, "Nina", "Nederlands", group.ID)
	contact.Language = "nl"
	if err := env.Store.UpdateContact(env.Acme.Ctx, &contact); err != nil {
		t.Fatal(err)
	}
	env.Acme.GiveCredentials(t, env.Store, domain.AudienceHiring, contact.ID)
	c := env.Client(t)
	c.MustSignIn("/hiring", contact.Email)
	if res := c.Get("/hiring/"); !strings.Contains(res.Body, "Welkom, Nina Nederlands") || !strings.Contains(res.Body, `lang="nl"`) {
		t.Fatalf("not in Dutch:\n%s", res.Body)
	}
}

// B4: too many failed sign-ins for one account, or from one address, and too
// many reset requests get 429 with a clear message, even with the right
// password.
func TestRateLimits_B4(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	cand := env.Acme.Candidate(t, env.Store, "Rita", "Rate")
	env.Acme.GiveCredentials(t, env.Store, domain.AudiencePortal, cand.ID)
	c := env.Client(t)
	for i := 0; i < 10; i++ {
		if res := c.SignIn("/portal", cand.Email, "wrong password "+id(int64(i))); res.Status != http.StatusUnauthorized {
			t.Fatalf("failure %d: %d", i+1, res.Status)
		}
	}
	res := c.SignIn("/portal", cand.Email, webtest.Password)
	if res.Status != http.StatusTooManyRequests || !strings.Contains(res.Body, "Too many attempts") {
		t.Fatalf("after 10 failures: %d", res.Status)
	}
	// Another account from the same address is not blocked yet.
	if res := c.SignIn("/office", env.Acme.Recruiter.Email, webtest.Password); res.Status != http.StatusSeeOther {
		t.Fatalf("another account: %d", res.Status)
	}
	for i := 0; i < 5; i++ {
		if res := c.Post("/portal/reset", url.Values{"email": {"someone@else.test"}}); res.Status != http.StatusOK {
			t.Fatalf("reset %d: %d", i+1, res.Status)
		}
	}
	if res := c.Post("/portal/reset", url.Values{"email": {"someone@else.test"}}); res.Status != http.StatusTooManyRequests || !strings.Contains(res.Body, "Too many attempts") {
		t.Fatalf("6th reset: %d", res.Status)
	}
	// Per address, within one surface: 50 failures over many accounts block
	// the address in the Hiring Portal, not in the back office.
	for i := 0; i < 50; i++ {
		c.SignIn("/hiring", "guess"+id(int64(i))+"@x.test", "wrong password")
	}
	if res := c.SignIn("/hiring", "fresh@x.test", "wrong password"); res.Status != http.StatusTooManyRequests {
		t.Fatalf("address not limited after 50 failures: %d", res.Status)
	}
	if res := c.SignIn("/office", env.Acme.Recruiter.Email, webtest.Password); res.Status != http.StatusSeeOther {
		t.Fatalf("the back office is limited by the Hiring Portal's failures: %d", res.Status)
	}
	limited, _, _ := env.Store.AuditEntries(env.Acme.Ctx, store.AuditFilter{Action: "sign_in_limited"})
	if len(limited) == 0 {
		t.Fatal("limited sign-ins are not in the audit log")
	}
}

// F4 B4: sign-in successes and failures, reset requests and password changes
// are in the audit log with tenant, who (or the address tried), when and
// from where, and no entry holds a password.
func TestAuditOfAccounts_F4_B4(t *testing.T) {
	db := storetest.SQLite(t)
	env := webtest.New(t, db)
	cand := env.Acme.Candidate(t, env.Store, "Otto", "Audit")
	env.Acme.GiveCredentials(t, env.Store, domain.AudiencePortal, cand.ID)
	c := env.Client(t)
	const wrong = "my-secret-wrong-guess"
	c.SignIn("/portal", cand.Email, wrong)
	c.SignIn("/portal", "ghost@nowhere.test", wrong)
	c.MustSignIn("/portal", cand.Email)
	c.Post("/portal/reset", url.Values{"email": {cand.Email}})
	if res := c.Post("/portal/security/password", url.Values{"current": {webtest.Password}, "password": {newPassword}, "confirm": {newPassword}}); res.Status != http.StatusSeeOther {
		t.Fatalf("change password: %d %s", res.Status, res.Body)
	}
	entries, _, err := env.Store.AuditEntries(env.Acme.Ctx, store.AuditFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]domain.AuditEntry{}
	for _, e := range entries {
		if e.TenantID != env.Acme.Tenant.ID || e.RemoteAddr != "127.0.0.1" || e.At.IsZero() {
			t.Errorf("entry %s lacks tenant, address or time: %+v", e.Action, e)
		}
		if _, ok := seen[e.Action+e.ActorName]; !ok {
			seen[e.Action+e.ActorName] = e
		}
	}
	for _, want := range []string{"sign_in_failed" + cand.Email, "sign_in_failedghost@nowhere.test", "sign_inOtto Audit",
		"password_reset_requestedOtto Audit", "password_changedOtto Audit"} {
		if _, ok := seen[want]; !ok {
			t.Errorf("no audit entry %q in %v", want, entries)
		}
	}
	if e := seen["sign_inOtto Audit"]; e.ActorKind != domain.AudiencePortal || e.ActorID != cand.ID {
		t.Errorf("sign-in entry names the wrong person: %+v", e)
	}
	var leaks int
	for _, pw := range []string{wrong, webtest.Password, newPassword} {
		var n int
		if err := db.Raw().QueryRow(`SELECT COUNT(*) FROM audit_log WHERE detail LIKE $1 OR actor_name LIKE $1 OR action LIKE $1`, "%"+pw+"%").Scan(&n); err != nil {
			t.Fatal(err)
		}
		leaks += n
	}
	if leaks != 0 {
		t.Fatalf("%d audit entries hold a password", leaks)
	}
}

// B4: a password change ends the person's other sessions; disabling a
// recruiter ends its sessions.
func TestPasswordChangeAndDisableEndSessions_B4(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	cand := env.Acme.Candidate(t, env.Store, "Sam", "Sessions")
	env.Acme.GiveCredentials(t, env.Store, domain.AudiencePortal, cand.ID)
	a, b := env.Client(t), env.Client(t)
	a.MustSignIn("/portal", cand.Email)
	b.MustSignIn("/portal", cand.Email)
	if res := a.Post("/portal/security/password", url.Values{"current": {"wrong current pw"}, "password": {newPassword}, "confirm": {newPassword}}); res.Status != http.StatusUnprocessableEntity {
		t.Fatalf("wrong current password: %d", res.Status)
	}
	if res := a.Post("/portal/security/password", url.Values{"current": {webtest.Password}, "password": {newPassword}, "confirm": {newPassword}}); res.Status != http.StatusSeeOther {
		t.Fatalf("change: %d", res.Status)
	}
	if res := b.Get("/portal/"); res.Status != http.StatusSeeOther {
		t.Fatalf("other session survived a password change: %d", res.Status)
	}
	if res := a.Get("/portal/"); res.Status != http.StatusOK {
		t.Fatalf("the changer was signed out: %d", res.Status)
	}

	rec := env.Recruiter(t)
	if err := env.Store.SetUserActive(env.Acme.Ctx, env.Acme.Recruiter.ID, false); err != nil {
		t.Fatal(err)
	}
	if res := rec.Get("/office/"); res.Status != http.StatusSeeOther {
		t.Fatalf("disabled recruiter still in: %d", res.Status)
	}
	if res := rec.SignIn("/office", env.Acme.Recruiter.Email, webtest.Password); res.Status != http.StatusUnauthorized {
		t.Fatalf("disabled recruiter signed in: %d", res.Status)
	}
}
