package service

import (
	"context"
	"strconv"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// The Professional Portal's use cases (C1–C9). Each takes the signed-in
// candidate as an actor and works only on that candidate's own records: the
// store methods filter on the candidate's id, so another candidate's id
// finds nothing (404).

// PortalActor is the candidate as the author of changes and audit entries.
func PortalActor(c domain.Candidate) store.Actor {
	return store.Actor{Kind: domain.AudiencePortal, ID: c.ID, Name: c.Name()}
}

// auditPortal writes one audit entry (F4) of the candidate's own record.
func auditPortal(ctx context.Context, st *store.Store, who store.Actor, action string, detail ...string) error {
	return st.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
		Action: action, ObjectKind: string(domain.SubjectCandidate), ObjectID: who.ID, Detail: strings.Join(detail, ",")})
}

// inTx runs fn in one transaction.
func (s *Service) inTx(ctx context.Context, fn func(tx *store.Store) error) error {
	return s.DB.Store().InTx(ctx, fn)
}

func idText(id domain.ID) string { return strconv.FormatInt(id, 10) }

// portalMayChange is F2 for the candidate's own edits: while it has
// restricted the processing of its data, its data stays as it is (consent
// and privacy requests excepted). The candidate reads why in its own words.
func portalMayChange(ctx context.Context, st *store.Store, who store.Actor) error {
	c, err := st.Candidate(ctx, who.ID)
	if err != nil {
		return err
	}
	if err := domain.CandidateMayBeChanged(c); err != nil {
		return &domain.Error{Kind: domain.KindConflict, Key: "portal.restricted", Err: err}
	}
	return nil
}
