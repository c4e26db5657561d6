package careers_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/go-pdf/fpdf"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/mail/mailtest"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/browsertest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// realPDF writes a one-page PDF CV made with a PDF library.
func realPDF(t *testing.T, name, who string) (string, []byte) {
	t.Helper()
	doc := fpdf.New("P", "mm", "A4", "")
	doc.AddPage()
	doc.SetFont("Helvetica", "B", 16)
	doc.Cell(0, 10, "Curriculum vitae - "+who)
	doc.Ln(12)
	doc.SetFont("Helvetica", "", 11)
	tr := doc.UnicodeTranslatorFromDescriptor("")
	for _, line := range []string{
		"Soudeur TIG/MIG, 8 ans d'expérience en atelier et sur chantier.",
		"Téléphone : 06 12 34 56 78", "8, rue des Lilas", "69002 Lyon",
		"Expérience professionnelle", "Soudeuse TIG — Atelier Dubois SA", "03/2018 – aujourd'hui",
		"Formation", "CAP Soudure – Lycée professionnel Jean Moulin (2014 – 2016)",
		"Compétences", "Soudure, Chariot élévateur",
		"Langues", "Français (langue maternelle), Anglais (B2)",
	} {
		doc.MultiCell(0, 6, tr(line), "", "", false)
	}
	var b bytes.Buffer
	if err := doc.Output(&b); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return p, b.Bytes()
}

var mailLink = regexp.MustCompile(`https?://\S+`)

// Issue 16 in a real browser on a 375 px screen: a visitor switches the
// careers site to French, finds the welder's vacancy by searching, applies
// with a PDF CV and asks for a portal account, and gets the confirmation
// (delivered over SMTP to a server in the test) whose link opens the
// vacancy; the recruiter follows its own notice to the new candidate and
// sees the match, the application and the CV. Then a person who is a
// candidate already applies for another vacancy and is added to its
// existing record.
func TestBrowserApplyInFrenchOnAPhone_I16(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	env, w := s.env, s.acme
	base := s.base // the install's base URL: links in mails lead to this server
	welder, warehouse := w.Published[2], w.Published[1]
	ctx := browsertest.New(t, 375, 900)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(375, 900)); err != nil {
		t.Fatal(err)
	}
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		got, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return got
	}
	fitsPhone := func(page string) {
		t.Helper()
		width, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`))
		if err != nil || width > 375 {
			t.Fatalf("%s is %d px wide on a 375 px screen (%v)", page, width, err)
		}
		unlabelled, err := chromedp.Run(ctx, chromedp.Evaluate[int](`Array.from(document.querySelectorAll('main input:not([type=hidden]):not([tabindex="-1"]), main select, main textarea')).filter(e => !(e.labels && e.labels.length)).length`))
		if err != nil || unlabelled != 0 {
			t.Fatalf("%s has %d form fields without a label (%v)", page, unlabelled, err)
		}
	}
	cvPath, cvBytes := realPDF(t, "cv-camille.pdf", "Camille Lefevre")

	do("open the careers site and switch to French",
		chromedp.Navigate(base+"/jobs"),
		chromedp.WaitVisible(chromedp.ID("f-q")),
		chromedp.Click(chromedp.CSS(`nav.langs a[hreflang="fr"]`)),
		chromedp.WaitVisible(chromedp.CSS(`html[lang="fr"] #f-q`)))
	fitsPhone("the list")
	do("search for the welder's vacancy",
		chromedp.SendKeys(chromedp.ID("f-q"), "soudeur"),
		chromedp.Submit(chromedp.ID("f-q")),
		// The field's value attribute is the search only on the page that
		// answers it (typing changes the property, not the attribute).
		chromedp.WaitVisible(chromedp.CSS(`#f-q[value="soudeur"]`)),
		chromedp.WaitVisible(chromedp.CSS(`a[href="`+path(welder)+`?lang=fr"]`)))
	if got := text("#count"); got != "Offres trouvées : 1" {
		t.Fatalf("search found %q", got)
	}
	do("open the vacancy",
		chromedp.Click(chromedp.CSS(`a[href="`+path(welder)+`?lang=fr"]`)),
		chromedp.WaitVisible(chromedp.ID("f-first_name")))
	fitsPhone("the vacancy page")
	if got := nbsp.Replace(text("dd.pay")); got != "18,50 € – 22,75 € par heure" {
		t.Errorf("pay shown as %q", got)
	}
	do("apply with a PDF CV",
		chromedp.SendKeys(chromedp.ID("f-first_name"), "Camille"),
		chromedp.SendKeys(chromedp.ID("f-last_name"), "Lefèvre"),
		chromedp.SendKeys(chromedp.ID("f-email"), "camille.lefevre@example.fr"),
		chromedp.SendKeys(chromedp.ID("f-phone"), "+33 6 11 22 33 44"),
		chromedp.SetUploadFiles(chromedp.ID("f-cv"), []string{cvPath}),
		chromedp.SendKeys(chromedp.ID("f-motivation"), "Soudeuse TIG depuis huit ans."),
		chromedp.Click(chromedp.ID("f-consent")),
		chromedp.Click(chromedp.ID("f-account")),
		chromedp.Click(chromedp.CSS(`form.apply button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`p[role="status"]`)))
	if got := text("h1"); got != "Merci pour votre candidature" {
		t.Fatalf("after applying: %q", got)
	}
	fitsPhone("the thank-you page")

	ctxA := env.Acme.Ctx
	cands, err := env.Store.CandidatesByEmail(ctxA, "camille.lefevre@example.fr")
	if err != nil || len(cands) != 1 || cands[0].Name() != "Camille Lefèvre" || cands[0].Language != "fr" {
		t.Fatalf("candidate %+v %v", cands, err)
	}
	cand := cands[0]
	atts, _ := env.Store.Attachments(ctxA, domain.SubjectCandidate, cand.ID)
	if len(atts) != 1 || atts[0].ContentType != "application/pdf" {
		t.Fatalf("attachments %+v", atts)
	}
	if got, _ := env.Store.AttachmentContent(ctxA, atts[0].ID); !bytes.Equal(got, cvBytes) {
		t.Fatal("the stored CV is not the uploaded PDF")
	}

	// The mails, delivered over SMTP.
	server := mailtest.New(t)
	sender, err := mail.NewSMTP(server.URL())
	if err != nil {
		t.Fatal(err)
	}
	if n, err := (&mail.Worker{DB: env.DB, Sender: sender}).RunOnce(t.Context()); err != nil || n != 3 {
		t.Fatalf("delivered %d mails: %v", n, err)
	}
	var confirmation, invitation mailtest.Message
	for _, m := range server.To(cand.Email) {
		if strings.Contains(m.Body, "/portal/password/set?token=") {
			invitation = m
		} else {
			confirmation = m
		}
	}
	if !strings.Contains(confirmation.Subject, "Nous avons bien reçu votre candidature au poste de "+welder.Title) {
		t.Fatalf("confirmation %q:\n%s", confirmation.Subject, confirmation.Body)
	}
	if !strings.Contains(invitation.Body, base+"/portal/password/set?token=") {
		t.Fatalf("no portal invitation:\n%s", invitation.Body)
	}
	var vacancyLink string
	for _, l := range mailLink.FindAllString(confirmation.Body, -1) {
		if strings.Contains(l, "/jobs/") {
			vacancyLink = l
		}
	}
	if vacancyLink != base+path(welder) {
		t.Fatalf("the confirmation links to %q", vacancyLink)
	}
	do("follow the confirmation's link", chromedp.Navigate(vacancyLink), chromedp.WaitVisible(chromedp.CSS("article.job h1")))
	if got := text("article.job h1"); got != welder.Title {
		t.Fatalf("the link opened %q", got)
	}
	notice := server.To(env.Acme.Recruiter.Email)
	if len(notice) != 1 || !strings.Contains(notice[0].Subject, "Camille Lefèvre") {
		t.Fatalf("notice %+v", notice)
	}
	candidateLink := mailLink.FindString(notice[0].Body)
	if candidateLink != fmt.Sprintf("%s/office/candidates/%d", base, cand.ID) {
		t.Fatalf("the notice links to %q", candidateLink)
	}

	// The recruiter follows the notice to the candidate.
	do("sign in to the back office",
		chromedp.Navigate(base+"/office/signin"),
		chromedp.WaitVisible(chromedp.ID("f-email")),
		chromedp.SendKeys(chromedp.ID("f-email"), env.Acme.Recruiter.Email),
		chromedp.SendKeys(chromedp.ID("f-password"), webtest.Password),
		chromedp.Submit(chromedp.ID("f-password")),
		chromedp.WaitVisible(chromedp.CSS("span.who")),
		chromedp.Navigate(candidateLink),
		chromedp.WaitVisible(chromedp.ID("applications")))
	page := text("main")
	for _, want := range []string{"Camille Lefèvre", welder.Title, w.Applied.Name, "Careers site", "cv-camille.pdf", "Soudeuse TIG depuis huit ans."} {
		if !strings.Contains(page, want) {
			t.Errorf("the candidate's page misses %q", want)
		}
	}

	// Issue 16 items 5 and 6: the CV's text was read and stored; the
	// candidate page marks the CV that holds a searched word, and the
	// recruiter confirms what the CV proposes, field by field.
	if txt, err := env.Store.AttachmentText(ctxA, atts[0].ID); err != nil || txt.Status != domain.TextOK || !strings.Contains(txt.Text, "Atelier Dubois SA") {
		t.Fatalf("the CV's text: %+v, %v", txt, err)
	}
	do("search a word only the CV holds",
		chromedp.Navigate(base+"/office/candidates?q=dubois"),
		chromedp.WaitVisible(chromedp.ID("in-cvs")),
		chromedp.Click(chromedp.CSS("#in-cvs a")),
		chromedp.WaitVisible(chromedp.CSS("mark.cv-matched")))
	do("open the CV's proposal",
		chromedp.Click(chromedp.CSS("#cvs a.cv-proposal-link")),
		chromedp.WaitVisible(chromedp.ID("cv-proposal")))
	proposal := text("main")
	for _, want := range []string{"Lyon", "69002", "06 12 34 56 78", "Soudeuse TIG", "Atelier Dubois SA", "2018-03-01", "Lycée professionnel Jean Moulin"} {
		if !strings.Contains(proposal, want) {
			t.Errorf("the proposal misses %q:\n%s", want, proposal)
		}
	}
	do("take the proposal",
		chromedp.Click(chromedp.ID("cv-accept")),
		chromedp.WaitVisible(chromedp.ID("applications")))
	if c, _ := env.Store.Candidate(ctxA, cand.ID); c.City != "Lyon" || c.PostalCode != "69002" {
		t.Errorf("after taking the proposal: %+v", c)
	}
	if exps, _ := env.Store.Experiences(ctxA, cand.ID); len(exps) != 1 || exps[0].Employer != "Atelier Dubois SA" {
		t.Errorf("experience taken: %+v", exps)
	}

	// A candidate who exists already applies for another vacancy.
	known := env.Acme.Candidate(t, env.Store, "Julien", "Moreau")
	do("the known candidate applies",
		chromedp.Navigate(base+path(warehouse)+"?lang=fr"),
		chromedp.WaitVisible(chromedp.ID("f-first_name")),
		chromedp.SendKeys(chromedp.ID("f-first_name"), "Julien"),
		chromedp.SendKeys(chromedp.ID("f-last_name"), "Moreau"),
		chromedp.SendKeys(chromedp.ID("f-email"), strings.ToUpper(known.Email)),
		chromedp.Click(chromedp.ID("f-consent")),
		chromedp.Click(chromedp.CSS(`form.apply button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`p[role="status"]`)))
	same, _ := env.Store.CandidatesByEmail(ctxA, known.Email)
	if len(same) != 1 || same[0].ID != known.ID {
		t.Fatalf("candidates with the known address: %+v", same)
	}
	matches, _, _ := env.Store.Matches(ctxA, store.MatchFilter{CandidateID: known.ID})
	if len(matches) != 1 || matches[0].VacancyID != warehouse.ID {
		t.Fatalf("matches of the known candidate %+v", matches)
	}
	do("the recruiter opens the known candidate",
		chromedp.Navigate(fmt.Sprintf("%s/office/candidates/%d", base, known.ID)),
		chromedp.WaitVisible(chromedp.ID("applications")))
	if page := text("main"); !strings.Contains(page, warehouse.Title) || !strings.Contains(page, "Julien Moreau") {
		t.Errorf("the known candidate's page misses the application")
	}
}
