package kit

import "github.com/matchpoint/matchpoint/domain"

// Cookie is one cookie the application sets, as the privacy page lists it
// (F1). PurposeKey and LifetimeKey are message keys.
type Cookie struct {
	Name        string
	PurposeKey  string
	LifetimeKey string
}

// sessionCookieName is the one place a session cookie's name is made: over
// TLS it carries the __Host- prefix (Secure, host-only, path /).
func sessionCookieName(aud domain.Audience, secure bool) string {
	name := "mp_" + string(aud)
	if secure {
		return "__Host-" + name
	}
	return name
}

// SSOCookieName is the cookie that holds a single sign-on's state, nonce
// and PKCE verifier between leaving for the identity provider and coming
// back (ten minutes at most); __Host- prefixed over TLS.
func SSOCookieName(aud domain.Audience, secure bool) string {
	return sessionCookieName(aud, secure) + "_sso"
}

// Cookies is every cookie the application sets: the session cookie of each
// surface, in its plain and its TLS form. They are all functional (needed to
// stay signed in), so the application shows no consent banner. The privacy
// page renders this list; a browser test compares it with the cookies really
// set, so a new cookie must be added here.
func Cookies() []Cookie {
	var out []Cookie
	for _, aud := range []domain.Audience{domain.AudienceOffice, domain.AudiencePortal, domain.AudienceHiring} {
		for _, secure := range []bool{false, true} {
			out = append(out, Cookie{Name: sessionCookieName(aud, secure),
				PurposeKey: "privacy.cookie.purpose." + string(aud), LifetimeKey: "privacy.cookie.lifetime_session"})
		}
	}
	for _, aud := range domain.SSOAudiences {
		for _, secure := range []bool{false, true} {
			out = append(out, Cookie{Name: SSOCookieName(aud, secure),
				PurposeKey: "privacy.cookie.purpose.sso", LifetimeKey: "privacy.cookie.lifetime_sso"})
		}
	}
	for _, secure := range []bool{false, true} {
		out = append(out, Cookie{Name: freshCookieName(secure),
			PurposeKey: "privacy.cookie.purpose.fresh", LifetimeKey: "privacy.cookie.lifetime_fresh"})
	}
	return out
}
