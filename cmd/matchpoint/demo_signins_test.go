package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/demo"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// Issue 15: a start that finds the demo agency prints only the sign-ins that
// still work: a demo account whose password was changed is not printed,
// and a database of another agency prints none.
func TestStartPrintsOnlyWorkingDemoSignIns(t *testing.T) {
	ctx := context.Background()
	db := storetest.SQLite(t)
	res, err := demo.Load(ctx, db, demo.Options{Candidates: 20, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	tctx := store.WithTenant(ctx, res.TenantID)
	st := db.Store()
	all := demo.SignIns()
	changed := all[0]
	acct, err := st.AccountByEmail(tctx, domain.Audience(changed.Audience), changed.Email)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SetAccountPassword(tctx, acct.Audience, acct.ID, "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"); err != nil {
		t.Fatal(err)
	}
	got, err := ensureDemo(ctx, db, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(all)-1 {
		t.Fatalf("printed %d sign-ins, want %d: %+v", len(got), len(all)-1, got)
	}
	var out bytes.Buffer
	printSignIns(&out, got)
	if strings.Contains(out.String(), changed.Email+" ") || !strings.Contains(out.String(), all[len(all)-1].Email) {
		t.Errorf("printed %q", out.String())
	}

	// An agency of its own: nothing to print.
	own := storetest.SQLite(t)
	if err := own.Store().CreateTenant(ctx, &domain.Tenant{Slug: "own", Name: "Own", DefaultLanguage: "en"}); err != nil {
		t.Fatal(err)
	}
	if got, err := ensureDemo(ctx, own, &bytes.Buffer{}); err != nil || len(got) != 0 {
		t.Errorf("own agency: %+v %v", got, err)
	}
}
