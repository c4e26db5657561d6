package domain

import (
	"testing"
	"time"
)

// C1: EditProfile changes only visible, editable fields; a posted value of
// any other field that differs is refused and nothing changes.
func TestEditProfile_C1(t *testing.T) {
	s := DefaultSettings()
	for i := range s.ProfileFields {
		switch s.ProfileFields[i].Field {
		case "email":
			s.ProfileFields[i] = ProfileField{Field: "email", Visible: true}
		case "date_of_birth":
			s.ProfileFields[i] = ProfileField{Field: "date_of_birth"}
		}
	}
	c := Candidate{ID: 1, OwnerID: 2, StatusID: 3, FirstName: "Ann", LastName: "Smith", Email: "ann@x.test", Language: "en"}
	for _, tc := range []struct {
		name    string
		posted  map[string]string
		changed []string
		errOn   string
	}{
		{"editable", map[string]string{"first_name": "Anna", "city": "Gouda"}, []string{"first_name", "city"}, ""},
		{"unchanged non-editable passes", map[string]string{"first_name": "Anna", "email": "ann@x.test"}, []string{"first_name"}, ""},
		{"non-editable changed", map[string]string{"first_name": "Anna", "email": "evil@x.test"}, nil, "email"},
		{"invisible changed", map[string]string{"date_of_birth": "1990-01-02"}, nil, "date_of_birth"},
		{"unknown field ignored", map[string]string{"owner_id": "9", "status_id": "9"}, nil, ""},
		{"invalid value", map[string]string{"last_name": ""}, nil, "last_name"},
		{"bad language", map[string]string{"language": "xx"}, nil, "language"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, changed, err := EditProfile(c, s, tc.posted)
			if tc.errOn != "" {
				fe := fieldsOf(err)
				if fe[tc.errOn] == "" {
					t.Fatalf("want an error on %s, got %v", tc.errOn, err)
				}
				if out != c {
					t.Fatalf("refused edit changed the candidate: %+v", out)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(changed) != len(tc.changed) {
				t.Fatalf("changed %v, want %v", changed, tc.changed)
			}
			for i := range changed {
				if changed[i] != tc.changed[i] {
					t.Fatalf("changed %v, want %v", changed, tc.changed)
				}
			}
			if out.OwnerID != 2 || out.StatusID != 3 {
				t.Fatalf("owner or status changed: %+v", out)
			}
		})
	}
	// The invisible field does not show.
	for _, f := range VisibleProfileFields(s) {
		if f.Field == "date_of_birth" {
			t.Fatal("invisible field listed")
		}
	}
}

func fieldsOf(err error) FieldErrors {
	if v, ok := err.(*ValidationError); ok {
		return v.Fields
	}
	return nil
}

// B1: which sections each combination of grants opens.
func TestPortalSectionAllowed_B1(t *testing.T) {
	all := []PortalSection{SectionProfile, SectionAvailability, SectionCV, SectionDocuments, SectionRecruiter,
		SectionConsent, SectionReports, SectionPrivacy, SectionTimesheets}
	reduced := map[PortalSection]bool{SectionDocuments: true, SectionPrivacy: true, SectionConsent: true}
	for _, st := range []CandidateStatus{{}, {FullProfile: true}, {Timesheets: true}, {FullProfile: true, Timesheets: true}} {
		for _, sec := range all {
			want := reduced[sec] || (sec == SectionTimesheets && st.Timesheets) || (sec != SectionTimesheets && st.FullProfile)
			if got := PortalSectionAllowed(st, sec); got != want {
				t.Errorf("status %+v section %s: %v, want %v", st, sec, got, want)
			}
		}
	}
	if PortalSectionAllowed(CandidateStatus{FullProfile: true, Timesheets: true}, "elsewhere") {
		t.Error("an unknown section is open")
	}
}

// C7: hours per week add up over placements, oldest week first, last n.
func TestHoursPerWeek_C7(t *testing.T) {
	ts := []Timesheet{
		{Year: 2026, Week: 3, TotalMinutes: 600},
		{Year: 2025, Week: 52, TotalMinutes: 60},
		{Year: 2026, Week: 3, TotalMinutes: 30},
		{Year: 2026, Week: 1, TotalMinutes: 120},
	}
	got := HoursPerWeek(ts, 2)
	if len(got) != 2 || got[0] != (WeekHours{2026, 1, 120}) || got[1] != (WeekHours{2026, 3, 630}) || got[1].Label() != "2026-W03" {
		t.Fatalf("%+v", got)
	}
	if all := HoursPerWeek(ts, 0); len(all) != 3 || all[0].Year != 2025 {
		t.Fatalf("%+v", all)
	}
	if !PortalShowsReport(DefaultSettings(), "hours_per_week") || PortalShowsReport(Settings{}, "hours_per_week") {
		t.Fatal("report setting")
	}
}

// C6: consent given in the portal lasts the retention period; its state
// follows withdrawal and expiry.
func TestPortalConsent_C6(t *testing.T) {
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	c := PortalConsent(7, now, Settings{RetentionYears: 2})
	if c.ValidUntil != NewDate(2028, 3, 1) || c.TextVersion != ConsentTextVersion || c.CandidateID != 7 {
		t.Fatalf("%+v", c)
	}
	if c.StateOn(NewDate(2028, 3, 1)) != ConsentActive || c.StateOn(NewDate(2028, 3, 2)) != ConsentExpired {
		t.Fatal("expiry")
	}
	c.WithdrawnAt = &now
	if c.StateOn(NewDate(2026, 3, 1)) != ConsentWithdrawn {
		t.Fatal("withdrawal")
	}
	if _, ok := CurrentConsent(nil, NewDate(2026, 3, 1)); ok {
		t.Fatal("no ledger, no consent")
	}
	if PrivacyStatementType("nl") != TypeCodePrivacyNL || PrivacyStatementType("xx") != TypeCodePrivacyEN {
		t.Fatal("privacy statement type")
	}
}
