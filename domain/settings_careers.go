package domain

import (
	"math"
	"strconv"

	"golang.org/x/text/language"
)

// CareersSettings are the agency's careers site settings (issue 16): which
// vacancies it publishes, how it looks, and where applications land.
type CareersSettings struct {
	// SourceID is the vacancy source that publishes a vacancy on the
	// careers site, as PortalSourceID does for the Hiring Portal; 0 means
	// the site lists nothing.
	SourceID ID `json:"source_id"`
	// Name is the site's name; "" shows the agency's name.
	Name string `json:"name"`
	// BrandColor fills the header and buttons; LinkColor colours links on
	// the white page. Both are "#rrggbb".
	BrandColor string `json:"brand_color"`
	LinkColor  string `json:"link_color"`
	// Country is the ISO 3166-1 code of the country the vacancies are in,
	// for the job feeds and structured data; "" leaves it out.
	Country string `json:"country"`
	// PayRequired makes a pay range a condition of publishing (EU Pay
	// Transparency Directive 2023/970).
	PayRequired bool `json:"pay_required"`
	// PhaseID is the phase an applicant's new match starts in; when it is
	// not a phase of the vacancy's procedure the procedure's first is used.
	PhaseID ID `json:"phase_id"`
	// StatusID is the status of a candidate created by an application; 0
	// takes the agency's first status.
	StatusID ID `json:"status_id"`
	// OwnerID owns the candidates of open applications and gets their
	// notice; 0 takes the first active admin. A vacancy's applicants
	// belong to the vacancy's owner.
	OwnerID ID `json:"owner_id"`
	// Logo is the version (a content hash) of the stored logo; "" when the
	// site has none.
	Logo string `json:"logo"`
}

// Careers site colours a new agency starts with: a dark blue that white
// text reads well on, and the same for links.
const (
	DefaultBrandColor = "#1f4e79"
	DefaultLinkColor  = "#1f4e79"
)

func defaultCareersSettings() CareersSettings {
	return CareersSettings{BrandColor: DefaultBrandColor, LinkColor: DefaultLinkColor}
}

// KeyLinkContrast says a link colour is too light to read on white.
const KeyLinkContrast = "careers.error.link_contrast"

func (c CareersSettings) validate(v *Validator) {
	v.MaxLen(c.Name, 100, "careers_name")
	_, ok := parseHexColor(c.BrandColor)
	v.Check(ok, "careers_brand_color", "validation.color")
	link, ok := parseHexColor(c.LinkColor)
	v.Check(ok, "careers_link_color", "validation.color")
	// WCAG 2.2 AA: normal text needs 4.5:1 against its background (G4).
	v.Check(!ok || contrast(link, white) >= 4.5, "careers_link_color", KeyLinkContrast)
	v.Check(c.Country == "" || ValidCountry(c.Country), "careers_country", "validation.choice")
}

// ValidCountry reports whether code is an ISO 3166-1 alpha-2 country code.
func ValidCountry(code string) bool {
	if len(code) != 2 {
		return false
	}
	r, err := language.ParseRegion(code)
	return err == nil && r.IsCountry() && r.String() == code
}

type rgb [3]float64

var white = rgb{1, 1, 1}

// parseHexColor reads "#rrggbb".
func parseHexColor(s string) (rgb, bool) {
	if len(s) != 7 || s[0] != '#' {
		return rgb{}, false
	}
	var c rgb
	for i := range 3 {
		n, err := strconv.ParseUint(s[1+2*i:3+2*i], 16, 8)
		if err != nil {
			return rgb{}, false
		}
		c[i] = float64(n) / 255
	}
	return c, true
}

// luminance is WCAG's relative luminance.
func luminance(c rgb) float64 {
	var l [3]float64
	for i, v := range c {
		if v <= 0.04045 {
			l[i] = v / 12.92
		} else {
			l[i] = math.Pow((v+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
}

// contrast is WCAG's contrast ratio of two colours, from 1 to 21.
func contrast(a, b rgb) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// ContrastRatio is the WCAG contrast ratio of two "#rrggbb" colours; 0 when
// either is not a colour.
func ContrastRatio(a, b string) float64 {
	ca, okA := parseHexColor(a)
	cb, okB := parseHexColor(b)
	if !okA || !okB {
		return 0
	}
	return contrast(ca, cb)
}

// TextOn is the text colour that reads best on background bg: near-black
// or white. Either reaches at least 4.5:1 on any colour.
func TextOn(bg string) string {
	const dark, light = "#111111", "#ffffff"
	if ContrastRatio(dark, bg) >= ContrastRatio(light, bg) {
		return dark
	}
	return light
}
