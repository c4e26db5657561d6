package domain

import (
	"strings"
	"testing"
	"time"
)

// F2, F3: a hold blocks erasure (by hand and by the retention job) until an
// admin lifts it; an erasure request of a held candidate is refused under
// the art. 17(3) point its kind names; a hold needs a kind and a reason.
func TestHoldRules_F2_F3(t *testing.T) {
	now := time.Now()
	hold := &PrivacyHold{CandidateID: 7, Kind: HoldDispute, Reason: "court case"}
	for _, tc := range []struct {
		name string
		err  error
		key  string
	}{
		{"erase a free candidate", CheckErasable(Candidate{ID: 7}, nil), ""},
		{"erase a held candidate", CheckErasable(Candidate{ID: 7}, hold), KeyCandidateHeld},
		{"erase twice", CheckErasable(Candidate{ID: 7, AnonymisedAt: &now}, nil), KeyCandidateAnonymised},
		{"lift as admin", CheckHoldLift(true), ""},
		{"lift as recruiter", CheckHoldLift(false), KeyHoldLiftAdmin},
		{"refuse an open erasure request of a held candidate",
			CheckErasureRefusal(PrivacyRequest{Right: RightErasure, Status: PrivacyReceived}, hold), ""},
		{"refuse one of a free candidate",
			CheckErasureRefusal(PrivacyRequest{Right: RightErasure, Status: PrivacyInProgress}, nil), KeyHoldNotHeld},
		{"refuse an access request",
			CheckErasureRefusal(PrivacyRequest{Right: RightAccess, Status: PrivacyReceived}, hold), KeyHoldNotErasure},
		{"refuse a closed request",
			CheckErasureRefusal(PrivacyRequest{Right: RightErasure, Status: PrivacyDone, HandledAt: &now}, hold), KeyPrivacyClosed},
		{"valid hold", hold.Validate(), ""},
		{"hold without reason", PrivacyHold{CandidateID: 7, Kind: HoldDispute, Reason: "  "}.Validate(), "validation.required"},
		{"hold of no kind", PrivacyHold{CandidateID: 7, Kind: "whim", Reason: "x"}.Validate(), "validation.choice"},
		{"hold with a 1 MB reason", PrivacyHold{CandidateID: 7, Kind: HoldRetention, Reason: strings.Repeat("x", 1<<20)}.Validate(), "validation.too_long"},
	} {
		got := ""
		if tc.err != nil {
			got = KeyOf(tc.err)
			if v, ok := tc.err.(*ValidationError); ok {
				for _, k := range v.Fields {
					got = k
				}
			}
		}
		if got != tc.key {
			t.Errorf("%s: %v, want %q", tc.name, tc.err, tc.key)
		}
	}
	for kind, want := range map[HoldKind]string{HoldDispute: "17(3)(e)", HoldInspection: "17(3)(b)",
		HoldFiscalAudit: "17(3)(b)", HoldRetention: "17(3)(b)"} {
		if got := kind.ErasureGround(); got != want {
			t.Errorf("%s ground = %s, want %s", kind, got, want)
		}
	}
}
