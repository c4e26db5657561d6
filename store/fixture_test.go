package store_test

import (
	"context"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// agency is a minimal tenant for store tests: one recruiter and one status.
type agency struct {
	ctx    context.Context
	tenant domain.Tenant
	user   domain.User
	status domain.CandidateStatus
}

func newAgency(t *testing.T, st *store.Store, slug string) agency {
	t.Helper()
	ctx := context.Background()
	a := agency{tenant: domain.Tenant{Slug: slug, Name: "Agency " + slug, DefaultLanguage: "en"}}
	if err := st.CreateTenant(ctx, &a.tenant); err != nil {
		t.Fatalf("create tenant: %v", err)
	}
	a.ctx = store.WithTenant(ctx, a.tenant.ID)
	a.user = domain.User{Email: "rec@" + slug + ".test", Name: "Rec " + slug, Role: domain.RoleRecruiter, Language: "en", Active: true}
	if err := st.CreateUser(a.ctx, &a.user); err != nil {
		t.Fatalf("create user: %v", err)
	}
	a.status = domain.CandidateStatus{Name: "Placed", FullProfile: true, Timesheets: true}
	if err := st.SaveCandidateStatus(a.ctx, &a.status); err != nil {
		t.Fatalf("create status: %v", err)
	}
	return a
}

func (a agency) candidate(t *testing.T, st *store.Store, first, last string) domain.Candidate {
	t.Helper()
	c := domain.Candidate{OwnerID: a.user.ID, StatusID: a.status.ID, FirstName: first, LastName: last,
		Email: first + "." + last + "@example.test", City: "Utrecht", Language: "nl"}
	if err := st.CreateCandidate(a.ctx, &c); err != nil {
		t.Fatalf("create candidate: %v", err)
	}
	return c
}
