package service

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// The server-side sessions of the surfaces (B1). The token travels in a
// cookie that the web layer sets; the database keeps only its hash.

// ErrSessionIdle is a session ended for being idle too long; it is also a
// domain.ErrNotFound.
var ErrSessionIdle = fmt.Errorf("session idle too long: %w", domain.ErrNotFound)

// StartSession creates a fresh session of aud for subject, living life at
// most, and returns its token.
func (s *Service) StartSession(ctx context.Context, aud domain.Audience, subject domain.ID, life time.Duration) (token string, err error) {
	defer domain.Wrap(&err, "service.StartSession(%s)", aud)
	token = rand.Text()
	now := s.now()
	ses := domain.Session{TokenHash: sessionHash(token), Audience: aud, SubjectID: subject,
		CreatedAt: now, LastSeenAt: now, ExpiresAt: now.Add(life)}
	if err := s.store().CreateSession(ctx, ses); err != nil {
		return "", err
	}
	return token, nil
}

// LiveSession returns the session of token for aud, recording the activity
// (at most once a minute, to spare the writer). A session idle longer than
// idle is ended (ErrSessionIdle); an expired or unknown one gives
// domain.ErrNotFound.
func (s *Service) LiveSession(ctx context.Context, aud domain.Audience, token string, idle time.Duration) (_ domain.Session, err error) {
	defer domain.Wrap(&err, "service.LiveSession(%s)", aud)
	hash := sessionHash(token)
	ses, err := s.store().Session(ctx, hash, aud)
	if err != nil {
		return domain.Session{}, err
	}
	now := s.now()
	if now.Sub(ses.LastSeenAt) > idle {
		if err := s.store().DeleteSession(ctx, hash); err != nil {
			return domain.Session{}, err
		}
		return domain.Session{}, ErrSessionIdle
	}
	if now.Sub(ses.LastSeenAt) > time.Minute {
		if err := s.store().TouchSession(ctx, hash, now); err != nil {
			return domain.Session{}, err
		}
	}
	return ses, nil
}

// EndSession ends the session of token, if any.
func (s *Service) EndSession(ctx context.Context, token string) error {
	err := s.store().DeleteSession(ctx, sessionHash(token))
	if errors.Is(err, domain.ErrNotFound) {
		return nil
	}
	return err
}

func sessionHash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
