package domain

import "testing"

func attachmentTypes() []AttachmentType {
	return []AttachmentType{
		{ID: 1, Name: "CV", VisibleProfessional: true},
		{ID: 2, Name: "Contract", VisibleProfessional: true, VisibleHiring: true},
		{ID: 3, Name: "Assessment", VisibleHiring: true},
		{ID: 4, Name: "Internal"},
	}
}

// C4, E10: one flag per portal decides both seeing and uploading.
func TestPortalSeesType_C4_E10(t *testing.T) {
	types := attachmentTypes()
	tests := []struct {
		name   string
		t      AttachmentType
		portal Portal
		want   bool
	}{
		{"C4 professional flag, professional portal", types[0], PortalProfessional, true},
		{"E10 professional flag only, hiring portal", types[0], PortalHiring, false},
		{"C4 both flags, professional portal", types[1], PortalProfessional, true},
		{"E10 both flags, hiring portal", types[1], PortalHiring, true},
		{"C4 hiring flag only, professional portal", types[2], PortalProfessional, false},
		{"E10 hiring flag, hiring portal", types[2], PortalHiring, true},
		{"C4 no flag, professional portal", types[3], PortalProfessional, false},
		{"E10 no flag, hiring portal", types[3], PortalHiring, false},
		{"unknown portal", types[1], Portal("office"), false},
		{"empty portal", types[1], Portal(""), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PortalSeesType(tt.t, tt.portal); got != tt.want {
				t.Errorf("PortalSeesType(%s, %q) = %v, want %v", tt.t.Name, tt.portal, got, tt.want)
			}
		})
	}
}

// C4, E10: the types a portal lists and offers for upload, in the given order.
func TestVisibleTypes_C4_E10(t *testing.T) {
	tests := []struct {
		name    string
		types   []AttachmentType
		portal  Portal
		wantIDs []ID
	}{
		{"C4 professional portal", attachmentTypes(), PortalProfessional, []ID{1, 2}},
		{"E10 hiring portal", attachmentTypes(), PortalHiring, []ID{2, 3}},
		{"unknown portal", attachmentTypes(), Portal("office"), nil},
		{"no types", nil, PortalHiring, nil},
		{"no flagged types", attachmentTypes()[3:], PortalProfessional, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := VisibleTypes(tt.types, tt.portal)
			if len(got) != len(tt.wantIDs) {
				t.Fatalf("VisibleTypes = %v, want ids %v", got, tt.wantIDs)
			}
			for i, at := range got {
				if at.ID != tt.wantIDs[i] {
					t.Fatalf("VisibleTypes = %v, want ids %v", got, tt.wantIDs)
				}
			}
		})
	}
}
