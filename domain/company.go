package domain

import "time"

// CompanyKind tells client companies from the agency's own main office and the
// dummy company that holds the general talent pool.
type CompanyKind string

const (
	CompanyClient     CompanyKind = "client"
	CompanyMainOffice CompanyKind = "main_office"
	CompanyPool       CompanyKind = "pool"
)

// Company is a client (opdrachtgever / relatie) of the agency.
type Company struct {
	ID         ID
	TenantID   ID
	OwnerID    ID
	Kind       CompanyKind
	Name       string
	Email      string
	Phone      string
	Website    string
	Street     string
	PostalCode string
	City       string
	Country    string
	CreatedAt  time.Time
	UpdatedAt  time.Time

	OwnerName string
}

// Validate checks a company.
func (c Company) Validate() error {
	var v Validator
	v.Required(c.Name, "name")
	v.MaxLen(c.Name, MaxOrgName, "name")
	v.Email(c.Email, "email")
	v.MaxLen(c.Email, MaxEmail, "email")
	v.MaxLen(c.Phone, MaxPhone, "phone")
	v.MaxLen(c.Website, MaxWebsite, "website")
	v.MaxLen(c.Street, MaxStreet, "street")
	v.MaxLen(c.PostalCode, MaxPostalCode, "postal_code")
	v.MaxLen(c.City, MaxCity, "city")
	v.Country(c.Country, "country")
	v.Check(c.OwnerID != 0, "owner_id", "validation.required")
	v.Check(c.Kind == CompanyClient || c.Kind == CompanyMainOffice || c.Kind == CompanyPool, "kind", "validation.choice")
	return v.Err()
}

// Department belongs to a company; vacancies name one (E4).
type Department struct {
	ID        ID
	TenantID  ID
	CompanyID ID
	Name      string
}

// Group is a contact group; one configured group grants Hiring Portal access (B2).
type Group struct {
	ID       ID
	TenantID ID
	Name     string
}

// ContactRelation is the 'relatie contactpersoon' of a contact; one configured
// relation lets a contact create vacancies for its company (E4).
type ContactRelation struct {
	ID       ID
	TenantID ID
	Name     string
}

// Contact is a person at a client company (hiring manager).
type Contact struct {
	ID         ID
	TenantID   ID
	CompanyID  ID
	OwnerID    ID
	RelationID ID // 0 = none
	FirstName  string
	LastName   string
	Email      string
	Phone      string
	JobTitle   string
	Language   string
	GroupIDs   []ID
	CreatedAt  time.Time
	UpdatedAt  time.Time

	CompanyName  string
	OwnerName    string
	RelationName string
}

// Name is the display name.
func (c Contact) Name() string { return joinName(c.FirstName, c.LastName) }

// InGroup reports whether the contact is a member of group id.
func (c Contact) InGroup(id ID) bool {
	for _, g := range c.GroupIDs {
		if g == id {
			return true
		}
	}
	return false
}

// Validate checks a contact.
func (c Contact) Validate() error {
	var v Validator
	v.Required(c.FirstName, "first_name")
	v.MaxLen(c.FirstName, MaxPersonName, "first_name")
	v.Required(c.LastName, "last_name")
	v.MaxLen(c.LastName, MaxPersonName, "last_name")
	v.Email(c.Email, "email")
	v.MaxLen(c.Email, MaxEmail, "email")
	v.MaxLen(c.Phone, MaxPhone, "phone")
	v.MaxLen(c.JobTitle, MaxJobTitle, "job_title")
	v.Check(c.CompanyID != 0, "company_id", "validation.required")
	v.Check(c.OwnerID != 0, "owner_id", "validation.required")
	v.Check(ValidLanguage(c.Language), "language", "validation.language")
	return v.Err()
}

// Validate checks a department.
func (d Department) Validate() error {
	var v Validator
	v.Required(d.Name, "name")
	v.MaxLen(d.Name, MaxOrgName, "name")
	return v.Err()
}

// Validate checks a contact group.
func (g Group) Validate() error {
	var v Validator
	v.Required(g.Name, "name")
	v.MaxLen(g.Name, 100, "name")
	return v.Err()
}

// Validate checks a contact relation.
func (r ContactRelation) Validate() error {
	var v Validator
	v.Required(r.Name, "name")
	v.MaxLen(r.Name, 100, "name")
	return v.Err()
}
