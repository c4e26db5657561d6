package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/password"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// inProcess runs `matchpoint serve args…` in this process until stop.
type inProcess struct {
	URL  string
	stop func()
}

func startInProcess(t *testing.T, args ...string) *inProcess {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), pw, io.Discard)
		pw.Close()
	}()
	url := ""
	buf := make([]byte, 0, 4096)
	chunk := make([]byte, 1024)
	for !strings.Contains(string(buf), "Press Ctrl+C") {
		n, err := pr.Read(chunk)
		if err != nil {
			t.Fatalf("serve ended before it served: %v; printed %q", <-done, buf)
		}
		buf = append(buf, chunk[:n]...)
	}
	go io.Copy(io.Discard, pr) //nolint:errcheck // drain the rest
	for _, line := range strings.Split(string(buf), "\n") {
		if rest, ok := strings.CutPrefix(line, "Matchpoint is running on "); ok {
			url = strings.Fields(rest)[0]
		}
	}
	var once sync.Once
	p := &inProcess{URL: url, stop: func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("serve returned %v", err)
				}
			case <-time.After(20 * time.Second):
				t.Error("serve did not stop")
			}
		})
	}}
	t.Cleanup(p.stop)
	return p
}

// Issue 18: two instances on one PostgreSQL database, all equal, no sticky
// sessions. One runs in a process of its own so that it can be killed.
func TestTwoInstancesOnOnePostgres(t *testing.T) {
	dsn := storetest.PostgresURL(t, true)
	ctx := context.Background()
	smtpSrv := newStallingSMTP(t)
	args := []string{"--database-url", dsn, "--tenant", "acme", "--demo=false", "--smtp-url", smtpSrv.URL(),
		"--base-url", "http://jobs.acme.test", "--jobs-every", "200ms"}

	// Both start at once on an empty database: it is migrated once and
	// both serve.
	var a *process
	var b *inProcess
	var wg sync.WaitGroup
	wg.Go(func() { a = startProcess(t, args...) })
	wg.Go(func() { b = startInProcess(t, args...) })
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	db, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var rows, versions int
	if err := db.Raw().QueryRowContext(ctx, `SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_migrations`).Scan(&rows, &versions); err != nil {
		t.Fatal(err)
	}
	if pending, unknown, err := db.MigrationState(ctx); err != nil || len(pending)+len(unknown) > 0 || rows != versions {
		t.Fatalf("after two instances started at once: %d rows for %d versions, pending %v, unknown %v, %v", rows, versions, pending, unknown, err)
	}

	// The agency, made while both run.
	st := db.Store()
	ten := domain.Tenant{Slug: "acme", Name: "Acme Staffing", DefaultLanguage: "en"}
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	hash, err := password.Hash(deployPassword, webtest.FastParams)
	must("hash", err)
	admin := domain.User{Email: "boss@acme.test", Name: "Boss", Role: domain.RoleAdmin, Language: "en", Active: true, PasswordHash: hash}
	var cand domain.Candidate
	var tctx context.Context
	// In one transaction: the instances' reminder job sees the agency
	// whole, with a candidate to remind (a week's run happens once).
	must("agency", st.InTx(ctx, func(tx *store.Store) error {
		if err := tx.CreateTenant(ctx, &ten); err != nil {
			return err
		}
		tctx = store.WithTenant(ctx, ten.ID)
		if err := tx.CreateUser(tctx, &admin); err != nil {
			return err
		}
		cand = reminderDueNow(t, tx, tctx, admin)
		return nil
	}))

	// A session made on one instance is valid on the other.
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.PostForm(a.URL+"/office/signin", url.Values{"email": {"boss@acme.test"}, "password": {deployPassword}})
	must("sign in on A", err)
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign-in on A: %d", res.StatusCode)
	}
	bURL, _ := url.Parse(b.URL)
	aURL, _ := url.Parse(a.URL)
	jar.SetCookies(bURL, jar.Cookies(aURL)) // one site behind a load balancer
	res, err = client.Get(b.URL + "/office/candidates")
	must("page on B", err)
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("A's session on B: %d %s", res.StatusCode, res.Header.Get("Location"))
	}

	// Ten wrong passwords spread over both, then the limit holds on both,
	// the right password included.
	for i := range 10 {
		target := []string{a.URL, b.URL}[i%2]
		res, err := http.PostForm(target+"/office/signin", url.Values{"email": {"boss@acme.test"}, "password": {fmt.Sprint("wrong-", i)}})
		must("wrong sign-in", err)
		res.Body.Close()
		if res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("wrong password %d: %d", i+1, res.StatusCode)
		}
	}
	for _, target := range []string{a.URL, b.URL} {
		res, err := http.PostForm(target+"/office/signin", url.Values{"email": {"boss@acme.test"}, "password": {deployPassword}})
		must("sign-in past the limit", err)
		res.Body.Close()
		if res.StatusCode != http.StatusTooManyRequests {
			t.Fatalf("after ten wrong passwords over both instances: %d, want 429", res.StatusCode)
		}
	}

	// A reminder due now is mailed once, though both look every 200 ms.
	deadline := time.Now().Add(30 * time.Second)
	for smtpSrv.Received(cand.Email) == 0 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(2 * time.Second) // more ticks of both instances
	if got := smtpSrv.Received(cand.Email); got != 1 {
		t.Fatalf("the reminder was delivered %d times", got)
	}
	var queued int
	must("count", db.Raw().QueryRowContext(ctx, `SELECT COUNT(*) FROM outbox WHERE to_addr = $1`, cand.Email).Scan(&queued))
	year, week := lastISOWeek(time.Now())
	claim, err := st.JobClaimOf(tctx, "reminders", fmt.Sprintf("%d-W%02d", year, week))
	if queued != 1 || err != nil || claim.Claims != 1 || claim.FinishedAt == nil {
		t.Fatalf("reminder: %d mails queued; claim %+v %v", queued, claim, err)
	}

	// Killing an instance mid-delivery: A claims the mails and is held by
	// the SMTP server; B (restarted, so that A holds every claim) delivers
	// them once A is killed, within 30 s.
	b.stop()
	smtpSrv.Stall()
	var to []string
	for i := range 6 {
		addr := fmt.Sprintf("kill-%d@example.test", i)
		_, err := mail.Enqueue(tctx, st, mail.Message{To: addr, Language: "en", Key: "password_reset",
			Data: mail.PasswordResetData{Name: "K", Agency: "Acme", Link: "http://jobs.acme.test/r/x", Hours: 1}})
		must("enqueue", err)
		to = append(to, addr)
	}
	deadline = time.Now().Add(30 * time.Second)
	for smtpSrv.Held() < 4 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	var claimed int
	must("claimed", db.Raw().QueryRowContext(ctx, `SELECT COUNT(*) FROM outbox WHERE to_addr LIKE 'kill-%' AND status = 'sending'`).Scan(&claimed))
	if smtpSrv.Held() < 4 || claimed != 6 {
		t.Fatalf("A is not mid-delivery: %d sessions held, %d of 6 mails claimed", smtpSrv.Held(), claimed)
	}
	b2 := startInProcess(t, args...)
	a.Kill(t)
	killed := time.Now()
	smtpSrv.Release()
	for {
		var sent int
		must("sent", db.Raw().QueryRowContext(ctx, `SELECT COUNT(*) FROM outbox WHERE to_addr LIKE 'kill-%' AND status = 'sent'`).Scan(&sent))
		if sent == 6 {
			break
		}
		if time.Since(killed) > 30*time.Second {
			t.Fatalf("30 s after A was killed, %d of its 6 claimed mails are sent", sent)
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Logf("A's claimed mails delivered by B %.1f s after A was killed", time.Since(killed).Seconds())
	for _, addr := range to {
		if n := smtpSrv.Received(addr); n != 1 {
			t.Errorf("%s received %d mails", addr, n)
		}
	}
	b2.stop()
}

// reminderDueNow makes a candidate whose placement runs, with an hours rate,
// who sent nothing last week, in an agency whose reminders are due now.
func reminderDueNow(t *testing.T, st *store.Store, ctx context.Context, owner domain.User) domain.Candidate {
	t.Helper()
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	status := domain.CandidateStatus{Name: "Placed", FullProfile: true, Timesheets: true}
	must("status", st.SaveCandidateStatus(ctx, &status))
	cand := domain.Candidate{OwnerID: owner.ID, StatusID: status.ID, FirstName: "Tom", LastName: "Visser", Email: "tom@acme.test", Language: "en"}
	must("candidate", st.CreateCandidate(ctx, &cand))
	company := domain.Company{OwnerID: owner.ID, Kind: domain.CompanyClient, Name: "Initech"}
	must("company", st.CreateCompany(ctx, &company))
	start := domain.DateOf(time.Now().AddDate(0, 0, -60))
	pl := domain.Placement{CandidateID: cand.ID, CompanyID: company.ID, Title: "Driver", StartDate: start}
	must("placement", st.CreatePlacement(ctx, &pl))
	hours := domain.DeclarationType{Name: "Hours", EmptyLinePerPlacement: true}
	must("declaration type", st.SaveDeclarationType(ctx, &hours))
	must("rate", st.SaveRate(ctx, &domain.Rate{PlacementID: pl.ID, DeclarationTypeID: hours.ID, StartDate: start, BillCents: 6500}))
	set, err := st.Settings(ctx)
	must("settings", err)
	set.ReminderWeekday, set.ReminderHour = int(time.Now().Weekday()+6)%7+1, 0
	must("save settings", st.SaveSettings(ctx, set))
	return cand
}

func lastISOWeek(now time.Time) (int, int) { return now.AddDate(0, 0, -7).ISOWeek() }
