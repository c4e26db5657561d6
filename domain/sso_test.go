package domain

import (
	"slices"
	"testing"
)

// Single sign-on lets in only addresses the provider verified, of the
// allowed domains (any when none are listed).
func TestSSOEmailAllowed_B4(t *testing.T) {
	acme := SSOSettings{AllowedDomains: []string{"acme.example", "acme.nl"}}
	for _, c := range []struct {
		set      SSOSettings
		email    string
		verified bool
		want     bool
	}{
		{acme, "rita@acme.example", true, true},
		{acme, "Rita@ACME.nl", true, true},
		{acme, "rita@acme.example", false, false},
		{acme, "rita@evil.example", true, false},
		{acme, "rita@sub.acme.example", true, false},
		{acme, "rita@acme.example.evil", true, false},
		{acme, "acme.example", true, false},
		{acme, "@acme.example", true, false},
		{acme, "rita@", true, false},
		{SSOSettings{}, "anyone@anywhere.example", true, true},
		{SSOSettings{}, "anyone@anywhere.example", false, false},
	} {
		if got := SSOEmailAllowed(c.set, c.email, c.verified); got != c.want {
			t.Errorf("SSOEmailAllowed(%v, %q, verified %v) = %v", c.set.AllowedDomains, c.email, c.verified, got)
		}
	}
}

func TestParseDomains_B4(t *testing.T) {
	for in, want := range map[string][]string{
		"":                                  nil,
		"acme.example":                      {"acme.example"},
		"@Acme.Example, acme.nl\nacme.nl ;": {"acme.example", "acme.nl"},
	} {
		if got := ParseDomains(in); !slices.Equal(got, want) {
			t.Errorf("ParseDomains(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestSSOSettingsValidate_B4(t *testing.T) {
	ok := SSOSettings{Audience: AudienceOffice, Enabled: true, Issuer: "https://login.acme.example/realms/staff", ClientID: "matchpoint", ClientSecret: "s3cret"}
	for _, c := range []struct {
		name      string
		edit      func(*SSOSettings)
		privateOK bool
		field     string // "" = valid
	}{
		{"valid", func(*SSOSettings) {}, false, ""},
		{"secret kept", func(s *SSOSettings) { s.ClientSecret, s.SecretSet = "", true }, false, ""},
		{"no secret", func(s *SSOSettings) { s.ClientSecret = "" }, false, "client_secret"},
		{"no issuer", func(s *SSOSettings) { s.Issuer = "" }, false, "issuer"},
		{"plain http", func(s *SSOSettings) { s.Issuer = "http://login.acme.example" }, false, "issuer"},
		{"loopback", func(s *SSOSettings) { s.Issuer = "https://127.0.0.1:8443" }, false, "issuer"},
		{"loopback allowed", func(s *SSOSettings) { s.Issuer = "http://127.0.0.1:8443" }, true, ""},
		{"credentials in URL", func(s *SSOSettings) { s.Issuer = "https://u:p@login.acme.example" }, false, "issuer"},
		{"not a URL", func(s *SSOSettings) { s.Issuer = "login" }, false, "issuer"},
		{"portal", func(s *SSOSettings) { s.Audience = AudiencePortal }, false, "audience"},
		{"bad domain", func(s *SSOSettings) { s.AllowedDomains = []string{"acme"} }, false, "allowed_domains"},
		{"contacts created", func(s *SSOSettings) { s.Audience, s.CreateAccounts = AudienceHiring, true }, false, "create_accounts"},
		{"off needs nothing", func(s *SSOSettings) { *s = SSOSettings{Audience: AudienceHiring} }, false, ""},
	} {
		s := ok
		c.edit(&s)
		err := s.Validate(c.privateOK)
		var verr *ValidationError
		switch {
		case c.field == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.field != "" && (err == nil || !asValidation(err, &verr) || verr.Fields[c.field] == ""):
			t.Errorf("%s: %v, want an error on %s", c.name, err, c.field)
		}
	}
}

func asValidation(err error, v **ValidationError) bool {
	e, ok := err.(*ValidationError)
	*v = e
	return ok
}
