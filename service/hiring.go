package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// The Hiring Portal's use cases (E1–E11) take the signed-in contact as the
// web layer loaded it from its session. Each checks the contact against the
// tenant of ctx and every object against the domain's rules; whatever the
// contact may not see is not found, never forbidden, so a guessed id tells
// nothing (B5).

// Message keys of the Hiring Portal's refusals.
const (
	KeyHiringAlreadyDecided = "hiring.error.already_decided"
	KeyHiringNoPhase        = "hiring.error.phase_not_set"
	KeyHiringNoProcedure    = "hiring.error.no_procedure"
	KeyHiringTypeNotVisible = "hiring.error.type_not_visible"
	KeyHiringCannotCreate   = "hiring.error.cannot_create"
)

// hiringSettings checks that the contact belongs to the tenant of ctx and
// returns the tenant's settings.
func hiringSettings(ctx context.Context, st *store.Store, c domain.Contact) (domain.Settings, error) {
	if c.ID == 0 || c.TenantID == 0 || c.TenantID != store.TenantOf(ctx) {
		return domain.Settings{}, domain.ErrNotFound
	}
	return st.Settings(ctx)
}

// contactActor is the contact as it is named in histories and the audit log.
func contactActor(c domain.Contact) store.Actor {
	return store.Actor{Kind: domain.AudienceHiring, ID: c.ID, Name: c.Name()}
}

// visibleMatch loads a match and returns it with its vacancy and phase when
// the contact sees it (domain.ContactSeesMatch, E5 and E7); else not found.
func visibleMatch(ctx context.Context, st *store.Store, c domain.Contact, matchID domain.ID) (domain.Match, domain.Vacancy, domain.Phase, error) {
	m, err := st.Match(ctx, matchID)
	if err != nil {
		return domain.Match{}, domain.Vacancy{}, domain.Phase{}, err
	}
	v, err := st.Vacancy(ctx, m.VacancyID)
	if err != nil {
		return domain.Match{}, domain.Vacancy{}, domain.Phase{}, err
	}
	ph, err := st.PortalPhase(ctx, m.PhaseID)
	if err != nil {
		return domain.Match{}, domain.Vacancy{}, domain.Phase{}, err
	}
	set, err := st.Settings(ctx)
	if err != nil {
		return domain.Match{}, domain.Vacancy{}, domain.Phase{}, err
	}
	if !domain.ContactSeesMatch(c, v, m, ph, set) {
		return domain.Match{}, domain.Vacancy{}, domain.Phase{}, domain.NotFound("visibleMatch")
	}
	return m, v, ph, nil
}

// keepVisible drops the rows of a portal match list that the rule does not
// allow; the SQL already filters the same way, so normally nothing is dropped.
func keepVisible(c domain.Contact, set domain.Settings, list []store.PortalMatch) []store.PortalMatch {
	out := list[:0]
	for _, pm := range list {
		if domain.ContactSeesMatch(c, pm.Vacancy, pm.Match, pm.Phase, set) {
			out = append(out, pm)
		}
	}
	return out
}

// waiting reports whether a visible match still waits for the contact's
// decision: never approved and not moved to the reject phase.
func waiting(pm store.PortalMatch, s domain.Settings) bool {
	return pm.Match.ApprovedAt == nil && pm.Phase.VisibleInPortal && pm.Match.PhaseID != s.RejectPhaseID
}
