package service_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

const careersBase = "https://jobs.acme.test"

// careersEnv is an agency with a careers site and a service on it whose
// links start with careersBase.
type careersEnv struct {
	env *webtest.Env
	w   webtest.CareersWorld
	svc *service.Service
}

func newCareersEnv(t *testing.T, db *store.DB) careersEnv {
	t.Helper()
	env := webtest.New(t, db)
	bundle, err := i18n.Load()
	if err != nil {
		t.Fatal(err)
	}
	base, err := service.ParseBase(careersBase)
	if err != nil {
		t.Fatal(err)
	}
	svc := &service.Service{DB: db, Bundle: bundle, Links: service.Links{Base: base},
		ApplyLimit: &service.Limiter{DB: db, Max: 1000, Window: time.Hour}}
	return careersEnv{env: env, w: env.Acme.CareersWorld(t, env.Store), svc: svc}
}

var pdfCV = []byte("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")

func application(vacancy domain.ID, email string) service.ApplyInput {
	return service.ApplyInput{VacancyID: vacancy, Language: "fr", UTMSource: "indeed", Addr: "192.0.2.7",
		Form: domain.ApplicationForm{FirstName: "Élodie", LastName: "Martin", Email: email, Phone: "+33 6 12 34 56 78",
			Motivation: "Je soude depuis dix ans.", Consent: true},
		CV: &service.Upload{FileName: "cv élodie.pdf", ContentType: "application/pdf", Content: pdfCV}}
}

// rows counts what an application can create in the agency.
func rows(t *testing.T, db *store.DB, tenant domain.ID) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, table := range []string{"candidates", "attachments", "attachment_contents", "matches", "match_phase_changes",
		"consents", "notes", "applications", "outbox", "audit_log", "password_tokens"} {
		var n int
		if err := db.Raw().QueryRow(`SELECT COUNT(*) FROM `+table+` WHERE tenant_id = $1`, tenant).Scan(&n); err != nil {
			t.Fatalf("count %s: %v", table, err)
		}
		out[table] = n
	}
	return out
}

// Issue 16 item 4: one application makes, in one transaction, the
// candidate in the configured status and the visitor's language, its CV,
// its match in the configured phase, its consent to the privacy statement
// of the visitor's language, the motivation as a note, the application
// with its source and campaign, the audit entry, and three mails (the
// confirmation, the owner's notice, the portal link asked for) whose links
// come from the service's base URL.
func TestApplyMakesEverythingInOneGo_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ce := newCareersEnv(t, db)
		env, w, ctx := ce.env, ce.w, ce.env.Acme.Ctx
		vac := w.Published[2]
		before := rows(t, db, env.Acme.Tenant.ID)
		in := application(vac.ID, "elodie@example.fr")
		in.WantsAccount = true
		res, err := ce.svc.Apply(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		if res.Existing || res.CandidateID == 0 || res.MatchID == 0 {
			t.Fatalf("result %+v", res)
		}
		c, err := env.Store.Candidate(ctx, res.CandidateID)
		if err != nil || c.Name() != "Élodie Martin" || c.Language != "fr" || c.StatusID != w.Applicant.ID ||
			c.OwnerID != vac.OwnerID || c.Phone != "+33 6 12 34 56 78" {
			t.Fatalf("candidate %+v %v", c, err)
		}
		atts, _ := env.Store.Attachments(ctx, domain.SubjectCandidate, c.ID)
		if len(atts) != 1 || atts[0].TypeID != w.CVType.ID || atts[0].FileName != "cv élodie.pdf" {
			t.Fatalf("attachments %+v", atts)
		}
		if content, _ := env.Store.AttachmentContent(ctx, atts[0].ID); !bytes.Equal(content, pdfCV) {
			t.Fatal("the CV's bytes changed")
		}
		m, err := env.Store.Match(ctx, res.MatchID)
		if err != nil || m.CandidateID != c.ID || m.VacancyID != vac.ID || m.PhaseID != w.Applied.ID {
			t.Fatalf("match %+v %v", m, err)
		}
		consents, _ := env.Store.Consents(ctx, c.ID)
		if len(consents) != 1 || consents[0].TextVersion != "careers:fr:page:"+domain.PrivacyPageVersion || consents[0].ValidUntil.IsZero() {
			t.Fatalf("consents %+v", consents)
		}
		notes, _ := env.Store.Notes(ctx, domain.SubjectCandidate, c.ID, 10)
		if len(notes) != 1 || notes[0].Body != "Je soude depuis dix ans." || !strings.Contains(notes[0].Subject, vac.Title) {
			t.Fatalf("notes %+v", notes)
		}
		apps, _ := env.Store.Applications(ctx, c.ID)
		if len(apps) != 1 || apps[0].Source != domain.SourceCareersSite || apps[0].UTMSource != "indeed" || apps[0].Language != "fr" ||
			apps[0].MatchID != m.ID || apps[0].NoteID != notes[0].ID || apps[0].ConsentID != consents[0].ID {
			t.Fatalf("applications %+v", apps)
		}
		audit, _, _ := env.Store.AuditEntries(ctx, store.AuditFilter{ObjectKind: string(domain.SubjectCandidate), ObjectID: c.ID})
		var actions []string
		for _, e := range audit {
			actions = append(actions, e.Action+"@"+e.RemoteAddr)
		}
		if !strings.Contains(strings.Join(actions, " "), "careers_apply@192.0.2.7") {
			t.Fatalf("audit %v", actions)
		}
		mails, _, _ := env.Store.Mails(ctx, 10, 0)
		var confirmation, notice, link *domain.Mail
		for i, ml := range mails {
			switch {
			case ml.To == c.Email && strings.Contains(ml.Body, "/portal/password/set?token="):
				link = &mails[i]
			case ml.To == c.Email:
				confirmation = &mails[i]
			case ml.To == env.Acme.Recruiter.Email:
				notice = &mails[i]
			}
		}
		if confirmation == nil || notice == nil || link == nil || len(mails) != 3 {
			t.Fatalf("%d mails: %+v", len(mails), mails)
		}
		if !strings.Contains(confirmation.Subject, "Nous avons bien reçu") || !strings.Contains(confirmation.Body, careersBase+domain.CareersPath(vac)) {
			t.Errorf("confirmation in French with the vacancy's link:\n%s\n%s", confirmation.Subject, confirmation.Body)
		}
		if !strings.Contains(notice.Body, careersBase+"/office/candidates/"+fmt.Sprint(c.ID)) || !strings.Contains(notice.Subject, "Élodie Martin") {
			t.Errorf("notice:\n%s\n%s", notice.Subject, notice.Body)
		}
		if !strings.Contains(link.Body, careersBase+"/portal/password/set?token=") {
			t.Errorf("portal link:\n%s", link.Body)
		}
		after := rows(t, db, env.Acme.Tenant.ID)
		for table, n := range map[string]int{"candidates": 1, "attachments": 1, "matches": 1, "consents": 1, "notes": 1,
			"applications": 1, "outbox": 3, "password_tokens": 1} {
			if after[table]-before[table] != n {
				t.Errorf("%s: %d new rows, want %d", table, after[table]-before[table], n)
			}
		}

		// An open application has no vacancy and no match, and goes to the
		// first admin when no owner is configured.
		open := application(0, "open@example.fr")
		res, err = ce.svc.Apply(ctx, open)
		if err != nil || res.MatchID != 0 {
			t.Fatalf("open application: %+v %v", res, err)
		}
		oc, _ := env.Store.Candidate(ctx, res.CandidateID)
		if oc.OwnerID != env.Acme.Admin.ID {
			t.Errorf("open application owned by %d, want the admin %d", oc.OwnerID, env.Acme.Admin.ID)
		}
	})
}

// Issue 16 items 4 and 7: an applicant whose e-mail address is a
// candidate's already (in another case) is added to that record: no new
// candidate, the record's name stays, the typed name is kept in the note;
// applying twice to one vacancy keeps one match.
func TestApplyAttachesToTheExistingCandidate_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ce := newCareersEnv(t, db)
		env, w, ctx := ce.env, ce.w, ce.env.Acme.Ctx
		known := env.Acme.Candidate(t, env.Store, "Elodie", "Martin-Durand")
		for i := range 2 {
			res, err := ce.svc.Apply(ctx, application(w.Published[0].ID, strings.ToUpper(known.Email)))
			if err != nil {
				t.Fatal(err)
			}
			if !res.Existing || res.CandidateID != known.ID || (i == 0) != (res.MatchID != 0) {
				t.Fatalf("application %d: %+v", i, res)
			}
		}
		c, _ := env.Store.Candidate(ctx, known.ID)
		if c.Name() != "Elodie Martin-Durand" || c.Phone != known.Phone || c.Language != "en" {
			t.Errorf("the existing record changed: %+v", c)
		}
		matches, _, _ := env.Store.Matches(ctx, store.MatchFilter{CandidateID: known.ID})
		apps, _ := env.Store.Applications(ctx, known.ID)
		atts, _ := env.Store.Attachments(ctx, domain.SubjectCandidate, known.ID)
		if len(matches) != 1 || len(apps) != 2 || len(atts) != 2 {
			t.Errorf("%d matches, %d applications, %d CVs", len(matches), len(apps), len(atts))
		}
		notes, _ := env.Store.Notes(ctx, domain.SubjectCandidate, known.ID, 10)
		if len(notes) == 0 || !strings.Contains(notes[0].Body, "Élodie Martin") || !strings.Contains(notes[0].Body, "+33 6 12 34 56 78") {
			t.Errorf("the note does not keep what was typed: %+v", notes)
		}
		var n int
		_ = db.Raw().QueryRow(`SELECT COUNT(*) FROM candidates WHERE tenant_id = $1 AND lower(email) = $2`, env.Acme.Tenant.ID, known.Email).Scan(&n)
		if n != 1 {
			t.Errorf("%d candidates with the address", n)
		}
		// The confirmation goes in the record's language, not the page's.
		mails, _, _ := env.Store.Mails(ctx, 10, 0)
		for _, m := range mails {
			if m.To == known.Email && !strings.Contains(m.Subject, "We received your application") {
				t.Errorf("confirmation not in the candidate's language: %q", m.Subject)
			}
		}
	})
}

// Issue 16 item 4: a refused submission creates nothing: over the rate
// limit, with the honeypot filled in, invalid (no consent, NUL bytes,
// invalid UTF-8, 1 MB of motivation), or on a vacancy the site does not
// publish (another source, closed, a pool, expired, another agency's).
func TestApplyRefusedCreatesNothing_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ce := newCareersEnv(t, db)
		env, w, ctx := ce.env, ce.w, ce.env.Acme.Ctx
		elsewhere := env.Other.CareersWorld(t, env.Store)
		before := rows(t, db, env.Acme.Tenant.ID)
		otherBefore := rows(t, db, env.Other.Tenant.ID)
		svc := ce.svc
		refuse := func(name string, in service.ApplyInput, kind domain.Kind, key string) {
			t.Helper()
			_, err := svc.Apply(ctx, in)
			if domain.KindOf(err) != kind || key != "" && domain.KeyOf(err) != key {
				var ve *domain.ValidationError
				if !(errors.As(err, &ve) && kind == domain.KindInvalid && ve.Fields[key] != "") {
					t.Errorf("%s: %v, want kind %d %s", name, err, kind, key)
				}
			}
		}
		pub := w.Published[0].ID
		honey := application(pub, "bot@example.com")
		honey.Honeypot = "http://spam.example"
		refuse("honeypot", honey, domain.KindInvalid, service.ErrApplySpam.Key)
		noConsent := application(pub, "a@example.com")
		noConsent.Form.Consent = false
		refuse("no consent", noConsent, domain.KindInvalid, "consent")
		nul := application(pub, "b@example.com")
		nul.Form.LastName = "Mar\x00tin"
		refuse("NUL byte", nul, domain.KindInvalid, "last_name")
		utf := application(pub, "c@example.com")
		utf.Form.Motivation = "caf\xe9"
		refuse("invalid UTF-8", utf, domain.KindInvalid, "motivation")
		big := application(pub, "d@example.com")
		big.Form.Motivation = strings.Repeat("é", 1<<20)
		refuse("1 MB motivation", big, domain.KindInvalid, "motivation")
		for _, v := range append(w.Hidden, elsewhere.Published[0]) {
			refuse("vacancy "+v.Title, application(v.ID, "e@example.com"), domain.KindNotFound, "")
		}
		noType := application(pub, "f@example.com")
		if _, err := db.Raw().Exec(`UPDATE attachment_types SET code = '' WHERE tenant_id = $1 AND id = $2`,
			env.Acme.Tenant.ID, w.CVType.ID); err != nil {
			t.Fatal(err)
		}
		refuse("no CV type", noType, domain.KindConflict, "careers.apply.no_cv_type")

		limited := *ce.svc
		limited.ApplyLimit = &service.Limiter{DB: db, Max: 2, Window: time.Hour}
		noCV := application(pub, "g@example.com")
		noCV.CV, noCV.Addr = nil, "198.51.100.9"
		for i := range 2 {
			bad := noCV
			bad.Form.Consent = false // refused attempts count too
			if _, err := limited.Apply(ctx, bad); !errors.Is(err, domain.ErrInvalid) {
				t.Fatalf("attempt %d: %v", i, err)
			}
		}
		svc = &limited
		refuse("rate limit", noCV, domain.KindTooMany, service.ErrApplyTooMany.Key)
		for name, b := range map[string]map[string]int{"acme": before, "other": otherBefore} {
			tenant := env.Acme.Tenant.ID
			if name == "other" {
				tenant = env.Other.Tenant.ID
			}
			after := rows(t, db, tenant)
			for table, n := range b {
				if after[table] != n {
					t.Errorf("%s %s: %d rows after refusals, %d before", name, table, after[table], n)
				}
			}
		}
		// Another address is not limited by the first.
		noCV.Addr = "198.51.100.10"
		if _, err := limited.Apply(ctx, noCV); err != nil {
			t.Errorf("another address: %v", err)
		}
	})
}

// Issue 16 item 4: forty applications with one e-mail address at once make
// one candidate, one match and forty applications, on both engines.
func TestApplyConcurrentSameEmail_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ce := newCareersEnv(t, db)
		env, w, ctx := ce.env, ce.w, ce.env.Acme.Ctx
		const n = 40
		var wg sync.WaitGroup
		errs := make(chan error, n)
		ids := make(chan domain.ID, n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				in := application(w.Published[i%2].ID, "same@example.fr")
				if i%3 == 0 {
					in.Form.Email = "SAME@example.fr"
				}
				res, err := ce.svc.Apply(ctx, in)
				errs <- err
				ids <- res.CandidateID
			}()
		}
		wg.Wait()
		close(errs)
		close(ids)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		seen := map[domain.ID]bool{}
		for id := range ids {
			seen[id] = true
		}
		var cands, matches, apps int
		tid := env.Acme.Tenant.ID
		_ = db.Raw().QueryRow(`SELECT COUNT(*) FROM candidates WHERE tenant_id = $1 AND lower(email) = 'same@example.fr'`, tid).Scan(&cands)
		_ = db.Raw().QueryRow(`SELECT COUNT(*) FROM matches m JOIN candidates c ON c.tenant_id = m.tenant_id AND c.id = m.candidate_id
			WHERE m.tenant_id = $1 AND lower(c.email) = 'same@example.fr'`, tid).Scan(&matches)
		_ = db.Raw().QueryRow(`SELECT COUNT(*) FROM applications WHERE tenant_id = $1`, tid).Scan(&apps)
		if cands != 1 || len(seen) != 1 || matches != 2 || apps != n {
			t.Fatalf("%d candidates (%d ids), %d matches, %d applications", cands, len(seen), matches, apps)
		}
	})
}

// Issue 16 item 2: with a range required, the back office, the API and the
// Hiring Portal cannot publish a vacancy without one, and can with one.
func TestSaveVacancyPayToPublish_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ce := newCareersEnv(t, db)
		env, w, ctx := ce.env, ce.w, ce.env.Acme.Ctx
		set, _ := env.Store.Settings(ctx)
		set.Careers.PayRequired = true
		if err := env.Store.SaveSettings(ctx, set); err != nil {
			t.Fatal(err)
		}
		who := store.Actor{Kind: domain.AudienceOffice, ID: env.Acme.Recruiter.ID, Name: env.Acme.Recruiter.Name}
		v := domain.Vacancy{CompanyID: w.Company.ID, OwnerID: env.Acme.Recruiter.ID, SourceID: w.Source.ID, ProcedureID: w.Procedure.ID,
			Title: "Crane driver", Status: domain.VacancyOpen}
		var ve *domain.ValidationError
		if err := ce.svc.SaveVacancy(ctx, who, &v); !errors.As(err, &ve) || ve.Fields["pay_min"] != domain.KeyPayRequired || v.ID != 0 {
			t.Fatalf("published without a range: %v (id %d)", err, v.ID)
		}
		v.SourceID = w.Other.ID
		if err := ce.svc.SaveVacancy(ctx, who, &v); err != nil {
			t.Fatalf("unpublished without a range: %v", err)
		}
		v.SourceID = w.Source.ID
		if err := ce.svc.SaveVacancy(ctx, who, &v); !errors.As(err, &ve) {
			t.Fatalf("publishing it without a range: %v", err)
		}
		v.Pay = webtest.HourlyPay
		if err := ce.svc.SaveVacancy(ctx, who, &v); err != nil {
			t.Fatalf("publishing it with a range: %v", err)
		}
		back, _ := env.Store.Vacancy(ctx, v.ID)
		if back.Pay != webtest.HourlyPay || back.SourceID != w.Source.ID {
			t.Fatalf("saved %+v", back)
		}
	})
}

// Issue 16 item 7: a candidate created in the back office or through the
// API has its possible duplicates found, with their evidence.
func TestCreateCandidateFindsDuplicates_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ce := newCareersEnv(t, db)
		env, ctx := ce.env, ce.env.Acme.Ctx
		first := env.Acme.Candidate(t, env.Store, "Jan", "Janssen")
		who := store.Actor{Kind: domain.AudienceOffice, ID: env.Acme.Recruiter.ID, Name: env.Acme.Recruiter.Name}
		c := domain.Candidate{OwnerID: env.Acme.Recruiter.ID, StatusID: env.Acme.Status.ID, FirstName: "Jan", LastName: "Jansen",
			City: "utrecht", Language: "nl"}
		if err := ce.svc.CreateCandidate(ctx, who, &c); err != nil || c.ID == 0 {
			t.Fatal(err)
		}
		dups, err := ce.svc.CandidateDuplicates(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(dups) != 1 || dups[0].Candidate.ID != first.ID || dups[0].Reasons[0] != domain.DupSimilarNameCty {
			t.Fatalf("duplicates %+v", dups)
		}
		again, err := ce.svc.CandidateDuplicates(ctx, first.ID)
		if err != nil || len(again) != 1 || again[0].Candidate.ID != c.ID {
			t.Fatalf("the other way round: %+v %v", again, err)
		}
		if _, err := ce.svc.CandidateDuplicates(env.Other.Ctx, first.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Fatalf("another agency: %v", err)
		}
	})
}
