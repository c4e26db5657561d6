package service

import (
	"context"
	"fmt"
	"strings"

	"github.com/matchpoint/matchpoint/cvparse"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// CVProposal is what a candidate's CV proposes (issue 16 item 6) beside
// what the record holds, for a person to confirm field by field.
type CVProposal struct {
	Candidate  domain.Candidate
	Attachment domain.Attachment
	Status     domain.TextStatus
	Parsed     cvparse.Proposal
	// Fields are the proposed values of domain.CVFields that differ from
	// the record, in that order.
	Fields     []CVField
	Skills     []string // proposed skills the candidate has not
	Languages  []CVLanguage
	Experience []domain.Experience
	Education  []domain.Education
}

// CVField is one proposed field value beside the record's.
type CVField struct {
	Name, Proposed, Current string
}

// CVLanguage is a proposed language, as the skill it becomes.
type CVLanguage struct {
	Code, Level string
	Skill       domain.Skill
}

// CVAccept is what the person ticked: field names, skill names, language
// codes and the indexes of the experience and education entries.
type CVAccept struct {
	Fields     []string
	Skills     []string
	Languages  []string
	Experience []int
	Education  []int
}

// maxAgencySkills bounds the agency's skill list read for parsing.
const maxAgencySkills = 5000

// CVProposal reads a recruiter's proposal from one of a candidate's CVs.
// A CV uploaded before texts were kept is read now, in memory.
func (s *Service) CVProposal(ctx context.Context, by store.Actor, attachmentID domain.ID) (_ CVProposal, err error) {
	defer domain.Wrap(&err, "service.CVProposal(%d)", attachmentID)
	return s.cvProposal(ctx, s.store(), attachmentID, 0)
}

// cvProposal builds the proposal from an attachment of a candidate; with
// owner not 0 the attachment must be that candidate's (the portal).
func (s *Service) cvProposal(ctx context.Context, st *store.Store, attachmentID, owner domain.ID) (CVProposal, error) {
	att, err := st.Attachment(ctx, attachmentID)
	if err != nil {
		return CVProposal{}, err
	}
	if att.SubjectKind != domain.SubjectCandidate || owner != 0 && att.SubjectID != owner {
		return CVProposal{}, domain.NotFound("CV")
	}
	if cv, err := isCVType(ctx, st, att.TypeID); err != nil {
		return CVProposal{}, err
	} else if !cv {
		return CVProposal{}, domain.NotFound("CV")
	}
	c, err := st.Candidate(ctx, att.SubjectID)
	if err != nil {
		return CVProposal{}, err
	}
	text, err := st.AttachmentText(ctx, att.ID)
	if domain.KindOf(err) == domain.KindNotFound {
		content, err := st.AttachmentContent(ctx, att.ID)
		if err != nil {
			return CVProposal{}, err
		}
		text = s.readCVText(ctx, content)
	} else if err != nil {
		return CVProposal{}, err
	}
	agency, err := st.SkillNames(ctx, maxAgencySkills)
	if err != nil {
		return CVProposal{}, err
	}
	tenant, err := st.CurrentTenant(ctx)
	if err != nil {
		return CVProposal{}, err
	}
	parsed := cvparse.Parse(text.Text, cvparse.Options{AgencySkills: agency, Skills: cvparse.ShippedSkills(), Language: tenant.DefaultLanguage})
	p := CVProposal{Candidate: c, Attachment: att, Status: text.Status, Parsed: parsed}
	return p, p.compare(ctx, st, tenant.DefaultLanguage)
}

// values are the proposal's fields as form text.
func (p CVProposal) values() map[string]string {
	v := map[string]string{"email": p.Parsed.Email, "phone": p.Parsed.Phone, "street": p.Parsed.Street,
		"postal_code": p.Parsed.PostalCode, "city": p.Parsed.City}
	if !p.Parsed.BirthDate.IsZero() {
		v["date_of_birth"] = p.Parsed.BirthDate.String()
	}
	return v
}

// compare keeps what the record lacks: fields that differ, skills and
// languages not there yet, entries not there yet (same title and
// organisation).
func (p *CVProposal) compare(ctx context.Context, st *store.Store, lang string) error {
	skills, err := st.Skills(ctx, p.Candidate.ID)
	if err != nil {
		return err
	}
	exps, err := st.Experiences(ctx, p.Candidate.ID)
	if err != nil {
		return err
	}
	edus, err := st.Educations(ctx, p.Candidate.ID)
	if err != nil {
		return err
	}
	vals := p.values()
	for _, f := range domain.CVFields {
		if v := vals[f]; v != "" && v != domain.ProfileValue(p.Candidate, f) {
			p.Fields = append(p.Fields, CVField{Name: f, Proposed: v, Current: domain.ProfileValue(p.Candidate, f)})
		}
	}
	for _, sk := range p.Parsed.Skills {
		if !domain.HasSkill(skills, sk) {
			p.Skills = append(p.Skills, sk)
		}
	}
	for _, l := range p.Parsed.Languages {
		sk := domain.Skill{CandidateID: p.Candidate.ID, Name: cvparse.LanguageName(l.Code, lang), Level: cvparse.LevelScore(l.Level)}
		if !domain.HasSkill(skills, sk.Name) {
			p.Languages = append(p.Languages, CVLanguage{Code: l.Code, Level: l.Level, Skill: sk})
		}
	}
	for _, e := range p.Parsed.Experience {
		x := domain.Experience{CandidateID: p.Candidate.ID, Title: e.Title, Employer: e.Org, StartDate: e.Start, EndDate: e.End}
		if !hasExperience(exps, x) {
			p.Experience = append(p.Experience, x)
		}
	}
	for _, e := range p.Parsed.Education {
		x := domain.Education{CandidateID: p.Candidate.ID, Degree: e.Title, Institution: e.Org, StartDate: e.Start, EndDate: e.End}
		if !hasEducation(edus, x) {
			p.Education = append(p.Education, x)
		}
	}
	return nil
}

func hasExperience(all []domain.Experience, x domain.Experience) bool {
	for _, e := range all {
		if domain.Fold(e.Title) == domain.Fold(x.Title) && domain.Fold(e.Employer) == domain.Fold(x.Employer) {
			return true
		}
	}
	return false
}

func hasEducation(all []domain.Education, x domain.Education) bool {
	for _, e := range all {
		if domain.Fold(e.Degree) == domain.Fold(x.Degree) && domain.Fold(e.Institution) == domain.Fold(x.Institution) {
			return true
		}
	}
	return false
}

// AcceptCVProposal applies what a recruiter ticked of a CV's proposal, in
// one transaction, audited on the candidate with the names of what changed
// (never the values). The proposal is read again from the stored text, so
// a form can only choose among what the CV proposes.
func (s *Service) AcceptCVProposal(ctx context.Context, by store.Actor, attachmentID domain.ID, acc CVAccept) (candidateID domain.ID, err error) {
	defer domain.Wrap(&err, "service.AcceptCVProposal(%d)", attachmentID)
	err = s.inTx(ctx, func(tx *store.Store) error {
		p, err := s.cvProposal(ctx, tx, attachmentID, 0)
		if err != nil {
			return err
		}
		if err := domain.CandidateMayBeChanged(p.Candidate); err != nil {
			return err
		}
		candidateID = p.Candidate.ID
		detail, err := p.accept(ctx, tx, acc, nil)
		if err != nil {
			return err
		}
		return auditRecord(ctx, tx, by, string(domain.SubjectCandidate), p.Candidate.ID, "update", detail)
	})
	return candidateID, err
}

// accept writes the chosen parts; fields passes the candidate's new
// fields through a rule (the portal's editable fields) when not nil.
func (p CVProposal) accept(ctx context.Context, tx *store.Store, acc CVAccept,
	fields func(c domain.Candidate, posted map[string]string) (domain.Candidate, []string, error)) (string, error) {
	vals := p.values()
	var changed []string
	c := p.Candidate
	var err error
	if fields == nil {
		c, changed, err = domain.AcceptCVFields(c, vals, acc.Fields)
	} else {
		posted := map[string]string{}
		for _, f := range acc.Fields {
			v, ok := vals[f]
			if !ok {
				return "", &domain.ValidationError{Fields: domain.FieldErrors{f: "validation.choice"}}
			}
			posted[f] = v
		}
		c, changed, err = fields(c, posted)
	}
	if err != nil {
		return "", err
	}
	if len(changed) > 0 {
		if err := tx.UpdateCandidate(ctx, &c); err != nil {
			return "", err
		}
	}
	added := 0
	for _, name := range acc.Skills {
		if !contains(p.Skills, name) {
			return "", &domain.ValidationError{Fields: domain.FieldErrors{"skills": "validation.choice"}}
		}
		sk := domain.Skill{CandidateID: c.ID, Name: name}
		if err := sk.Validate(); err != nil {
			return "", err
		}
		if err := tx.SaveSkill(ctx, &sk); err != nil {
			return "", err
		}
		added++
	}
	for _, code := range acc.Languages {
		var found *CVLanguage
		for i := range p.Languages {
			if p.Languages[i].Code == code {
				found = &p.Languages[i]
			}
		}
		if found == nil {
			return "", &domain.ValidationError{Fields: domain.FieldErrors{"languages": "validation.choice"}}
		}
		sk := found.Skill
		if err := tx.SaveSkill(ctx, &sk); err != nil {
			return "", err
		}
		added++
	}
	for _, i := range acc.Experience {
		if i < 0 || i >= len(p.Experience) {
			return "", &domain.ValidationError{Fields: domain.FieldErrors{"experience": "validation.choice"}}
		}
		e := p.Experience[i]
		if err := e.Validate(); err != nil {
			return "", err
		}
		if err := tx.SaveExperience(ctx, &e); err != nil {
			return "", err
		}
	}
	for _, i := range acc.Education {
		if i < 0 || i >= len(p.Education) {
			return "", &domain.ValidationError{Fields: domain.FieldErrors{"education": "validation.choice"}}
		}
		e := p.Education[i]
		if err := e.Validate(); err != nil {
			return "", err
		}
		if err := tx.SaveEducation(ctx, &e); err != nil {
			return "", err
		}
	}
	return fmt.Sprintf("cv %d proposal: fields %s; %d skills; %d experience; %d education", p.Attachment.ID,
		strings.Join(changed, " "), added, len(acc.Experience), len(acc.Education)), nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// PortalCVProposal is the proposal of one of the candidate's own CVs in
// the Professional Portal; another's is not found.
func (s *Service) PortalCVProposal(ctx context.Context, who store.Actor, attachmentID domain.ID) (_ CVProposal, err error) {
	defer domain.Wrap(&err, "service.PortalCVProposal(%d)", attachmentID)
	return s.cvProposal(ctx, s.store(), attachmentID, who.ID)
}

// PortalAcceptCVProposal applies what the candidate ticked of its own CV's
// proposal: fields only where the agency lets the portal edit them (C1),
// skills, languages and entries as the profile's entries allow.
func (s *Service) PortalAcceptCVProposal(ctx context.Context, who store.Actor, attachmentID domain.ID, acc CVAccept) (err error) {
	defer domain.Wrap(&err, "service.PortalAcceptCVProposal(%d)", attachmentID)
	return s.inTx(ctx, func(tx *store.Store) error {
		if err := portalMayChange(ctx, tx, who); err != nil {
			return err
		}
		p, err := s.cvProposal(ctx, tx, attachmentID, who.ID)
		if err != nil {
			return err
		}
		set, err := tx.Settings(ctx)
		if err != nil {
			return err
		}
		detail, err := p.accept(ctx, tx, acc, func(c domain.Candidate, posted map[string]string) (domain.Candidate, []string, error) {
			return domain.EditProfile(c, set, posted)
		})
		if err != nil {
			return err
		}
		return auditPortal(ctx, tx, who, "portal_cv_proposal", detail)
	})
}
