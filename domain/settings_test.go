package domain

import "testing"

// A3: settings and email templates an admin submits are checked field by field.
func TestSettingsAndTemplateValidate_A3(t *testing.T) {
	s := DefaultSettings()
	if err := s.Validate(); err != nil {
		t.Fatalf("defaults invalid: %v", err)
	}
	for name, tc := range map[string]struct {
		change func(*Settings)
		field  string
	}{
		"retention":        {func(s *Settings) { s.RetentionYears = 0 }, "retention_years"},
		"url":              {func(s *Settings) { s.PrivacyURL = map[string]string{"nl": "javascript:x"} }, "privacy_url_nl"},
		"editable hidden":  {func(s *Settings) { s.ProfileFields[0].Visible = false }, "field_first_name"},
		"unknown report":   {func(s *Settings) { s.PortalReports = []string{"nope"} }, "portal_reports"},
		"unknown report 2": {func(s *Settings) { s.HiringReports = []string{"nope"} }, "hiring_reports"},
	} {
		s := DefaultSettings()
		tc.change(&s)
		err, ok := s.Validate().(*ValidationError)
		if !ok || err.Fields[tc.field] == "" {
			t.Errorf("%s: got %v, want an error on %s", name, err, tc.field)
		}
	}
	ok := EmailTemplate{Key: "timesheet_sent", Language: "nl", Subject: "Hi {{.Name}}", Body: "{{if .X}}x{{end}}"}
	if err := ok.Validate(); err != nil {
		t.Fatalf("valid template refused: %v", err)
	}
	bad := ok
	bad.Body = "{{if .X}}unclosed"
	if err, _ := bad.Validate().(*ValidationError); err == nil || err.Fields["body"] != "validation.template" {
		t.Errorf("broken body accepted: %v", err)
	}
}
