package domain

import "strings"

// ProfileValue is the text of a candidate profile field as a form shows it.
func ProfileValue(c Candidate, field string) string {
	if f, ok := CandidateFieldNamed(field); ok {
		return f.Text(c)
	}
	return ""
}

// setProfileValue sets one field from its form text; it reports false when
// the text cannot be read (a date that is no date).
func setProfileValue(c *Candidate, field, value string) bool {
	f, ok := CandidateFieldNamed(field)
	if !ok {
		return true
	}
	return f.SetText(c, value)
}

// VisibleProfileFields are the profile fields the portal shows, in the
// order of CandidateProfileFields (C1).
func VisibleProfileFields(s Settings) []ProfileField {
	var out []ProfileField
	for _, name := range CandidateProfileFields {
		if f := s.Field(name); f.Visible {
			out = append(out, f)
		}
	}
	return out
}

// EditProfile is C1: the candidate changes its own profile through the
// portal. Only fields the agency made visible and editable may change; a
// posted value for any other field that differs from the stored one is
// refused with a field error and nothing changes, whatever the form was
// made to send. Fields not posted keep their value. It returns the changed
// candidate and the names of the fields that changed.
func EditProfile(c Candidate, s Settings, posted map[string]string) (Candidate, []string, error) {
	var v Validator
	out := c
	var changed []string
	for _, name := range CandidateProfileFields {
		value, ok := posted[name]
		if !ok {
			continue
		}
		value = strings.TrimSpace(value)
		if value == ProfileValue(c, name) {
			continue
		}
		if f := s.Field(name); !f.Visible || !f.Editable {
			v.Check(false, name, "validation.not_editable")
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
	if err := out.Validate(); err != nil {
		return c, nil, err
	}
	return out, changed, nil
}
