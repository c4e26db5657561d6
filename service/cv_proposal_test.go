package service_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// Issue 16 item 6: a recruiter sees what a CV proposes beside the record
// and takes what it ticks, in one audited transaction that names the
// fields, never their values; a choice the CV does not propose is refused
// and changes nothing; another agency's CV is not found. In the portal the
// candidate fills its own profile from its own CV, only where the agency
// lets it edit, and another's CV is not found.
func TestCVProposal_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ce := newCareersEnv(t, db)
		env, svc := ce.env, ce.svc
		a, st, ctx := env.Acme, env.Store, env.Acme.Ctx
		rec := a.Records(t, st)
		who := store.Actor{Kind: domain.AudienceOffice, ID: a.Recruiter.ID, Name: a.Recruiter.Name, Addr: "192.0.2.1"}
		att := domain.Attachment{SubjectKind: domain.SubjectCandidate, SubjectID: rec.Candidate.ID, TypeID: ce.w.CVType.ID,
			FileName: "cv.pdf", ContentType: "application/pdf"}
		if err := svc.AddAttachment(ctx, who, &att, zeppelinCV(t, false)); err != nil {
			t.Fatal(err)
		}
		p, err := svc.CVProposal(ctx, who, att.ID)
		if err != nil {
			t.Fatal(err)
		}
		fields := map[string]string{}
		for _, f := range p.Fields {
			fields[f.Name] = f.Proposed
		}
		want := map[string]string{"email": "elodie.martin@example.fr", "phone": "+33 6 12 34 56 78", "street": "12, rue Victor Hugo",
			"postal_code": "69002", "city": "Lyon", "date_of_birth": "1991-03-14"}
		for k, v := range want {
			if fields[k] != v {
				t.Errorf("proposed %s = %q, want %q", k, fields[k], v)
			}
		}
		if len(p.Experience) != 1 || p.Experience[0].Title != "Zeppelinbouwer" || p.Experience[0].Employer != "Luchtschipwerf SA" ||
			p.Experience[0].StartDate.String() != "2019-03-01" || !p.Experience[0].EndDate.IsZero() {
			t.Errorf("experience: %+v", p.Experience)
		}
		if len(p.Education) != 1 || p.Education[0].Institution != "Lycée Victor Hugo" {
			t.Errorf("education: %+v", p.Education)
		}
		if len(p.Skills) < 3 || len(p.Languages) != 2 {
			t.Errorf("skills %v, languages %+v", p.Skills, p.Languages)
		}
		skillsBefore, _ := st.Skills(ctx, rec.Candidate.ID)

		// A choice the CV does not propose changes nothing.
		for _, bad := range []service.CVAccept{
			{Fields: []string{"city"}, Skills: []string{"Hacking"}},
			{Fields: []string{"first_name"}},
			{Experience: []int{7}},
		} {
			if _, err := svc.AcceptCVProposal(ctx, who, att.ID, bad); !invalid(err) {
				t.Errorf("%+v: %v", bad, err)
			}
		}
		if c, _ := st.Candidate(ctx, rec.Candidate.ID); c.City == "Lyon" {
			t.Error("a refused choice changed the city")
		}
		if _, err := svc.CVProposal(env.Other.Ctx, who, att.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("another agency's CV: %v", err)
		}

		cid, err := svc.AcceptCVProposal(ctx, who, att.ID, service.CVAccept{Fields: []string{"city", "date_of_birth"},
			Skills: p.Skills[:2], Languages: []string{"en"}, Experience: []int{0}, Education: []int{0}})
		if err != nil || cid != rec.Candidate.ID {
			t.Fatal(cid, err)
		}
		c, _ := st.Candidate(ctx, rec.Candidate.ID)
		if c.City != "Lyon" || c.DateOfBirth.String() != "1991-03-14" || c.Email != rec.Candidate.Email {
			t.Errorf("candidate: %+v", c)
		}
		skills, _ := st.Skills(ctx, rec.Candidate.ID)
		if len(skills) != len(skillsBefore)+3 || !domain.HasSkill(skills, p.Skills[0]) || !domain.HasSkill(skills, p.Languages[1].Skill.Name) {
			t.Errorf("skills: %+v", skills)
		}
		exps, _ := st.Experiences(ctx, rec.Candidate.ID)
		found := false
		for _, e := range exps {
			found = found || e.Title == "Zeppelinbouwer" && e.StartDate.String() == "2019-03-01"
		}
		if !found {
			t.Errorf("experience not taken: %+v", exps)
		}
		entries, _, err := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: string(domain.SubjectCandidate), ObjectID: rec.Candidate.ID, Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		logged := false
		for _, e := range entries {
			if strings.Contains(e.Detail, "proposal") {
				logged = strings.Contains(e.Detail, "fields city date_of_birth") && !strings.Contains(e.Detail, "Lyon") && e.RemoteAddr == "192.0.2.1"
			}
		}
		if !logged {
			t.Errorf("audit: %+v", entries)
		}
		// Taken values are no longer proposed.
		if again, _ := svc.CVProposal(ctx, who, att.ID); len(again.Experience) != 0 || len(again.Skills) != len(p.Skills)-2 {
			t.Errorf("proposed again: %+v", again)
		}

		// The portal: own CV only, editable fields only.
		cand := a.Candidate(t, st, "Pieter", "Portaal")
		me := store.Actor{Kind: domain.AudiencePortal, ID: cand.ID, Name: cand.Name()}
		if _, err := svc.PortalCVProposal(ctx, me, att.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("another's CV in the portal: %v", err)
		}
		own, err := svc.PortalUploadCV(ctx, me, service.Upload{FileName: "cv.pdf", ContentType: "application/pdf", Content: zeppelinCV(t, false)})
		if err != nil {
			t.Fatal(err)
		}
		if err := svc.PortalAcceptCVProposal(ctx, me, own.ID, service.CVAccept{Fields: []string{"email"}}); !invalid(err) {
			t.Errorf("e-mail is not editable in the portal: %v", err)
		}
		if err := svc.PortalAcceptCVProposal(ctx, me, own.ID, service.CVAccept{Fields: []string{"phone", "city"}, Experience: []int{0}}); err != nil {
			t.Fatal(err)
		}
		if c, _ := st.Candidate(ctx, cand.ID); c.City != "Lyon" || c.Phone != "+33 6 12 34 56 78" || c.Email != cand.Email {
			t.Errorf("portal candidate: %+v", c)
		}
	})
}

func invalid(err error) bool {
	var ve *domain.ValidationError
	return errors.As(err, &ve)
}
