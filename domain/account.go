package domain

import "time"

// Account is the sign-in side of a person of one audience: a recruiter
// (office), a candidate (portal) or a contact (hiring). The record it comes
// from keeps everything else.
type Account struct {
	Audience     Audience
	ID           ID
	Name         string
	Email        string
	Language     string
	PasswordHash string
	// Active is false for a disabled recruiter or an anonymised candidate;
	// such an account cannot sign in whatever its password.
	Active bool
	// GroupIDs are a contact's groups (B2); empty for other audiences.
	GroupIDs []ID
}

// HasCredentials reports whether a password was ever set.
func (a Account) HasCredentials() bool { return a.PasswordHash != "" }

// TokenPurpose says what a single-use password token was made for.
type TokenPurpose string

const (
	TokenCredentials TokenPurpose = "credentials" // first password, sent by a recruiter (B3)
	TokenReset       TokenPurpose = "reset"       // password reset by e-mail (B4)
	TokenSignInStep  TokenPurpose = "signin_step" // password checked, second factor pending
)

// PasswordToken is a single-use token; only its hash is stored.
type PasswordToken struct {
	TokenHash string
	Audience  Audience
	SubjectID ID
	Purpose   TokenPurpose
	CreatedAt time.Time
	ExpiresAt time.Time
	UsedAt    *time.Time
}

// TOTP is a person's time-based one-time password second factor. Until it is
// confirmed with a first code it does not guard the sign-in.
type TOTP struct {
	Audience    Audience
	SubjectID   ID
	Secret      string
	ConfirmedAt *time.Time
	LastStep    int64 // the last time step accepted; a code is never accepted twice
}

// Enabled reports whether the second factor guards the sign-in.
func (t TOTP) Enabled() bool { return t.ConfirmedAt != nil }
