package careers

import (
	"html"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
)

// jobPosting is schema.org's JobPosting with the properties Google's job
// search requires (title, description, datePosted, hiringOrganization,
// jobLocation) and recommends (validThrough, employmentType, baseSalary,
// identifier, directApply). The page carries it as JSON-LD.
type jobPosting struct {
	Context            string        `json:"@context"`
	Type               string        `json:"@type"`
	Title              string        `json:"title"`
	Description        string        `json:"description"`
	Identifier         propertyValue `json:"identifier"`
	DatePosted         string        `json:"datePosted"`
	ValidThrough       string        `json:"validThrough"`
	EmploymentType     string        `json:"employmentType"`
	HiringOrganization organization  `json:"hiringOrganization"`
	JobLocation        place         `json:"jobLocation"`
	BaseSalary         *monetary     `json:"baseSalary,omitempty"`
	DirectApply        bool          `json:"directApply"`
	URL                string        `json:"url"`
}

type propertyValue struct {
	Type  string `json:"@type"`
	Name  string `json:"name"`
	Value string `json:"value"`
}

type organization struct {
	Type   string `json:"@type"`
	Name   string `json:"name"`
	SameAs string `json:"sameAs"`
	Logo   string `json:"logo,omitempty"`
}

type place struct {
	Type    string        `json:"@type"`
	Address postalAddress `json:"address"`
}

type postalAddress struct {
	Type            string `json:"@type"`
	AddressLocality string `json:"addressLocality,omitempty"`
	AddressCountry  string `json:"addressCountry,omitempty"`
}

type monetary struct {
	Type     string       `json:"@type"`
	Currency string       `json:"currency"`
	Value    quantitative `json:"value"`
}

type quantitative struct {
	Type     string  `json:"@type"`
	MinValue float64 `json:"minValue"`
	MaxValue float64 `json:"maxValue"`
	UnitText string  `json:"unitText"`
}

// openEndedDays is how long ahead a vacancy without a closing day says it
// is valid; the page says so anew each day it stays published.
const openEndedDays = 30

// postingOf describes a published vacancy for search engines. The
// hiring organization is the agency: the client stays unnamed, as agencies
// keep their clients to themselves.
func postingOf(site service.CareersSite, v domain.Vacancy, logoURL string, today domain.Date) jobPosting {
	until := v.ClosesOn
	if until.IsZero() {
		until = today.AddDays(openEndedDays)
	}
	p := jobPosting{Context: "https://schema.org/", Type: "JobPosting", Title: v.Title, Description: descriptionHTML(v.Description),
		Identifier: propertyValue{Type: "PropertyValue", Name: site.Name, Value: idText(v.ID)},
		DatePosted: v.CreatedAt.UTC().Format(time.DateOnly), ValidThrough: until.Time().Add(24*time.Hour - time.Second).Format(time.RFC3339),
		EmploymentType:     domain.EmploymentType(v.HoursPerWeek),
		HiringOrganization: organization{Type: "Organization", Name: site.Name, SameAs: site.URL("/jobs")},
		JobLocation: place{Type: "Place", Address: postalAddress{Type: "PostalAddress", AddressLocality: v.Location,
			AddressCountry: site.Settings.Country}},
		DirectApply: true, URL: site.URL(domain.CareersPath(v))}
	if logoURL != "" {
		p.HiringOrganization.Logo = site.URL(logoURL)
	}
	if !v.Pay.IsZero() {
		p.BaseSalary = &monetary{Type: "MonetaryAmount", Currency: v.Pay.Currency, Value: quantitative{Type: "QuantitativeValue",
			MinValue: float64(v.Pay.MinCents) / 100, MaxValue: float64(v.Pay.MaxCents) / 100, UnitText: strings.ToUpper(string(v.Pay.Period))}}
	}
	if p.Description == "" {
		p.Description = "<p>" + html.EscapeString(v.Title) + "</p>"
	}
	return p
}

// descriptionHTML turns a vacancy's plain text into the HTML Google asks
// for: a paragraph per blank-line-separated block, line breaks kept,
// everything escaped.
func descriptionHTML(text string) string {
	var b strings.Builder
	for _, para := range paragraphs(text) {
		b.WriteString("<p>")
		for i, line := range strings.Split(para, "\n") {
			if i > 0 {
				b.WriteString("<br>")
			}
			b.WriteString(html.EscapeString(line))
		}
		b.WriteString("</p>")
	}
	return b.String()
}

// paragraphs splits text on blank lines, trimming each block.
func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
