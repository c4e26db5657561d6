package domain

import "testing"

// B2: only members of the configured group reach the Hiring Portal.
func TestContactHiringAccess_B2(t *testing.T) {
	cases := []struct {
		name   string
		groups []ID
		group  ID
		want   bool
	}{
		{"member", []ID{3, 7}, 7, true},
		{"not a member", []ID{3}, 7, false},
		{"no groups", nil, 7, false},
		{"no group configured", []ID{0, 3}, 0, false},
	}
	for _, c := range cases {
		if got := ContactHiringAccess(c.groups, Settings{PortalGroupID: c.group}); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}
