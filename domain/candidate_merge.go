package domain

// MergeFields are the candidate's fields a recruiter chooses between, side
// by side, when merging two records of one person (issue 16 item 7).
var MergeFields = []string{"first_name", "last_name", "email", "phone", "date_of_birth", "street", "postal_code", "city",
	"country", "language", "headline", "summary", "owner_id", "status_id", "available_from", "available_hours", "availability_note"}

// MergedCandidate is the survivor of a merge: its own record with the
// fields in takeOther taken from the other record. Identity, privacy flags
// and dates stay the survivor's.
func MergedCandidate(survivor, other Candidate, takeOther map[string]bool) Candidate {
	out := survivor
	take := func(field string, dst *string, src string) {
		if takeOther[field] {
			*dst = src
		}
	}
	take("first_name", &out.FirstName, other.FirstName)
	take("last_name", &out.LastName, other.LastName)
	take("email", &out.Email, other.Email)
	take("phone", &out.Phone, other.Phone)
	take("street", &out.Street, other.Street)
	take("postal_code", &out.PostalCode, other.PostalCode)
	take("city", &out.City, other.City)
	take("country", &out.Country, other.Country)
	take("language", &out.Language, other.Language)
	take("headline", &out.Headline, other.Headline)
	take("summary", &out.Summary, other.Summary)
	take("availability_note", &out.AvailabilityNote, other.AvailabilityNote)
	if takeOther["date_of_birth"] {
		out.DateOfBirth = other.DateOfBirth
	}
	if takeOther["available_from"] {
		out.AvailableFrom = other.AvailableFrom
	}
	if takeOther["available_hours"] {
		out.AvailableHours = other.AvailableHours
	}
	if takeOther["owner_id"] {
		out.OwnerID = other.OwnerID
	}
	if takeOther["status_id"] {
		out.StatusID = other.StatusID
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
