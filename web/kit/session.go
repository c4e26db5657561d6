package kit

import (
	"errors"
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
)

// Sessions manages the server-side sessions of one audience, each with its
// own cookie, so that one person can be signed in to two surfaces apart.
// The sessions themselves are kept by the service.
type Sessions struct {
	Svc      *service.Service
	Audience domain.Audience
	Idle     time.Duration
	Absolute time.Duration
	Secure   bool // served over TLS: Secure cookie with the __Host- prefix
}

// CookieName is the session cookie's name.
func (s *Sessions) CookieName() string { return sessionCookieName(s.Audience, s.Secure) }

// Start creates a fresh session for subject (a new id at every sign-in) and
// sets its cookie. Only the token's hash is stored.
func (s *Sessions) Start(w http.ResponseWriter, r *http.Request, subject domain.ID) error {
	s.End(w, r)
	token, err := s.Svc.StartSession(r.Context(), s.Audience, subject, s.Absolute)
	if err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{Name: s.CookieName(), Value: token, Path: "/", HttpOnly: true,
		Secure: s.Secure, SameSite: http.SameSiteLaxMode})
	return nil
}

// ErrNoSession means the request carries no live session.
var ErrNoSession = errors.New("no session")

// Load returns the request's live session; one idle too long is ended and
// its cookie cleared.
func (s *Sessions) Load(w http.ResponseWriter, r *http.Request) (domain.Session, error) {
	c, err := r.Cookie(s.CookieName())
	if err != nil || c.Value == "" {
		return domain.Session{}, ErrNoSession
	}
	ses, err := s.Svc.LiveSession(r.Context(), s.Audience, c.Value, s.Idle)
	if errors.Is(err, service.ErrSessionIdle) {
		s.clear(w)
	}
	if errors.Is(err, domain.ErrNotFound) {
		return domain.Session{}, ErrNoSession
	}
	if err != nil {
		return domain.Session{}, err
	}
	return ses, nil
}

// End deletes the request's session, if any, and clears the cookie.
func (s *Sessions) End(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(s.CookieName()); err == nil && c.Value != "" {
		_ = s.Svc.EndSession(r.Context(), c.Value)
	}
	s.clear(w)
}

func (s *Sessions) clear(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: s.CookieName(), Value: "", Path: "/", MaxAge: -1, HttpOnly: true,
		Secure: s.Secure, SameSite: http.SameSiteLaxMode})
}
