package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// PortalCandidate is the portal-safe view of a candidate a contact sees on a
// proposed or pool candidate (E5, E8): professional facts only. Its private
// fields are filled only when the agency marks them shareable
// (Settings.HiringSharedFields); anything else of the candidate never leaves
// the service.
type PortalCandidate struct {
	ID               domain.ID
	Name             string
	Headline         string
	City             string
	Skills           []domain.Skill
	Experiences      []domain.Experience
	Educations       []domain.Education
	AvailableFrom    domain.Date
	AvailableHours   int
	AvailabilityNote string
	// Documents are the candidate's attachments of the types visible in the
	// Hiring Portal (the CV, E10).
	Documents []domain.Attachment

	// Shared only when configured.
	Email       string
	Phone       string
	DateOfBirth domain.Date
	Street      string
	PostalCode  string
	Country     string
}

// portalCandidate builds the portal-safe view of candidate id.
func portalCandidate(ctx context.Context, st *store.Store, set domain.Settings, id domain.ID) (PortalCandidate, error) {
	c, err := st.Candidate(ctx, id)
	if err != nil {
		return PortalCandidate{}, err
	}
	if domain.CandidateMayBeMatched(c) != nil { // anonymised, restricted or objecting (F2)
		return PortalCandidate{}, domain.NotFound("portalCandidate")
	}
	pc := PortalCandidate{ID: c.ID, Name: c.Name(), Headline: c.Headline, City: c.City, AvailableFrom: c.AvailableFrom,
		AvailableHours: c.AvailableHours, AvailabilityNote: c.AvailabilityNote}
	if set.HiringShares("email") {
		pc.Email = c.Email
	}
	if set.HiringShares("phone") {
		pc.Phone = c.Phone
	}
	if set.HiringShares("date_of_birth") {
		pc.DateOfBirth = c.DateOfBirth
	}
	if set.HiringShares("address") {
		pc.Street, pc.PostalCode, pc.Country = c.Street, c.PostalCode, c.Country
	}
	if pc.Skills, err = st.Skills(ctx, id); err != nil {
		return PortalCandidate{}, err
	}
	if pc.Experiences, err = st.Experiences(ctx, id); err != nil {
		return PortalCandidate{}, err
	}
	if pc.Educations, err = st.Educations(ctx, id); err != nil {
		return PortalCandidate{}, err
	}
	docs, err := st.Attachments(ctx, domain.SubjectCandidate, id)
	if err != nil {
		return PortalCandidate{}, err
	}
	types, err := st.AttachmentTypes(ctx)
	if err != nil {
		return PortalCandidate{}, err
	}
	visible := map[domain.ID]bool{}
	for _, t := range types {
		visible[t.ID] = domain.PortalSeesType(t, domain.PortalHiring)
	}
	for _, a := range docs {
		if visible[a.TypeID] {
			pc.Documents = append(pc.Documents, a)
		}
	}
	return pc, nil
}
