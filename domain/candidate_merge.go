package domain

// MergeFields are the candidate's fields a recruiter chooses between, side
// by side, when merging two records of one person (issue 16 item 7): all of
// CandidateFields.
func MergeFields() []string {
	var names []string
	for _, f := range CandidateFields() {
		names = append(names, f.Name)
	}
	return names
}

// MergedCandidate is the survivor of a merge: its own record with the
// fields in takeOther taken from the other record. Identity, privacy flags
// and dates stay the survivor's.
func MergedCandidate(survivor, other Candidate, takeOther map[string]bool) Candidate {
	out := survivor
	for _, f := range CandidateFields() {
		if takeOther[f.Name] {
			f.Copy(&out, other)
		}
	}
	return out
}

// KeyMergeSelf and KeyMergeBlocked are the refusals of a merge.
const (
	KeyMergeSelf    = "candidate.merge.self"
	KeyMergeBlocked = "candidate.merge.blocked"
)

// CheckMerge is F2 for a merge: two different records, neither anonymised
// nor restricted nor objecting, since their data must stay as it is.
func CheckMerge(survivor, other Candidate) error {
	if survivor.ID == other.ID {
		return &Error{Kind: KindInvalid, Key: KeyMergeSelf, Op: "CheckMerge"}
	}
	for _, c := range []Candidate{survivor, other} {
		if CandidateMayBeMatched(c) != nil {
			return &Error{Kind: KindConflict, Key: KeyMergeBlocked, Op: "CheckMerge"}
		}
	}
	return nil
}
