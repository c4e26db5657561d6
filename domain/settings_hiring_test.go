package domain

import "testing"

// E5: by default a contact sees none of the candidate's private fields; an
// admin may share only the known ones.
func TestHiringSharedFields_E5(t *testing.T) {
	s := DefaultSettings()
	for _, f := range HiringShareableFields {
		if s.HiringShares(f) {
			t.Errorf("%s shared by default", f)
		}
	}
	s.HiringSharedFields = []string{"phone", "address"}
	if err := s.Validate(); err != nil {
		t.Fatalf("known fields refused: %v", err)
	}
	if !s.HiringShares("phone") || s.HiringShares("email") {
		t.Errorf("HiringShares wrong for %v", s.HiringSharedFields)
	}
	s.HiringSharedFields = []string{"password_hash"}
	if err, _ := s.Validate().(*ValidationError); err == nil || err.Fields["hiring_shared_fields"] != "validation.choice" {
		t.Errorf("unknown field accepted: %v", err)
	}
}
