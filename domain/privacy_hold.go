package domain

import (
	"slices"
	"strings"
	"time"
)

// Message keys of holds (F2, F3).
const (
	KeyCandidateHeld   = "privacy.error.held"
	KeyHoldLiftAdmin   = "privacy.error.hold_lift_admin"
	KeyHoldNotErasure  = "privacy.error.hold_not_erasure"
	KeyHoldNotHeld     = "privacy.error.not_held"
	HoldReasonMaxChars = 1000
)

// HoldKind says why the agency must keep a candidate's data: a retention
// hold an admin sets against the retention job, or a legal hold for a
// dispute, a labour inspection or a fiscal audit.
type HoldKind string

const (
	HoldRetention   HoldKind = "retention"
	HoldDispute     HoldKind = "dispute"
	HoldInspection  HoldKind = "inspection"
	HoldFiscalAudit HoldKind = "fiscal_audit"
)

// HoldKinds lists the kinds in the order the forms offer them.
var HoldKinds = []HoldKind{HoldRetention, HoldDispute, HoldInspection, HoldFiscalAudit}

// ErasureGround is the point of GDPR article 17(3) that lets the agency keep
// the data of a held candidate despite an erasure request: (e) the
// establishment, exercise or defence of legal claims for a dispute, (b) a
// legal obligation for the others (an inspection or audit the agency must
// answer, a retention period the law sets).
func (k HoldKind) ErasureGround() string {
	if k == HoldDispute {
		return "17(3)(e)"
	}
	return "17(3)(b)"
}

// PrivacyHold keeps a candidate's data as it is: neither the retention job
// nor an erasure removes it while the hold stands (F2, F3). Only an admin
// lifts it.
type PrivacyHold struct {
	CandidateID ID
	Kind        HoldKind
	Reason      string
	HeldByID    ID
	HeldBy      string
	HeldAt      time.Time
}

// Validate checks a hold an admin places: a known kind and a reason, since
// the reason is what the candidate is told when its erasure is refused.
func (h PrivacyHold) Validate() error {
	var v Validator
	v.Check(h.CandidateID != 0, "candidate_id", "validation.required")
	v.Check(slices.Contains(HoldKinds, h.Kind), "kind", "validation.choice")
	v.Required(strings.TrimSpace(h.Reason), "reason")
	v.MaxLen(h.Reason, HoldReasonMaxChars, "reason")
	return v.Err()
}

// CheckErasable is F2's rule for erasing a candidate, by hand or by the
// retention job: not twice, and not while a hold stands (art. 17(3)).
func CheckErasable(c Candidate, hold *PrivacyHold) error {
	if c.AnonymisedAt != nil {
		return &Error{Kind: KindConflict, Key: KeyCandidateAnonymised, Op: "CheckErasable"}
	}
	if hold != nil {
		return &Error{Kind: KindConflict, Key: KeyCandidateHeld, Op: "CheckErasable"}
	}
	return nil
}

// CheckHoldLift is the rule for lifting a hold: an admin only, since the
// hold is what keeps the agency within the law.
func CheckHoldLift(isAdmin bool) error {
	if !isAdmin {
		return &Error{Kind: KindForbidden, Key: KeyHoldLiftAdmin, Op: "CheckHoldLift"}
	}
	return nil
}

// CheckErasureRefusal is the rule for answering an erasure request with
// art. 17(3): the request asks for erasure, is still open, and the
// candidate is held.
func CheckErasureRefusal(r PrivacyRequest, hold *PrivacyHold) error {
	switch {
	case r.Right != RightErasure:
		return &Error{Kind: KindConflict, Key: KeyHoldNotErasure, Op: "CheckErasureRefusal"}
	case r.HandledAt != nil || r.Status == PrivacyDone || r.Status == PrivacyRefused:
		return &Error{Kind: KindConflict, Key: KeyPrivacyClosed, Op: "CheckErasureRefusal"}
	case hold == nil:
		return &Error{Kind: KindConflict, Key: KeyHoldNotHeld, Op: "CheckErasureRefusal"}
	}
	return nil
}
