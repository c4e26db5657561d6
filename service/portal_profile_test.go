package service_test

import (
	"context"
	"strconv"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// C1, F4: a candidate's own entries are saved and deleted with an audit
// entry naming the entry's id (also for a new one); another candidate's entry
// is not found; a restricted candidate changes nothing (F2).
func TestPortalEntriesAudited_C1_F4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		ten := domain.Tenant{Slug: "pe", Name: "PE", DefaultLanguage: "en"}
		if err := st.CreateTenant(context.Background(), &ten); err != nil {
			t.Fatal(err)
		}
		ctx := store.WithTenant(context.Background(), ten.ID)
		u := domain.User{Email: "r@pe.test", Name: "R", Role: domain.RoleRecruiter, Language: "en", Active: true}
		stat := domain.CandidateStatus{Name: "Placed", FullProfile: true}
		if err := st.CreateUser(ctx, &u); err != nil {
			t.Fatal(err)
		}
		if err := st.SaveCandidateStatus(ctx, &stat); err != nil {
			t.Fatal(err)
		}
		var people []domain.Candidate
		for _, name := range []string{"Own", "Other"} {
			c := domain.Candidate{OwnerID: u.ID, StatusID: stat.ID, FirstName: name, LastName: "C", Language: "en"}
			if err := st.CreateCandidate(ctx, &c); err != nil {
				t.Fatal(err)
			}
			people = append(people, c)
		}
		svc := &service.Service{DB: db}
		me := store.Actor{Kind: domain.AudiencePortal, ID: people[0].ID, Name: "Own C"}
		other := store.Actor{Kind: domain.AudiencePortal, ID: people[1].ID, Name: "Other C"}

		sk := domain.Skill{Name: "Welding", Level: 3}
		if err := svc.PortalSaveSkill(ctx, me, &sk); err != nil || sk.ID == 0 {
			t.Fatalf("save skill: %v (id %d)", err, sk.ID)
		}
		entries, _, err := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: me.ID, Action: "portal_skill_save"})
		if err != nil || len(entries) != 1 || entries[0].Detail != strconv.FormatInt(sk.ID, 10) {
			t.Fatalf("audit of a new skill: %+v %v", entries, err)
		}
		stolen := domain.Skill{ID: sk.ID, Name: "Stolen"}
		if err := svc.PortalSaveSkill(ctx, other, &stolen); domain.KindOf(err) != domain.KindNotFound {
			t.Fatalf("another candidate changed the skill: %v", err)
		}
		if err := svc.PortalDeleteSkill(ctx, other, sk.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Fatalf("another candidate deleted the skill: %v", err)
		}
		exp := domain.Experience{Employer: "Acme", Title: "Welder"}
		if err := svc.PortalSaveExperience(ctx, me, &exp); err != nil {
			t.Fatal(err)
		}
		if err := st.SetCandidateRestricted(ctx, me.ID, true); err != nil {
			t.Fatal(err)
		}
		if err := svc.PortalDeleteExperience(ctx, me, exp.ID); err == nil {
			t.Fatal("a restricted candidate deleted an entry")
		}
		if err := st.SetCandidateRestricted(ctx, me.ID, false); err != nil {
			t.Fatal(err)
		}
		if err := svc.PortalDeleteExperience(ctx, me, exp.ID); err != nil {
			t.Fatal(err)
		}
		if left, _ := st.Experiences(ctx, me.ID); len(left) != 0 {
			t.Fatalf("experience not deleted: %+v", left)
		}
		del, _, _ := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: me.ID, Action: "portal_experience_delete"})
		if len(del) != 1 || del[0].Detail != strconv.FormatInt(exp.ID, 10) {
			t.Fatalf("audit of the deletion: %+v", del)
		}
	})
}
