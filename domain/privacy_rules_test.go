package domain

import (
	"errors"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return t.Add(10 * time.Hour)
}

// F2: an extension is allowed once, for an open request, with a reason, to a
// date after the current due date and at most two months after the original.
func TestCheckPrivacyExtension_F2(t *testing.T) {
	open := PrivacyRequest{Status: PrivacyReceived, ReceivedAt: day("2026-01-31")}
	// Due 2026-02-28; the limit is two months later: 2026-04-28.
	if got := PrivacyExtensionLimit(open).Format(time.DateOnly); got != "2026-04-28" {
		t.Fatalf("limit = %s, want 2026-04-28", got)
	}
	extended := time.Now()
	for _, tc := range []struct {
		name   string
		r      PrivacyRequest
		to     string
		reason string
		key    string
	}{
		{"at the limit", open, "2026-04-28", "complex", ""},
		{"one day after the due date", open, "2026-03-01", "complex", ""},
		{"past two months", open, "2026-04-29", "complex", KeyPrivacyExtensionRange},
		{"not after the due date", open, "2026-02-28", "complex", KeyPrivacyExtensionRange},
		{"no reason", open, "2026-03-15", "  ", "validation.required"},
		{"second time", PrivacyRequest{Status: PrivacyInProgress, ReceivedAt: day("2026-01-31"), ExtendedAt: &extended}, "2026-03-15", "again", KeyPrivacyAlreadyExtended},
		{"handled", PrivacyRequest{Status: PrivacyDone, ReceivedAt: day("2026-01-31")}, "2026-03-15", "late", KeyPrivacyClosed},
	} {
		err := CheckPrivacyExtension(tc.r, day(tc.to), tc.reason)
		var verr *ValidationError
		switch {
		case tc.key == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.key == "":
		case errors.As(err, &verr):
			found := false
			for _, k := range verr.Fields {
				found = found || k == tc.key
			}
			if !found {
				t.Errorf("%s: fields %v, want %s", tc.name, verr.Fields, tc.key)
			}
		case KeyOf(err) != tc.key:
			t.Errorf("%s: %v, want %s", tc.name, err, tc.key)
		}
	}
}

// F2: a restricted or objecting candidate gets only mails about its request;
// an anonymised one none. Restricted, objecting and anonymised candidates are
// not matched; restricted and anonymised ones not changed.
func TestCandidatePrivacyRules_F2(t *testing.T) {
	now := time.Now()
	plain := Candidate{Email: "a@x.test"}
	restricted := Candidate{Email: "a@x.test", Restricted: true}
	objected := Candidate{Email: "a@x.test", Objected: true}
	gone := Candidate{Email: "a@x.test", AnonymisedAt: &now}
	for _, tc := range []struct {
		c    Candidate
		key  string
		want bool
	}{
		{plain, "timesheet_approved", true},
		{restricted, "timesheet_approved", false},
		{restricted, "privacy_request_extended", true},
		{restricted, "privacy_request_confirmation", true},
		{objected, "credentials_candidate", false},
		{objected, "privacy_request_extended", true},
		{gone, "privacy_request_extended", false},
		{Candidate{}, "timesheet_approved", false},
	} {
		if got := CandidateMayMail(tc.c, tc.key); got != tc.want {
			t.Errorf("CandidateMayMail(%+v, %s) = %v", tc.c, tc.key, got)
		}
	}
	if CandidateMayBeMatched(plain) != nil || KeyOf(CandidateMayBeMatched(restricted)) != KeyCandidateRestricted ||
		KeyOf(CandidateMayBeMatched(objected)) != KeyCandidateObjected || KeyOf(CandidateMayBeMatched(gone)) != KeyCandidateAnonymised {
		t.Error("CandidateMayBeMatched")
	}
	if CandidateMayBeChanged(plain) != nil || CandidateMayBeChanged(objected) != nil ||
		KeyOf(CandidateMayBeChanged(restricted)) != KeyCandidateRestricted || KeyOf(CandidateMayBeChanged(gone)) != KeyCandidateAnonymised {
		t.Error("CandidateMayBeChanged")
	}
}

// F3: the retention cutoff and the fiscal hold follow the tenant's settings.
func TestRetentionPeriods_F3(t *testing.T) {
	now := day("2026-06-15")
	s := DefaultSettings()
	if got := RetentionCutoff(now, s).Format(time.DateOnly); got != "2023-06-15" {
		t.Errorf("cutoff = %s", got)
	}
	if got := FiscalRetentionUntil(now, s).String(); got != "2033-06-15" {
		t.Errorf("fiscal = %s", got)
	}
	s.RetentionYears, s.FiscalRetentionYears = 5, 10
	if RetentionCutoff(now, s).Year() != 2021 || FiscalRetentionUntil(now, s).String() != "2036-06-15" {
		t.Error("settings not used")
	}
}
