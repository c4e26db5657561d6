package domain

// ValidRole reports whether r is a known recruiter role.
func ValidRole(r Role) bool { return r == RoleRecruiter || r == RoleAdmin }

// Validate checks a recruiter as an admin enters it (B5).
func (u User) Validate() error {
	var v Validator
	v.Required(u.Name, "name")
	v.MaxLen(u.Name, 200, "name")
	v.Required(u.Email, "email")
	v.Email(u.Email, "email")
	v.Check(ValidRole(u.Role), "role", "validation.required")
	v.Check(ValidLanguage(u.Language), "language", "validation.language")
	return v.Err()
}
