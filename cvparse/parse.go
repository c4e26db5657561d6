// Package cvparse reads a CV's text into a proposal of profile values
// (issue 16 item 6): contact details, date of birth, languages, skills,
// work experience and education with their dates. It runs locally on the
// text cvtext extracted; nothing leaves the server. Its rules are plain
// patterns and word lists for nl, en, de and fr, measured on a generated
// corpus (doc/cv-parsing.md).
package cvparse

import (
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

// Language is a language a CV says the person speaks, with its level as a
// CEFR grade (A1 to C2) or "native".
type Language struct {
	Code  string // ISO 639-1
	Level string
}

// Entry is a work experience (Title at Org) or an education (Title, the
// degree, at Org, the institution) with its dates; a zero End with Current
// runs until now.
type Entry struct {
	Title   string
	Org     string
	Start   domain.Date
	End     domain.Date
	Current bool
}

// Proposal is what parsing found; empty fields were not found.
type Proposal struct {
	Email      string
	Phone      string
	Street     string
	PostalCode string
	City       string
	BirthDate  domain.Date
	Languages  []Language
	Skills     []string
	Experience []Entry
	Education  []Entry
}

// Options are what parsing matches against.
type Options struct {
	// AgencySkills are the skill names the agency uses; a found skill is
	// named as the agency names it.
	AgencySkills []string
	// Skills is the shipped multilingual list (ShippedSkills).
	Skills SkillList
	// Language names skills the agency does not know, in nl, en, de or fr.
	Language string
}

// line is one line of the text with its folded form and its section.
type line struct {
	raw, folded string
	sec         section
	heading     bool
}

// Parse reads text into a proposal.
func Parse(text string, opt Options) Proposal {
	lines := splitLines(text)
	var p Proposal
	p.Email = findEmail(lines)
	p.Phone = findPhone(lines)
	p.Street, p.PostalCode, p.City = findAddress(lines)
	p.BirthDate = findBirthDate(lines)
	p.Languages = findLanguages(lines)
	p.Skills = findSkills(skillText(lines), opt)
	p.Experience = findEntries(lines, secExperience)
	p.Education = findEntries(lines, secEducation)
	return p
}

// splitLines folds each line and marks the section it is in.
func splitLines(text string) []line {
	var out []line
	sec := secNone
	for raw := range strings.Lines(text) {
		raw = strings.TrimSpace(raw)
		if raw == "" {
			continue
		}
		l := line{raw: raw, folded: domain.Fold(raw)}
		if s, ok := headingOf(l.folded); ok {
			sec, l.heading = s, true
		}
		l.sec = sec
		out = append(out, l)
	}
	return out
}

// skillText is the text skills are looked for in: all but the sections
// that hold no skills (hobbies, references, the profile's prose).
func skillText(lines []line) string {
	var b strings.Builder
	for _, l := range lines {
		if l.sec != secOther && !l.heading {
			b.WriteString(l.raw)
			b.WriteString("\n")
		}
	}
	return b.String()
}
