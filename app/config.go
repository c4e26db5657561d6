// Package app builds the one application value that main hands to the
// surfaces, the API, the jobs and the commands: the database, the mail
// links, the clock, the logger, the limiter and the use cases, all from one
// validated configuration. Nothing else builds its own services, so every
// mail gets its links the same way whichever surface or job sends it.
package app

import (
	"errors"
	"fmt"
	"net/netip"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/password"
	"github.com/matchpoint/matchpoint/service"
)

// Config is the whole configuration of a Matchpoint process.
type Config struct {
	// BaseURL is the public address of the install (scheme and host, no
	// path). Every absolute link comes from it: in mails, feeds and
	// exports. https makes cookies Secure with the __Host- prefix and sends
	// HSTS.
	BaseURL *url.URL
	// DefaultTenant is the slug of the agency served on host names that no
	// agency owns (a single-agency install); empty makes a multi-agency
	// install, where such host names get 404.
	DefaultTenant string
	// TrustedProxies are the peers whose X-Forwarded-For and
	// X-Forwarded-Proto are believed; from any other peer they are ignored.
	TrustedProxies []netip.Prefix
	// TLSCert and TLSKey make the process serve TLS itself.
	TLSCert, TLSKey string
	// SMTPURL is the server that delivers the outbox; empty keeps mails in
	// the outbox for admins to read (a trial).
	SMTPURL string
	// UploadMaxBytes is the largest file the portals take; 0 = 20 MB.
	UploadMaxBytes int64
	// TokenHours is how long invitation (set-password) links work unless the
	// agency set its own; 0 = 72.
	TokenHours int
	// ResetLife is how long password-reset links work; 0 = an hour.
	ResetLife time.Duration
	// WebhooksAllowPrivate lets webhooks go to loopback and private
	// addresses (G1).
	WebhooksAllowPrivate bool
	// PasswordParams are the argon2id costs of new passwords; zero takes
	// password.Default (tests lower them).
	PasswordParams password.Params
	// HashSlots is how many argon2 hashings run at once; 0 = 4.
	HashSlots int
	// Sessions: idle and absolute lifetimes per surface; zero takes 30 min /
	// 12 h in the back office and 60 min / 24 h in the portals.
	OfficeIdle, OfficeMax time.Duration
	PortalIdle, PortalMax time.Duration
	HiringIdle, HiringMax time.Duration
	// Limits of sign-in attempts and reset requests; nil takes
	// service.Accounts' defaults. Kept in the database.
	SignInPerAccount, SignInPerAddress *service.Limiter
	ResetPerAccount, ResetPerAddress   *service.Limiter
	// ApplyPerAddress limits the careers site's applications per client
	// address (issue 16); nil takes 20 an hour. Kept in the database.
	ApplyPerAddress *service.Limiter
}

// Secure reports whether the install is reached over https.
func (c Config) Secure() bool { return c.BaseURL != nil && c.BaseURL.Scheme == "https" }

// Validate checks the configuration as a whole and fills the defaults.
func (c *Config) Validate() error {
	var errs []error
	if c.BaseURL == nil {
		errs = append(errs, errors.New("no base URL (--base-url or MATCHPOINT_BASE_URL)"))
	}
	if (c.TLSCert == "") != (c.TLSKey == "") {
		errs = append(errs, errors.New("--tls-cert and --tls-key go together"))
	}
	for _, f := range []string{c.TLSCert, c.TLSKey} {
		if f == "" {
			continue
		}
		if _, err := os.Stat(f); err != nil {
			errs = append(errs, fmt.Errorf("TLS file: %w", err))
		}
	}
	if c.TLSCert != "" && !c.Secure() {
		errs = append(errs, fmt.Errorf("serving TLS needs an https base URL, not %s", c.BaseURL))
	}
	if c.ResetLife < 0 || c.TokenHours < 0 || c.UploadMaxBytes < 0 {
		errs = append(errs, errors.New("lifetimes and sizes cannot be negative"))
	}
	orDefault(&c.OfficeIdle, 30*time.Minute)
	orDefault(&c.OfficeMax, 12*time.Hour)
	orDefault(&c.PortalIdle, 60*time.Minute)
	orDefault(&c.PortalMax, 24*time.Hour)
	orDefault(&c.HiringIdle, 60*time.Minute)
	orDefault(&c.HiringMax, 24*time.Hour)
	orDefault(&c.ResetLife, time.Hour)
	return errors.Join(errs...)
}

// Warnings are what start-up should say about a configuration that works
// but is probably not what the operator wants.
func (c Config) Warnings() []string {
	var out []string
	if c.Secure() && c.TLSCert == "" && len(c.TrustedProxies) == 0 {
		out = append(out, "the base URL is https but this process serves plain HTTP and trusts no proxy: "+
			"give --tls-cert/--tls-key, or put it behind a TLS proxy listed in --trusted-proxy")
	}
	if !c.Secure() && c.BaseURL != nil && !isLoopback(c.BaseURL.Hostname()) {
		out = append(out, "the base URL is plain http on a public name: cookies and links travel unencrypted")
	}
	return out
}

func isLoopback(host string) bool {
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	a, err := netip.ParseAddr(host)
	return err == nil && a.IsLoopback()
}

// ParseProxies reads a list of addresses or CIDR prefixes, separated by
// commas or spaces ("10.0.0.0/8, 192.168.1.5").
func ParseProxies(list string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ' ' }) {
		if p, err := netip.ParsePrefix(f); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q: not an address or CIDR prefix", f)
		}
		out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
	}
	return out, nil
}

func orDefault(d *time.Duration, def time.Duration) {
	if *d == 0 {
		*d = def
	}
}
