// Package sso signs people in with an agency's identity provider over
// OpenID Connect: the authorization code flow with PKCE (S256), state and
// nonce. The protocol is github.com/coreos/go-oidc (discovery, the
// provider's keys, ID token checks: signature, issuer, audience, expiry)
// and golang.org/x/oauth2 (the code exchange, PKCE); this package keeps a
// flow's secrets between the two legs and says who the provider vouched
// for. Which account that is, and whether it may sign in, is the service's
// decision.
package sso

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"sync"
	"syscall"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"github.com/matchpoint/matchpoint/domain"
)

// Config is one agency's client at its provider.
type Config struct {
	Issuer       string
	ClientID     string
	ClientSecret string
	RedirectURL  string // absolute, from the agency's base URL
}

// Flow is what the first leg leaves with the browser (in a short-lived
// cookie) for the second: the state that ties the callback to this browser,
// the nonce the ID token must carry, and the PKCE verifier whose hash the
// provider saw.
type Flow struct {
	State    string `json:"s"`
	Nonce    string `json:"n"`
	Verifier string `json:"v"`
	Next     string `json:"x,omitempty"` // where to go after, already checked
}

// NewFlow starts a flow with fresh random values.
func NewFlow(next string) Flow {
	return Flow{State: rand.Text(), Nonce: rand.Text(), Verifier: oauth2.GenerateVerifier(), Next: next}
}

// Encode writes the flow as a cookie value.
func (f Flow) Encode() string {
	b, _ := json.Marshal(f) // strings only: cannot fail
	return base64.RawURLEncoding.EncodeToString(b)
}

// DecodeFlow reads a cookie value written by Encode.
func DecodeFlow(s string) (Flow, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return Flow{}, ErrFlow
	}
	var f Flow
	if json.Unmarshal(b, &f) != nil || f.State == "" || f.Nonce == "" || f.Verifier == "" {
		return Flow{}, ErrFlow
	}
	return f, nil
}

// Identity is who the provider vouched for.
type Identity struct {
	Issuer, Subject string
	Email           string
	EmailVerified   bool
	Name            string
}

// Errors of a flow. Each means "not signed in"; the service audits which.
var (
	ErrFlow        = errors.New("sso: no flow, or not this browser's (state)")
	ErrUnreachable = errors.New("sso: the identity provider could not be reached")
	ErrProvider    = errors.New("sso: the identity provider refused the code")
	ErrToken       = errors.New("sso: the ID token does not hold (signature, issuer, audience, expiry or nonce)")
)

// Client talks to the agencies' providers. It keeps each provider's
// discovery document for an hour.
type Client struct {
	HTTP *http.Client

	mu        sync.Mutex
	providers map[string]cached
}

type cached struct {
	p  *oidc.Provider
	at time.Time
}

// New returns a client whose connections, unless allowPrivate, refuse
// private and loopback addresses after the name was resolved (an admin's
// issuer URL must not become a way into the server's network).
func New(allowPrivate bool) *Client {
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !allowPrivate {
		d.Control = refusePrivate
	}
	return &Client{HTTP: &http.Client{Timeout: 15 * time.Second,
		Transport: &http.Transport{DialContext: d.DialContext, ForceAttemptHTTP2: true, MaxIdleConns: 10,
			IdleConnTimeout: 90 * time.Second, TLSHandshakeTimeout: 10 * time.Second}}}
}

func refusePrivate(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil || domain.PrivateAddr(ap.Addr()) {
		return fmt.Errorf("sso: refused: %s is in a private network", address)
	}
	return nil
}

func (c *Client) provider(ctx context.Context, issuer string) (*oidc.Provider, error) {
	c.mu.Lock()
	hit, ok := c.providers[issuer]
	c.mu.Unlock()
	if ok && time.Since(hit.at) < time.Hour {
		return hit.p, nil
	}
	p, err := oidc.NewProvider(oidc.ClientContext(ctx, c.HTTP), issuer)
	if err != nil {
		return nil, fmt.Errorf("%w: discovery of %s: %v", ErrUnreachable, issuer, err)
	}
	c.mu.Lock()
	if c.providers == nil {
		c.providers = map[string]cached{}
	}
	c.providers[issuer] = cached{p: p, at: time.Now()}
	c.mu.Unlock()
	return p, nil
}

func (c *Client) oauth(p *oidc.Provider, cfg Config) *oauth2.Config {
	return &oauth2.Config{ClientID: cfg.ClientID, ClientSecret: cfg.ClientSecret, RedirectURL: cfg.RedirectURL,
		Endpoint: p.Endpoint(), Scopes: []string{oidc.ScopeOpenID, "email", "profile"}}
}

// AuthURL is where the browser goes to sign in at the provider for flow f.
func (c *Client) AuthURL(ctx context.Context, cfg Config, f Flow) (string, error) {
	p, err := c.provider(ctx, cfg.Issuer)
	if err != nil {
		return "", err
	}
	return c.oauth(p, cfg).AuthCodeURL(f.State, oidc.Nonce(f.Nonce), oauth2.S256ChallengeOption(f.Verifier)), nil
}

// Identify finishes flow f with the callback's state and code: it checks
// the state, exchanges the code with the PKCE verifier, and verifies the ID
// token (signature by the provider's keys, issuer, this client as its
// audience, expiry, the flow's nonce).
func (c *Client) Identify(ctx context.Context, cfg Config, f Flow, state, code string) (Identity, error) {
	if subtle.ConstantTimeCompare([]byte(state), []byte(f.State)) != 1 || code == "" {
		return Identity{}, ErrFlow
	}
	p, err := c.provider(ctx, cfg.Issuer)
	if err != nil {
		return Identity{}, err
	}
	ctx = oidc.ClientContext(ctx, c.HTTP)
	tok, err := c.oauth(p, cfg).Exchange(ctx, code, oauth2.VerifierOption(f.Verifier))
	if err != nil {
		return Identity{}, fmt.Errorf("%w: code exchange: %v", ErrProvider, err)
	}
	raw, ok := tok.Extra("id_token").(string)
	if !ok || raw == "" {
		return Identity{}, fmt.Errorf("%w: no ID token in the answer", ErrToken)
	}
	idt, err := p.Verifier(&oidc.Config{ClientID: cfg.ClientID}).Verify(ctx, raw)
	if err != nil {
		return Identity{}, fmt.Errorf("%w: %v", ErrToken, err)
	}
	if subtle.ConstantTimeCompare([]byte(idt.Nonce), []byte(f.Nonce)) != 1 {
		return Identity{}, fmt.Errorf("%w: nonce", ErrToken)
	}
	var claims struct {
		Email         string `json:"email"`
		EmailVerified *bool  `json:"email_verified"`
		Name          string `json:"name"`
	}
	if err := idt.Claims(&claims); err != nil {
		return Identity{}, fmt.Errorf("%w: claims: %v", ErrToken, err)
	}
	return Identity{Issuer: idt.Issuer, Subject: idt.Subject, Email: claims.Email,
		EmailVerified: claims.EmailVerified != nil && *claims.EmailVerified, Name: claims.Name}, nil
}
