package service

import (
	"fmt"
	"net"
	"net/url"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

// Links makes the absolute links that leave a request: in mails, feeds and
// exports. They come from the install's configured address, never from the
// Host header of the request that caused them (a forged Host would otherwise
// send a set-password token to an attacker's site).
type Links struct {
	// Base is the install's public address, e.g. https://jobs.agency.example;
	// scheme and host, no path.
	Base *url.URL
	// DefaultTenant is the slug of the agency a single-agency install serves
	// on every host name; its links always use Base. Empty on a multi-agency
	// install.
	DefaultTenant string
}

// ParseBase checks a base URL: http or https, a host, no path, query,
// fragment or user info. The result has no trailing slash.
func ParseBase(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSuffix(strings.TrimSpace(raw), "/"))
	if err != nil {
		return nil, fmt.Errorf("base URL %q: %w", raw, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("base URL %q: want http(s)://host[:port] with no path, query or user", raw)
	}
	u.Path = ""
	u.Host = strings.ToLower(u.Host)
	return u, nil
}

// Root is the scheme and host links of the agency start with, without a
// trailing slash. An agency with a host name of its own (a multi-agency
// install) is reached on that name with the base URL's scheme and port; the
// default agency of a single-agency install and an agency without a host
// name use the base URL.
func (l Links) Root(t domain.Tenant) string {
	if l.Base == nil {
		return ""
	}
	if t.Host == "" || (l.DefaultTenant != "" && t.Slug == l.DefaultTenant) {
		return l.Base.Scheme + "://" + l.Base.Host
	}
	host := t.Host
	if port := l.Base.Port(); port != "" {
		host = net.JoinHostPort(host, port)
	}
	return l.Base.Scheme + "://" + host
}

// For is the absolute link to path (starting with "/") in the agency's site.
func (l Links) For(t domain.Tenant, path string) string { return l.Root(t) + path }

// Secure reports whether the install is served over https.
func (l Links) Secure() bool { return l.Base != nil && l.Base.Scheme == "https" }
