package domain

import "strings"

// CVFields are the candidate fields a CV proposal may fill (issue 16 item 6).
var CVFields = []string{"email", "phone", "street", "postal_code", "city", "date_of_birth"}

// AcceptCVFields sets the chosen fields of a CV proposal on a candidate:
// values holds the proposal's text per field, chosen the fields the person
// ticked. A date that is no date, or a field that is no CV field, is a
// field error and nothing changes. It returns the names of the fields that
// changed.
func AcceptCVFields(c Candidate, values map[string]string, chosen []string) (Candidate, []string, error) {
	var v Validator
	out := c
	var changed []string
	for _, name := range chosen {
		value, ok := values[name]
		known := false
		for _, f := range CVFields {
			known = known || f == name
		}
		if !ok || !known {
			v.Check(false, name, "validation.choice")
			continue
		}
		value = strings.TrimSpace(value)
		if value == ProfileValue(c, name) {
			continue
		}
		if !setProfileValue(&out, name, value) {
			v.Check(false, name, "validation.date")
			continue
		}
		changed = append(changed, name)
	}
	if err := v.Err(); err != nil {
		return c, nil, err
	}
	return out, changed, out.Validate()
}

// HasSkill reports whether a skill of that name (however cased or
// accented) is among skills.
func HasSkill(skills []Skill, name string) bool {
	for _, s := range skills {
		if Fold(s.Name) == Fold(name) {
			return true
		}
	}
	return false
}
