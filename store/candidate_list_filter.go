package store

import (
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// Consent states a candidate list filters on (issue 15).
const (
	ConsentValid = "valid" // a consent that is neither withdrawn nor past its date
	ConsentNone  = "none"  // no such consent
)

// CandidateSorts are the orders of the candidate list, each walking its
// own index: name (candidates_name), created (the key), updated
// (candidates_updated) and available (candidates_available).
var CandidateSorts = []string{"name", "created", "updated", "available"}

// CandidateConditions are the list filters that no index walks: each
// candidate the list's order yields is tested against them (issue 15).
type CandidateConditions struct {
	AvailableFrom, AvailableUntil domain.Date // available_from in this range
	MinHours                      int         // available_hours at least
	City                          string      // whole city name, any case
	Skills                        []string    // every one of these skills, any case
	Language                      string
	Consent                       string // ConsentValid, ConsentNone or ""
	HasCV                         *bool
	CreatedFrom, CreatedUntil     domain.Date // inclusive days
	UpdatedFrom, UpdatedUntil     domain.Date
}

// any reports whether a condition is set.
func (c CandidateConditions) any() bool {
	return !c.AvailableFrom.IsZero() || !c.AvailableUntil.IsZero() || c.MinHours > 0 || c.City != "" ||
		len(c.Skills) > 0 || c.Language != "" || c.Consent != "" || c.HasCV != nil ||
		!c.CreatedFrom.IsZero() || !c.CreatedUntil.IsZero() || !c.UpdatedFrom.IsZero() || !c.UpdatedUntil.IsZero()
}

// where adds the conditions on c to where, their values through arg; today
// is the day a consent's valid_until is compared with.
func (c CandidateConditions) where(where []string, arg func(any) string, today domain.Date) []string {
	if !c.AvailableFrom.IsZero() {
		where = append(where, "c.available_from >= "+arg(c.AvailableFrom))
	}
	if !c.AvailableUntil.IsZero() {
		where = append(where, "c.available_from <= "+arg(c.AvailableUntil))
	}
	if c.MinHours > 0 {
		where = append(where, "c.available_hours >= "+arg(c.MinHours))
	}
	if c.City != "" {
		where = append(where, "lower(c.city) = "+arg(strings.ToLower(c.City)))
	}
	for _, sk := range c.Skills {
		where = append(where, "EXISTS (SELECT 1 FROM skills s WHERE s.tenant_id = c.tenant_id AND s.candidate_id = c.id AND lower(s.name) = "+
			arg(strings.ToLower(sk))+")")
	}
	if c.Language != "" {
		where = append(where, "c.language = "+arg(c.Language))
	}
	if c.Consent != "" {
		valid := "EXISTS (SELECT 1 FROM consents k WHERE k.tenant_id = c.tenant_id AND k.candidate_id = c.id AND k.withdrawn_at IS NULL" +
			" AND (k.valid_until IS NULL OR k.valid_until >= " + arg(today) + "))"
		if c.Consent == ConsentNone {
			valid = "NOT " + valid
		}
		where = append(where, valid)
	}
	if c.HasCV != nil {
		cv := "EXISTS (SELECT 1 FROM attachments a JOIN attachment_types t ON t.tenant_id = a.tenant_id AND t.id = a.type_id" +
			" WHERE a.tenant_id = c.tenant_id AND a.subject_kind = " + arg(string(domain.SubjectCandidate)) +
			" AND a.subject_id = c.id AND t.code = " + arg(string(domain.TypeCodeCV)) + ")"
		if !*c.HasCV {
			cv = "NOT " + cv
		}
		where = append(where, cv)
	}
	day := func(d domain.Date) time.Time { return d.Time().UTC() }
	if !c.CreatedFrom.IsZero() {
		where = append(where, "c.created_at >= "+arg(day(c.CreatedFrom)))
	}
	if !c.CreatedUntil.IsZero() {
		where = append(where, "c.created_at < "+arg(day(c.CreatedUntil.AddDays(1))))
	}
	if !c.UpdatedFrom.IsZero() {
		where = append(where, "c.updated_at >= "+arg(day(c.UpdatedFrom)))
	}
	if !c.UpdatedUntil.IsZero() {
		where = append(where, "c.updated_at < "+arg(day(c.UpdatedUntil.AddDays(1))))
	}
	return where
}
