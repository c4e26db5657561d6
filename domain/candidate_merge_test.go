package domain

import "testing"

// Issue 16 item 7: the survivor of a merge takes exactly the fields chosen
// from the other record; a record merges with no other that privacy rules
// keep as it is.
func TestMergedCandidate_I16(t *testing.T) {
	a := Candidate{ID: 1, OwnerID: 10, StatusID: 20, FirstName: "Jan", LastName: "Jansen", Email: "jan@a.nl", Phone: "06-1",
		DateOfBirth: NewDate(1990, 1, 2), City: "Delft", Language: "nl", AvailableHours: 32}
	b := Candidate{ID: 2, OwnerID: 11, StatusID: 21, FirstName: "Jan", LastName: "Janssen", Email: "jan@b.nl", Phone: "06-2",
		DateOfBirth: NewDate(1990, 2, 1), City: "Utrecht", Language: "en", AvailableHours: 40, Restricted: true}
	got := MergedCandidate(a, b, map[string]bool{"last_name": true, "phone": true, "date_of_birth": true, "owner_id": true, "available_hours": true})
	want := a
	want.LastName, want.Phone, want.DateOfBirth, want.OwnerID, want.AvailableHours = "Janssen", "06-2", b.DateOfBirth, 11, 40
	if got != want {
		t.Errorf("merged %+v\nwant %+v", got, want)
	}
	if all := MergedCandidate(a, b, nil); all != a {
		t.Errorf("nothing chosen changed the survivor: %+v", all)
	}
	every := map[string]bool{}
	for _, f := range MergeFields() {
		every[f] = true
	}
	if got := MergedCandidate(a, b, every); got.ID != 1 || got.Restricted || got.Email != b.Email || got.StatusID != 21 {
		t.Errorf("every field taken: %+v", got)
	}
	for _, tc := range []struct {
		name string
		x, y Candidate
		key  string
	}{
		{"two records", a, Candidate{ID: 3}, ""},
		{"itself", a, a, KeyMergeSelf},
		{"restricted other", a, b, KeyMergeBlocked},
		{"objecting survivor", Candidate{ID: 4, Objected: true}, a, KeyMergeBlocked},
	} {
		err := CheckMerge(tc.x, tc.y)
		if (tc.key == "") != (err == nil) || err != nil && KeyOf(err) != tc.key {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.key)
		}
	}
}
