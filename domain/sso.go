package domain

import (
	"net/url"
	"slices"
	"strings"
)

// SSOSettings are an agency's single sign-on (OpenID Connect) for one
// surface: the back office (recruiters) or the Hiring Portal (contacts).
type SSOSettings struct {
	Audience Audience
	Enabled  bool
	// Issuer is the identity provider's issuer URL (its discovery document
	// is Issuer + "/.well-known/openid-configuration").
	Issuer   string
	ClientID string
	// ClientSecret is written by the admin and never shown again: reading
	// the settings for a page leaves it out (SecretSet says whether one is
	// stored); saving an empty one keeps the stored one.
	ClientSecret string
	SecretSet    bool
	// AllowedDomains are the e-mail domains that may sign in this way
	// ("acme.example"); empty allows any the provider vouches for.
	AllowedDomains []string
	// PasswordAllowed keeps password sign-in open beside single sign-on.
	PasswordAllowed bool
	// CreateAccounts makes a recruiter account on the first sign-in of a
	// verified address the agency has none for (back office only: a
	// contact belongs to a company and is made by a recruiter).
	CreateAccounts bool
}

// SSOAudiences are the surfaces that can sign in with single sign-on.
var SSOAudiences = []Audience{AudienceOffice, AudienceHiring}

// ParseDomains reads a list of e-mail domains separated by spaces, commas
// or new lines, lower-cased, without a leading "@", each once.
func ParseDomains(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\n' || r == '\r' || r == '\t' }) {
		f = strings.TrimPrefix(f, "@")
		if f != "" && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// Validate checks settings an admin submits. privateOK allows an issuer on
// a private or loopback address (a provider on the agency's own network);
// otherwise the issuer must be public and https.
func (s SSOSettings) Validate(privateOK bool) error {
	var v Validator
	v.Check(slices.Contains(SSOAudiences, s.Audience), "audience", "validation.choice")
	v.MaxLen(s.Issuer, 500, "issuer")
	v.MaxLen(s.ClientID, 500, "client_id")
	v.MaxLen(s.ClientSecret, 2000, "client_secret")
	if s.Enabled {
		v.Required(s.Issuer, "issuer")
		v.Required(s.ClientID, "client_id")
		v.Check(s.ClientSecret != "" || s.SecretSet, "client_secret", "validation.required")
	}
	if s.Issuer != "" {
		u, err := url.Parse(s.Issuer)
		ok := err == nil && u.Host != "" && u.User == nil && u.RawQuery == "" && u.Fragment == ""
		ok = ok && (u.Scheme == "https" || u.Scheme == "http" && privateOK)
		v.Check(ok, "issuer", "validation.url")
		if ok && !privateOK {
			v.Check(!PrivateHost(u.Hostname()), "issuer", "sso.error.private_issuer")
		}
	}
	for _, d := range s.AllowedDomains {
		v.Check(validDomain(d), "allowed_domains", "sso.error.domain")
	}
	v.Check(!s.CreateAccounts || s.Audience == AudienceOffice, "create_accounts", "sso.error.create_contacts")
	return v.Err()
}

func validDomain(d string) bool {
	if d == "" || len(d) > 253 || strings.HasPrefix(d, ".") || strings.HasSuffix(d, ".") || !strings.Contains(d, ".") {
		return false
	}
	for _, r := range d {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// SSOEmailAllowed reports whether a person the identity provider vouches
// for may sign in: the provider says the address is verified, and its
// domain is one of the allowed ones (any, when none are listed).
func SSOEmailAllowed(s SSOSettings, email string, verified bool) bool {
	if !verified {
		return false
	}
	at := strings.LastIndexByte(email, '@')
	if at <= 0 || at == len(email)-1 {
		return false
	}
	if len(s.AllowedDomains) == 0 {
		return true
	}
	return slices.Contains(s.AllowedDomains, strings.ToLower(email[at+1:]))
}
