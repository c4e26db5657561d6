package kit

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// Sessions manages the server-side sessions of one audience, each with its
// own cookie, so that one person can be signed in to two surfaces apart.
type Sessions struct {
	Store    *store.Store
	Audience domain.Audience
	Idle     time.Duration
	Absolute time.Duration
	Secure   bool // served over TLS: Secure cookie with the __Host- prefix
	Now      func() time.Time
}

// CookieName is the session cookie's name.
func (s *Sessions) CookieName() string { return sessionCookieName(s.Audience, s.Secure) }

func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

func (s *Sessions) now() time.Time {
	if s.Now != nil {
		return s.Now().UTC()
	}
	return time.Now().UTC()
}

// Start creates a fresh session for subject (a new id at every sign-in) and
// sets its cookie. Only the token's hash is stored.
func (s *Sessions) Start(w http.ResponseWriter, r *http.Request, subject domain.ID) error {
	s.End(w, r)
	token := rand.Text()
	now := s.now()
	ses := domain.Session{TokenHash: hashToken(token), Audience: s.Audience, SubjectID: subject,
		CreatedAt: now, LastSeenAt: now, ExpiresAt: now.Add(s.Absolute)}
	if err := s.Store.CreateSession(r.Context(), ses); err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{Name: s.CookieName(), Value: token, Path: "/", HttpOnly: true,
		Secure: s.Secure, SameSite: http.SameSiteLaxMode})
	return nil
}

// ErrNoSession means the request carries no live session.
var ErrNoSession = errors.New("no session")

// Load returns the request's live session, ending it when idle too long.
func (s *Sessions) Load(w http.ResponseWriter, r *http.Request) (domain.Session, error) {
	c, err := r.Cookie(s.CookieName())
	if err != nil || c.Value == "" {
		return domain.Session{}, ErrNoSession
	}
	hash := hashToken(c.Value)
	ses, err := s.Store.Session(r.Context(), hash, s.Audience)
	if errors.Is(err, domain.ErrNotFound) {
		return domain.Session{}, ErrNoSession
	}
	if err != nil {
		return domain.Session{}, err
	}
	now := s.now()
	if now.Sub(ses.LastSeenAt) > s.Idle {
		s.End(w, r)
		return domain.Session{}, ErrNoSession
	}
	// Write the activity at most once a minute to spare the writer.
	if now.Sub(ses.LastSeenAt) > time.Minute {
		if err := s.Store.TouchSession(r.Context(), hash, now); err != nil {
			return domain.Session{}, err
		}
	}
	return ses, nil
}

// End deletes the request's session, if any, and clears the cookie.
func (s *Sessions) End(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(s.CookieName()); err == nil && c.Value != "" {
		_ = s.Store.DeleteSession(r.Context(), hashToken(c.Value))
	}
	http.SetCookie(w, &http.Cookie{Name: s.CookieName(), Value: "", Path: "/", MaxAge: -1, HttpOnly: true,
		Secure: s.Secure, SameSite: http.SameSiteLaxMode})
}
