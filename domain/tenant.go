package domain

import "time"

// ID identifies a row within its tenant.
type ID = int64

// Tenant is one agency.
type Tenant struct {
	ID              ID
	Slug            string
	Name            string
	Host            string // host name the tenant is served on; "" for none
	DefaultLanguage string
	CreatedAt       time.Time
}

// Languages the application speaks; the first is the fallback.
var Languages = []string{"en", "nl", "de", "fr"}

// ValidLanguage reports whether lang is one of Languages.
func ValidLanguage(lang string) bool {
	for _, l := range Languages {
		if l == lang {
			return true
		}
	}
	return false
}

// Role of a recruiter in the back office.
type Role string

const (
	RoleRecruiter Role = "recruiter"
	RoleAdmin     Role = "admin"
)

// User is a recruiter working in the back office.
type User struct {
	ID           ID
	TenantID     ID
	Email        string
	Name         string
	Phone        string
	Role         Role
	Language     string
	Active       bool
	PasswordHash string
	CreatedAt    time.Time
}

// IsAdmin reports whether the user may change the agency's settings.
func (u User) IsAdmin() bool { return u.Role == RoleAdmin }

// Audience is who a session belongs to; each has its own sign-in and cookie.
type Audience string

const (
	AudienceOffice Audience = "office"
	AudiencePortal Audience = "portal"
	AudienceHiring Audience = "hiring"
)

// Session is a server-side session.
type Session struct {
	TokenHash  string
	TenantID   ID
	Audience   Audience
	SubjectID  ID
	CreatedAt  time.Time
	LastSeenAt time.Time
	ExpiresAt  time.Time
}
