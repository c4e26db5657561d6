package domain

// Portal names one of the two portals whose attachment visibility the agency
// configures per attachment type.
type Portal string

const (
	PortalProfessional Portal = "professional"
	PortalHiring       Portal = "hiring"
)

// PortalSeesType is C4 and E10: whether portal p shows attachments of type t.
// Visible means uploadable too; there is one flag per portal, no separate
// upload setting. An unknown portal sees nothing.
func PortalSeesType(t AttachmentType, p Portal) bool {
	switch p {
	case PortalProfessional:
		return t.VisibleProfessional
	case PortalHiring:
		return t.VisibleHiring
	}
	return false
}

// VisibleTypes returns the attachment types portal p sees and may upload, in
// the order given; nil when none.
func VisibleTypes(types []AttachmentType, p Portal) []AttachmentType {
	var out []AttachmentType
	for _, t := range types {
		if PortalSeesType(t, p) {
			out = append(out, t)
		}
	}
	return out
}
