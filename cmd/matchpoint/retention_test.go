package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// F3: `matchpoint retention --dry-run` lists who is due and changes nothing;
// without --dry-run it anonymises them, except the ones held back.
func TestRetentionCommandDryRunAndRun_F3(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := store.Open(ctx, filepath.Join(dir, "matchpoint.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	st := db.Store()
	ten := domain.Tenant{Slug: "acme", Name: "Acme", DefaultLanguage: "en"}
	if err := st.CreateTenant(ctx, &ten); err != nil {
		t.Fatal(err)
	}
	tctx := store.WithTenant(ctx, ten.ID)
	u := domain.User{Email: "r@acme.test", Name: "Rita", Role: domain.RoleRecruiter, Language: "en", Active: true}
	status := domain.CandidateStatus{Name: "Applicant"}
	if err := st.CreateUser(tctx, &u); err != nil {
		t.Fatal(err)
	}
	if err := st.SaveCandidateStatus(tctx, &status); err != nil {
		t.Fatal(err)
	}
	db.SetClock(func() time.Time { return time.Now().AddDate(-5, 0, 0) })
	var cands []domain.Candidate
	for _, name := range []string{"Gone", "Kept"} {
		c := domain.Candidate{OwnerID: u.ID, StatusID: status.ID, FirstName: name, LastName: "Old", Email: name + "@x.test", Language: "en"}
		if err := st.CreateCandidate(tctx, &c); err != nil {
			t.Fatal(err)
		}
		cands = append(cands, c)
	}
	db.SetClock(time.Now)
	if err := st.PlaceHold(tctx, &domain.PrivacyHold{CandidateID: cands[1].ID, Kind: domain.HoldRetention, Reason: "claim", HeldBy: "Adam"}); err != nil {
		t.Fatal(err)
	}
	db.Close()

	var out bytes.Buffer
	if err := run(ctx, []string{"retention", "--dry-run", "--data", dir}, &out, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "acme: 2 due, 1 held back, 0 anonymised") || !strings.Contains(out.String(), "\tdue\n") {
		t.Fatalf("dry run printed:\n%s", out.String())
	}
	out.Reset()
	if err := run(ctx, []string{"retention", "--data", dir}, &out, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "acme: 2 due, 1 held back, 1 anonymised") {
		t.Fatalf("run printed:\n%s", out.String())
	}
	db, err = store.Open(ctx, filepath.Join(dir, "matchpoint.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	gone, _ := db.Store().Candidate(tctx, cands[0].ID)
	kept, _ := db.Store().Candidate(tctx, cands[1].ID)
	if gone.AnonymisedAt == nil || kept.AnonymisedAt != nil || kept.Email != "Kept@x.test" {
		t.Fatalf("after the run: %+v / %+v", gone, kept)
	}
}
