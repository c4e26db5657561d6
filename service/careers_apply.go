package service

import (
	"context"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/store"
)

// ApplyInput is an application a visitor submits on the careers site.
type ApplyInput struct {
	VacancyID    domain.ID // 0 for an open application
	Form         domain.ApplicationForm
	Language     string // the page's language; the new candidate's and its mail's
	UTMSource    string // utm_source of the visit; cleaned to a token
	WantsAccount bool   // the visitor asked for a Professional Portal account
	CV           *Upload
	// Honeypot is the form's hidden field that people leave empty and
	// form-filling robots fill in.
	Honeypot string
	Addr     string // the client's address, for the rate limit and the audit log
}

// ApplyResult says what an application made.
type ApplyResult struct {
	CandidateID domain.ID
	MatchID     domain.ID // 0 for an open application
	Existing    bool      // the applicant was a candidate already (same e-mail)
}

// Refusals of an application. Spam is answered like a success, so robots
// learn nothing; the others are shown on the form.
var (
	ErrApplySpam     = &domain.Error{Kind: domain.KindInvalid, Key: "careers.apply.refused"}
	ErrApplyTooMany  = &domain.Error{Kind: domain.KindTooMany, Key: "careers.apply.too_many"}
	ErrApplyNotReady = &domain.Error{Kind: domain.KindConflict, Key: "careers.apply.not_ready"}
	errApplyNoCVType = &domain.Error{Kind: domain.KindConflict, Key: "careers.apply.no_cv_type"}
)

// applyAllowed counts one application from addr in the agency of ctx and
// reports whether addr is within its limit. It is the only place the
// careers site consults its limiter. Refused attempts count too.
func (s *Service) applyAllowed(ctx context.Context, addr string) (bool, error) {
	return s.ApplyLimit.Reserve(ctx, "careers_apply:"+addr)
}

// Apply is issue 16 item 4: a visitor applies on a published vacancy (or
// openly). In one transaction it finds the candidate with the e-mail
// address or creates one, attaches the CV, matches the candidate to the
// vacancy in the configured phase, records the consent to the privacy
// statement in the visitor's language, keeps the motivation as a note and
// the application with its source, audits it, and puts in the outbox a
// confirmation to the applicant, a notice to the recruiter and, when asked
// for, the link to set a Professional Portal password. A refused
// submission (rate limit, honeypot, invalid input, unpublished vacancy)
// changes nothing.
func (s *Service) Apply(ctx context.Context, in ApplyInput) (_ ApplyResult, err error) {
	defer domain.Wrap(&err, "service.Apply(%d)", in.VacancyID)
	if ok, err := s.applyAllowed(ctx, in.Addr); err != nil {
		return ApplyResult{}, err
	} else if !ok {
		return ApplyResult{}, ErrApplyTooMany
	}
	if in.Honeypot != "" {
		return ApplyResult{}, ErrApplySpam
	}
	f := &in.Form
	f.FirstName, f.LastName, f.Email = strings.TrimSpace(f.FirstName), strings.TrimSpace(f.LastName), strings.TrimSpace(f.Email)
	f.Phone, f.Motivation = strings.TrimSpace(f.Phone), strings.TrimSpace(f.Motivation)
	if err := f.Validate(); err != nil {
		return ApplyResult{}, err
	}
	in.UTMSource = domain.CleanUTM(in.UTMSource)
	var cvText *domain.AttachmentText
	if in.CV != nil {
		t := s.readCVText(ctx, in.CV.Content)
		cvText = &t
	}
	var res ApplyResult
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		a := applying{s: s, tx: tx, in: in, cvText: cvText}
		var err error
		res, err = a.run(ctx)
		return err
	})
	return res, err
}

// applying is one application's transaction.
type applying struct {
	s      *Service
	tx     *store.Store
	in     ApplyInput
	cvText *domain.AttachmentText // read before the transaction
	set    domain.Settings
	agency domain.Tenant
	vac    domain.Vacancy // zero for an open application
	cand   domain.Candidate
	owner  domain.User // who gets the notice
}

func (a *applying) run(ctx context.Context) (ApplyResult, error) {
	tx, in := a.tx, a.in
	// Two applications with one address take turns, so the second finds
	// the candidate the first created.
	if err := tx.LockKey(ctx, "apply:"+strings.ToLower(in.Form.Email)); err != nil {
		return ApplyResult{}, err
	}
	var err error
	if a.set, err = tx.Settings(ctx); err != nil {
		return ApplyResult{}, err
	}
	if a.agency, err = tx.CurrentTenant(ctx); err != nil {
		return ApplyResult{}, err
	}
	if !domain.ValidLanguage(in.Language) {
		a.in.Language = a.agency.DefaultLanguage
		in = a.in
	}
	if in.VacancyID != 0 {
		if a.vac, err = tx.Vacancy(ctx, in.VacancyID); err != nil {
			return ApplyResult{}, err
		}
		if !domain.OnCareersSite(a.vac, a.set, a.s.Today()) {
			return ApplyResult{}, domain.NotFound("Apply")
		}
	}
	existing, err := a.candidate(ctx)
	if err != nil {
		return ApplyResult{}, err
	}
	who := store.Actor{Kind: domain.AudiencePortal, ID: a.cand.ID, Name: a.cand.Name()}
	if in.CV != nil {
		if err := a.attachCV(ctx); err != nil {
			return ApplyResult{}, err
		}
	}
	app := domain.Application{CandidateID: a.cand.ID, VacancyID: a.vac.ID, Source: domain.SourceCareersSite,
		UTMSource: in.UTMSource, Language: in.Language}
	if a.vac.ID != 0 {
		if app.MatchID, err = a.match(ctx, who); err != nil {
			return ApplyResult{}, err
		}
	}
	privacy, err := careersPrivacy(ctx, tx, in.Language)
	if err != nil {
		return ApplyResult{}, err
	}
	consent := domain.CareersConsent(a.cand.ID, privacy.Version, a.s.now(), a.set)
	if err := tx.GiveConsent(ctx, &consent); err != nil {
		return ApplyResult{}, err
	}
	app.ConsentID = consent.ID
	if app.NoteID, err = a.note(ctx, existing); err != nil {
		return ApplyResult{}, err
	}
	if err := tx.CreateApplication(ctx, &app); err != nil {
		return ApplyResult{}, err
	}
	detail := "open"
	if a.vac.ID != 0 {
		detail = "vacancy " + idText(a.vac.ID)
	}
	if in.UTMSource != "" {
		detail += ", utm_source " + in.UTMSource
	}
	if err := tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name, Action: "careers_apply",
		ObjectKind: string(domain.SubjectCandidate), ObjectID: a.cand.ID, Detail: detail, RemoteAddr: in.Addr}); err != nil {
		return ApplyResult{}, err
	}
	if err := a.mail(ctx); err != nil {
		return ApplyResult{}, err
	}
	return ApplyResult{CandidateID: a.cand.ID, MatchID: app.MatchID, Existing: existing}, nil
}

// candidate finds the oldest candidate with the applicant's e-mail address
// that may be matched, or creates one owned by the recruiter of the
// application in the configured status. A candidate that restricted
// processing or objected is not added to: its record stays as it is, and
// the application makes a new one, which shows it as a duplicate.
func (a *applying) candidate(ctx context.Context) (existing bool, err error) {
	tx, f := a.tx, a.in.Form
	if a.owner, err = a.noticeOwner(ctx); err != nil {
		return false, err
	}
	same, err := tx.CandidatesByEmail(ctx, f.Email)
	if err != nil {
		return false, err
	}
	for _, c := range same {
		if domain.CandidateMayBeMatched(c) == nil {
			a.cand = c
			return true, nil
		}
	}
	status, err := a.status(ctx)
	if err != nil {
		return false, err
	}
	a.cand = domain.Candidate{OwnerID: a.owner.ID, StatusID: status, FirstName: f.FirstName, LastName: f.LastName,
		Email: f.Email, Phone: f.Phone, Language: a.in.Language}
	if err := a.cand.Validate(); err != nil {
		return false, err
	}
	if err := tx.CreateCandidate(ctx, &a.cand); err != nil {
		return false, err
	}
	return false, tx.Audit(ctx, domain.AuditEntry{ActorKind: domain.AudiencePortal, ActorID: a.cand.ID, ActorName: a.cand.Name(),
		Action: "create", ObjectKind: string(domain.SubjectCandidate), ObjectID: a.cand.ID, Detail: string(domain.SourceCareersSite),
		RemoteAddr: a.in.Addr})
}

// noticeOwner is the recruiter an application belongs to: the vacancy's
// owner (active or not, it owns the vacancy), else the configured owner of
// open applications when active, else the first active admin, else the
// first active recruiter.
func (a *applying) noticeOwner(ctx context.Context) (domain.User, error) {
	users, err := a.tx.Users(ctx)
	if err != nil {
		return domain.User{}, err
	}
	for _, u := range users {
		if a.vac.ID != 0 && u.ID == a.vac.OwnerID || a.vac.ID == 0 && u.ID == a.set.Careers.OwnerID && u.Active {
			return u, nil
		}
	}
	var first *domain.User
	for i, u := range users {
		if u.Active && u.IsAdmin() {
			return u, nil
		}
		if u.Active && first == nil {
			first = &users[i]
		}
	}
	if first == nil {
		return domain.User{}, ErrApplyNotReady
	}
	return *first, nil
}

// status is the configured status of new applicants, else the first.
func (a *applying) status(ctx context.Context) (domain.ID, error) {
	statuses, err := a.tx.CandidateStatuses(ctx)
	if err != nil {
		return 0, err
	}
	for _, st := range statuses {
		if st.ID == a.set.Careers.StatusID {
			return st.ID, nil
		}
	}
	if len(statuses) == 0 {
		return 0, ErrApplyNotReady
	}
	return statuses[0].ID, nil
}

// attachCV stores the CV as an attachment of type CV (C3).
func (a *applying) attachCV(ctx context.Context) error {
	t, err := a.tx.AttachmentTypeByCode(ctx, domain.TypeCodeCV)
	if domain.KindOf(err) == domain.KindNotFound {
		return errApplyNoCVType
	} else if err != nil {
		return err
	}
	cv := a.in.CV
	att := domain.Attachment{SubjectKind: domain.SubjectCandidate, SubjectID: a.cand.ID, TypeID: t.ID,
		FileName: cv.FileName, ContentType: cv.ContentType, UploadedBy: a.in.Form.FirstName + " " + a.in.Form.LastName}
	if err := a.tx.CreateAttachment(ctx, &att, cv.Content); err != nil {
		return err
	}
	return saveCVText(ctx, a.tx, att, a.cvText)
}

// match matches the candidate to the vacancy in the configured phase when
// it belongs to the vacancy's procedure, else in the procedure's first
// phase; a candidate matched already keeps its match and phase.
func (a *applying) match(ctx context.Context, who store.Actor) (domain.ID, error) {
	tx := a.tx
	found, _, err := tx.Matches(ctx, store.MatchFilter{VacancyID: a.vac.ID, CandidateID: a.cand.ID, Limit: 1})
	if err != nil {
		return 0, err
	}
	if len(found) > 0 {
		return 0, nil
	}
	phases, err := tx.Phases(ctx, a.vac.ProcedureID)
	if err != nil {
		return 0, err
	}
	if len(phases) == 0 {
		return 0, ErrApplyNotReady
	}
	phase := phases[0].ID
	for _, ph := range phases {
		if ph.ID == a.set.Careers.PhaseID {
			phase = ph.ID
		}
	}
	m := domain.Match{CandidateID: a.cand.ID, VacancyID: a.vac.ID, PhaseID: phase}
	if err := tx.CreateMatch(ctx, &m, who); err != nil {
		return 0, err
	}
	return m.ID, nil
}

// note keeps the motivation on the candidate's activity tab and, for a
// candidate that existed, the name and phone the applicant typed when they
// differ from the record (which an anonymous form does not overwrite).
func (a *applying) note(ctx context.Context, existing bool) (domain.ID, error) {
	f := a.in.Form
	var parts []string
	if f.Motivation != "" {
		parts = append(parts, f.Motivation)
	}
	if existing && (domain.Fold(f.FirstName+" "+f.LastName) != domain.NameKey(a.cand) || f.Phone != "" && domain.PhoneKey(f.Phone) != domain.PhoneKey(a.cand.Phone)) {
		parts = append(parts, a.s.agencyText(a.agency, "careers.note.given", map[string]any{
			"Name": f.FirstName + " " + f.LastName, "Phone": f.Phone}))
	}
	if len(parts) == 0 {
		return 0, nil
	}
	subject := a.vac.Title
	if a.vac.ID == 0 {
		subject = a.s.agencyText(a.agency, "careers.note.open", nil)
	}
	n := domain.Note{SubjectKind: domain.SubjectCandidate, SubjectID: a.cand.ID, AuthorKind: domain.AudiencePortal,
		AuthorID: a.cand.ID, AuthorName: a.cand.Name(), Status: domain.NoteNormal,
		Subject: a.s.agencyText(a.agency, "careers.note.subject", map[string]any{"Title": subject}), Body: strings.Join(parts, "\n\n")}
	if err := a.tx.CreateNote(ctx, &n); err != nil {
		return 0, err
	}
	return n.ID, nil
}

// agencyText is a message in the agency's default language, for text
// stored in records (a note's subject) rather than shown on a page.
func (s *Service) agencyText(t domain.Tenant, key string, data map[string]any) string {
	if s.Bundle == nil {
		return key
	}
	if data == nil {
		return s.Bundle.For(t.DefaultLanguage).T(key)
	}
	return s.Bundle.For(t.DefaultLanguage).T(key, data)
}

// mail puts the confirmation, the notice and the portal link in the outbox.
func (a *applying) mail(ctx context.Context) error {
	tx, c := a.tx, a.cand
	data := mail.ApplicationData{Agency: a.agency.Name, Candidate: c.Name(), Vacancy: a.vac.Title,
		PortalURL: a.s.link(a.agency, "/portal/")}
	if domain.CandidateMayMail(c, "application_confirmation") {
		d := data
		d.Name, d.Link = c.Name(), a.s.link(a.agency, "/jobs")
		if a.vac.ID != 0 {
			d.Link = a.s.link(a.agency, domain.CareersPath(a.vac))
		}
		if _, err := mail.Enqueue(ctx, tx, mail.Message{To: c.Email, Language: c.Language, Key: "application_confirmation", Data: d}); err != nil {
			return err
		}
	}
	if a.owner.Email != "" {
		d := data
		d.Name, d.Link = a.owner.Name, a.s.link(a.agency, "/office/candidates/"+idText(c.ID))
		if _, err := mail.Enqueue(ctx, tx, mail.Message{To: a.owner.Email, Language: a.owner.Language, Key: "application_notice", Data: d}); err != nil {
			return err
		}
	}
	if !a.in.WantsAccount || !domain.CandidateMayMail(c, mailKey(domain.AudiencePortal, domain.TokenCredentials)) {
		return nil
	}
	acct, err := tx.Account(ctx, domain.AudiencePortal, c.ID)
	if err != nil || acct.HasCredentials() {
		return err
	}
	accounts := a.s.Accounts
	if accounts == nil {
		accounts = &Accounts{DB: a.s.DB, Links: a.s.Links}
	}
	_, err = accounts.sendLink(ctx, tx, acct, domain.TokenCredentials, Origin{Tenant: a.agency, Addr: a.in.Addr})
	return err
}
