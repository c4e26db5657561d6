package service_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// rich is a candidate with something in every section of its export.
type rich struct {
	webtest.Records
	Exp            domain.Experience
	Edu            domain.Education
	Skill          domain.Skill
	Consent        domain.Consent
	Note, Internal domain.Note
	Attachment     domain.Attachment
	Content        []byte
	Request        domain.PrivacyRequest
	Actor          store.Actor
}

func richCandidate(t *testing.T, env *webtest.Env) rich {
	t.Helper()
	a, st := env.Acme, env.Store
	ctx := a.Ctx
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	r := rich{Records: a.Records(t, st), Actor: store.Actor{Kind: domain.AudienceOffice, ID: a.Recruiter.ID, Name: a.Recruiter.Name}}
	c := r.Candidate
	c.Phone, c.Street, c.Summary, c.Headline = "+31 6 1234", "Keizersgracht 1", "Private summary", "Records clerk"
	must("update", st.UpdateCandidate(ctx, &c))
	r.Candidate = c
	r.Exp = domain.Experience{CandidateID: c.ID, Employer: "Old BV", Title: "Clerk", Description: "filed things"}
	must("experience", st.SaveExperience(ctx, &r.Exp))
	r.Edu = domain.Education{CandidateID: c.ID, Institution: "ROC", Degree: "MBO"}
	must("education", st.SaveEducation(ctx, &r.Edu))
	r.Skill = domain.Skill{CandidateID: c.ID, Name: "Archiving", Level: 4}
	must("skill", st.SaveSkill(ctx, &r.Skill))
	r.Consent = domain.Consent{CandidateID: c.ID, TextVersion: "v3-2026", ValidUntil: domain.NewDate(2027, 1, 1)}
	must("consent", st.GiveConsent(ctx, &r.Consent))
	r.Note = domain.Note{SubjectKind: domain.SubjectCandidate, SubjectID: c.ID, AuthorKind: domain.AudienceOffice,
		AuthorID: a.Recruiter.ID, AuthorName: a.Recruiter.Name, Body: "Called about the records job"}
	must("note", st.CreateNote(ctx, &r.Note))
	r.Internal = domain.Note{SubjectKind: domain.SubjectCandidate, SubjectID: c.ID, AuthorKind: domain.AudienceOffice,
		AuthorID: a.Recruiter.ID, AuthorName: a.Recruiter.Name, Body: "Internal: salary too high", Internal: true}
	must("internal note", st.CreateNote(ctx, &r.Internal))
	typ := domain.AttachmentType{Name: "CV", Code: domain.TypeCodeCV}
	must("type", st.SaveAttachmentType(ctx, &typ))
	r.Content = []byte("%PDF-1.4 the CV of Rosa\x00\x01\x02")
	r.Attachment = domain.Attachment{SubjectKind: domain.SubjectCandidate, SubjectID: c.ID, TypeID: typ.ID,
		FileName: "../cv rosa.pdf", ContentType: "application/pdf", UploadedBy: "Rita"}
	must("attachment", st.CreateAttachment(ctx, &r.Attachment, r.Content))
	must("evaluation", st.AddEvaluation(ctx, &domain.Evaluation{MatchID: r.Match.ID, Verdict: domain.VerdictComment, Comment: "Strong on archives"}, r.Actor))
	must("lines", st.SaveTimesheetLines(ctx, r.Timesheet.ID, []domain.TimesheetLine{
		{DeclarationTypeID: r.DeclarationType.ID, Day: domain.NewDate(2026, 1, 12), Minutes: 480},
		{DeclarationTypeID: r.DeclarationType.ID, Day: domain.NewDate(2026, 1, 13), Minutes: 420}}))
	must("audit", st.Audit(ctx, domain.AuditEntry{ActorKind: domain.AudienceOffice, ActorID: a.Recruiter.ID, ActorName: "Rita",
		Action: "view", ObjectKind: string(domain.SubjectCandidate), ObjectID: c.ID}))
	r.Request = domain.PrivacyRequest{CandidateID: c.ID, Right: domain.RightAccess, Message: "Send me my data", ReceivedAt: env.DB.Now(), Origin: "mail"}
	must("request", st.CreatePrivacyRequest(ctx, &r.Request, r.Actor))
	return r
}
