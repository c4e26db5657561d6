package service_test

import (
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// Issue 16 item 7: merging moves every match (a match on a vacancy both
// had becomes one, keeping its history and the contact's approval),
// placement with its timesheet, document, note, consent, privacy request,
// application, profile entry and audit entry to the survivor in one
// transaction; the survivor takes the fields chosen from the other; the
// other record and its portal sign-in are gone; the merge is audited with
// the merged record as it was. Records privacy keeps as they are, another
// agency's, and a record merged with itself are refused and change nothing.
func TestMergeCandidates_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		a, st, ctx := env.Acme, env.Store, env.Acme.Ctx
		svc := env.Careers().Svc
		must := func(what string, err error) {
			t.Helper()
			if err != nil {
				t.Fatalf("%s: %v", what, err)
			}
		}
		rec := a.Records(t, st) // Rosa Records: matched, placed, with a timesheet
		merged := rec.Candidate
		merged.Phone, merged.DateOfBirth = "+31 6 5555 1234", domain.NewDate(1988, 4, 4)
		must("update", st.UpdateCandidate(ctx, &merged))
		who := store.Actor{Kind: domain.AudienceOffice, ID: a.Recruiter.ID, Name: a.Recruiter.Name}
		survivor := a.Candidate(t, st, "Rosa", "Recordz")
		// Both are matched on the vacancy; the contact approved the merged one's.
		twin := domain.Match{CandidateID: survivor.ID, VacancyID: rec.Vacancy.ID, PhaseID: rec.Phase.ID}
		must("twin match", st.CreateMatch(ctx, &twin, who))
		approved := env.DB.Now().Add(-time.Hour)
		must("approve", st.ApproveMatch(ctx, rec.Match.ID, approved))
		must("evaluation", st.AddEvaluation(ctx, &domain.Evaluation{MatchID: rec.Match.ID, Verdict: domain.VerdictApprove, Comment: "Good"}, who))
		other := domain.Vacancy{CompanyID: rec.Company.ID, OwnerID: a.Recruiter.ID, ProcedureID: rec.Procedure.ID, Title: "Archivist"}
		must("vacancy", st.CreateVacancy(ctx, &other))
		solo := domain.Match{CandidateID: merged.ID, VacancyID: other.ID, PhaseID: rec.Phase.ID}
		must("solo match", st.CreateMatch(ctx, &solo, who))
		must("skill", st.SaveSkill(ctx, &domain.Skill{CandidateID: merged.ID, Name: "Palaeography"}))
		must("experience", st.SaveExperience(ctx, &domain.Experience{CandidateID: merged.ID, Employer: "Archive", Title: "Clerk"}))
		must("consent", st.GiveConsent(ctx, &domain.Consent{CandidateID: merged.ID, TextVersion: "v1", ValidUntil: domain.NewDate(2030, 1, 1)}))
		must("note", st.CreateNote(ctx, &domain.Note{SubjectKind: domain.SubjectCandidate, SubjectID: merged.ID, AuthorKind: domain.AudienceOffice,
			AuthorID: a.Recruiter.ID, AuthorName: "Rita", Body: "Called"}))
		typ := domain.AttachmentType{Name: "CV", Code: domain.TypeCodeCV}
		must("type", st.SaveAttachmentType(ctx, &typ))
		must("attachment", st.CreateAttachment(ctx, &domain.Attachment{SubjectKind: domain.SubjectCandidate, SubjectID: merged.ID,
			TypeID: typ.ID, FileName: "cv.pdf", ContentType: "application/pdf"}, []byte("%PDF-1.4")))
		must("privacy request", st.CreatePrivacyRequest(ctx, &domain.PrivacyRequest{CandidateID: merged.ID, Right: domain.RightAccess,
			ReceivedAt: env.DB.Now()}, who))
		app := domain.Application{CandidateID: merged.ID, VacancyID: rec.Vacancy.ID, MatchID: rec.Match.ID, Source: domain.SourceCareersSite, Language: "en"}
		must("application", st.CreateApplication(ctx, &app))
		must("audit", st.Audit(ctx, domain.AuditEntry{ActorKind: domain.AudienceOffice, ActorID: a.Recruiter.ID, ActorName: "Rita",
			Action: "view", ObjectKind: string(domain.SubjectCandidate), ObjectID: merged.ID}))
		must("password", st.SetAccountPassword(ctx, domain.AudiencePortal, merged.ID, "argon2id$fixture"))
		must("session", st.CreateSession(ctx, domain.Session{TokenHash: "merged-session", TenantID: a.Tenant.ID, Audience: domain.AudiencePortal,
			SubjectID: merged.ID, CreatedAt: env.DB.Now(), LastSeenAt: env.DB.Now(), ExpiresAt: env.DB.Now().Add(time.Hour)}))

		// Refusals change nothing.
		blocked := a.Candidate(t, st, "Rosa", "Restricted")
		must("restrict", func() error {
			_, err := db.Raw().Exec(`UPDATE candidates SET restricted = TRUE WHERE tenant_id = $1 AND id = $2`, a.Tenant.ID, blocked.ID)
			return err
		}())
		foreign := env.Other.Candidate(t, st, "Rosa", "Elsewhere")
		for _, tc := range []struct {
			name     string
			keep, mg domain.ID
			kind     domain.Kind
		}{
			{"itself", survivor.ID, survivor.ID, domain.KindInvalid},
			{"a restricted record", survivor.ID, blocked.ID, domain.KindConflict},
			{"into a restricted record", blocked.ID, merged.ID, domain.KindConflict},
			{"another agency's", survivor.ID, foreign.ID, domain.KindNotFound},
		} {
			if _, err := svc.MergeCandidates(ctx, who, "192.0.2.1", tc.keep, tc.mg, nil); domain.KindOf(err) != tc.kind {
				t.Errorf("%s: %v, want kind %d", tc.name, err, tc.kind)
			}
		}
		if _, err := st.Candidate(ctx, merged.ID); err != nil {
			t.Fatalf("a refused merge removed the record: %v", err)
		}

		counts, err := svc.MergeCandidates(ctx, who, "192.0.2.1", survivor.ID, merged.ID,
			map[string]bool{"phone": true, "date_of_birth": true, "last_name": true})
		if err != nil {
			t.Fatal(err)
		}
		if counts["matches merged"] != 1 || counts["matches"] != 1 || counts["placements"] != 1 || counts["attachments"] != 1 {
			t.Errorf("counts %v", counts)
		}
		if _, err := st.Candidate(ctx, merged.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Fatalf("the merged record is still there: %v", err)
		}
		got, err := st.Candidate(ctx, survivor.ID)
		if err != nil || got.LastName != "Records" || got.Phone != merged.Phone || got.DateOfBirth != merged.DateOfBirth || got.Email != survivor.Email {
			t.Fatalf("survivor %+v %v", got, err)
		}
		matches, _, _ := st.Matches(ctx, store.MatchFilter{CandidateID: survivor.ID})
		if len(matches) != 2 {
			t.Fatalf("survivor's matches %+v", matches)
		}
		kept, _ := st.Match(ctx, twin.ID)
		if kept.ApprovedAt == nil || !kept.ApprovedAt.Equal(approved.Truncate(time.Microsecond)) {
			t.Errorf("the twin match lost the approval: %v", kept.ApprovedAt)
		}
		if ev, _ := st.Evaluations(ctx, twin.ID); len(ev) != 1 {
			t.Errorf("the twin match has %d evaluations", len(ev))
		}
		if h, _ := st.PhaseChanges(ctx, twin.ID); len(h) != 2 {
			t.Errorf("the twin match has %d history entries", len(h))
		}
		placements, _, _ := st.Placements(ctx, store.PlacementFilter{CandidateID: survivor.ID})
		timesheets, _, _ := st.Timesheets(ctx, store.TimesheetFilter{CandidateID: survivor.ID})
		skills, _ := st.Skills(ctx, survivor.ID)
		exps, _ := st.Experiences(ctx, survivor.ID)
		consents, _ := st.Consents(ctx, survivor.ID)
		notes, _ := st.Notes(ctx, domain.SubjectCandidate, survivor.ID, 10)
		atts, _ := st.Attachments(ctx, domain.SubjectCandidate, survivor.ID)
		reqs, _, _ := st.PrivacyRequests(ctx, store.PrivacyRequestFilter{CandidateID: survivor.ID, Limit: 10})
		apps, _ := st.Applications(ctx, survivor.ID)
		if len(placements) != 1 || len(timesheets) != 1 || len(skills) != 1 || len(exps) != 1 || len(consents) != 1 || len(notes) != 1 ||
			len(atts) != 1 || len(reqs) != 1 || len(apps) != 1 || apps[0].MatchID != twin.ID {
			t.Errorf("moved: %d placements, %d timesheets, %d skills, %d experiences, %d consents, %d notes, %d files, %d requests, %d applications (match %d)",
				len(placements), len(timesheets), len(skills), len(exps), len(consents), len(notes), len(atts), len(reqs), len(apps), apps[0].MatchID)
		}
		if found, _, _ := st.Candidates(ctx, store.CandidateFilter{Query: "palaeography"}); len(found) != 1 || found[0].ID != survivor.ID {
			t.Errorf("search by a moved skill finds %+v", found)
		}
		acct, _ := st.Account(ctx, domain.AudiencePortal, survivor.ID)
		if !acct.HasCredentials() {
			t.Error("the survivor did not take over the portal password")
		}
		var sessions int
		_ = db.Raw().QueryRow(`SELECT COUNT(*) FROM sessions WHERE tenant_id = $1 AND subject_id = $2`, a.Tenant.ID, merged.ID).Scan(&sessions)
		if sessions != 0 {
			t.Error("the merged record's portal session lives on")
		}
		log, _, _ := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: string(domain.SubjectCandidate), ObjectID: survivor.ID})
		var merge *domain.AuditEntry
		views := 0
		for i, e := range log {
			switch e.Action {
			case "merge":
				merge = &log[i]
			case "view":
				views++
			}
		}
		if merge == nil || !strings.Contains(merge.Detail, merged.Email) || !strings.Contains(merge.Detail, `"taken":["last_name","phone","date_of_birth"]`) ||
			merge.RemoteAddr != "192.0.2.1" || views == 0 {
			t.Errorf("audit: merge entry %+v, %d views moved", merge, views)
		}
	})
}
