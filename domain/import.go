package domain

import (
	"errors"
	"sort"
	"strconv"
	"strings"
	"time"
)

// ImportKind is what a spreadsheet imports (issue 16 item 8).
type ImportKind string

const (
	ImportCandidates ImportKind = "candidates"
	ImportCompanies  ImportKind = "companies"
	ImportContacts   ImportKind = "contacts"
	ImportVacancies  ImportKind = "vacancies"
)

// ImportKinds in the order the import page offers them.
var ImportKinds = []ImportKind{ImportCandidates, ImportCompanies, ImportContacts, ImportVacancies}

// ValidImportKind reports whether k is a kind of import.
func ValidImportKind(k ImportKind) bool {
	for _, x := range ImportKinds {
		if x == k {
			return true
		}
	}
	return false
}

// ImportField is a field a column can fill; Headers are the column titles
// (folded) in nl, en, de and fr that map to it by themselves.
type ImportField struct {
	Name     string
	Required bool
	Headers  []string
}

// FieldExternalID is the column that makes an import idempotent: a row
// whose external id a record has already updates that record.
const FieldExternalID = "external_id"

var externalID = ImportField{Name: FieldExternalID, Headers: []string{"id", "external id", "externe id", "extern id", "externe referentie",
	"reference", "referentie", "referenz", "ref", "identifiant", "nummer", "number", "code", "kandidaatnummer", "candidate id", "klantnummer"}}

// ImportFields are the fields of each kind of import.
var ImportFields = map[ImportKind][]ImportField{
	ImportCandidates: {externalID,
		{Name: "first_name", Required: true, Headers: []string{"first name", "firstname", "given name", "voornaam", "roepnaam", "vorname", "prenom"}},
		{Name: "last_name", Required: true, Headers: []string{"last name", "lastname", "surname", "family name", "achternaam", "naam", "nachname", "name", "nom", "nom de famille"}},
		{Name: "email", Headers: []string{"email", "e-mail", "e-mailadres", "emailadres", "mail", "e-mail-adresse", "courriel", "adresse e-mail"}},
		{Name: "phone", Headers: []string{"phone", "telephone", "telefoon", "telefoonnummer", "mobiel", "mobile", "telefon", "handy", "tel", "portable"}},
		{Name: "date_of_birth", Headers: []string{"date of birth", "birth date", "birthday", "dob", "geboortedatum", "geburtsdatum", "date de naissance"}},
		{Name: "street", Headers: []string{"street", "address", "adres", "straat", "strasse", "anschrift", "adresse", "rue"}},
		{Name: "postal_code", Headers: []string{"postal code", "postcode", "zip", "zip code", "plz", "postleitzahl", "code postal"}},
		{Name: "city", Headers: []string{"city", "town", "plaats", "woonplaats", "stad", "ort", "wohnort", "stadt", "ville"}},
		{Name: "country", Headers: []string{"country", "land", "pays"}},
		{Name: "language", Headers: []string{"language", "taal", "sprache", "langue"}},
		{Name: "headline", Headers: []string{"headline", "title", "job title", "functie", "beroep", "position", "beruf", "titre", "metier"}},
		{Name: "summary", Headers: []string{"summary", "notes", "profile", "samenvatting", "profiel", "zusammenfassung", "profil", "resume"}},
		{Name: "skills", Headers: []string{"skills", "vaardigheden", "kenntnisse", "competences", "competenties"}},
	},
	ImportCompanies: {externalID,
		{Name: "name", Required: true, Headers: []string{"name", "company", "company name", "naam", "bedrijf", "bedrijfsnaam", "organisatie", "firma", "unternehmen", "firmenname", "entreprise", "societe", "raison sociale"}},
		{Name: "email", Headers: []string{"email", "e-mail", "mail", "courriel"}},
		{Name: "phone", Headers: []string{"phone", "telephone", "telefoon", "telefon", "tel"}},
		{Name: "website", Headers: []string{"website", "web", "url", "site", "site web", "webseite"}},
		{Name: "street", Headers: []string{"street", "address", "adres", "straat", "strasse", "anschrift", "adresse", "rue"}},
		{Name: "postal_code", Headers: []string{"postal code", "postcode", "zip", "plz", "code postal"}},
		{Name: "city", Headers: []string{"city", "plaats", "vestigingsplaats", "stad", "ort", "stadt", "ville"}},
		{Name: "country", Headers: []string{"country", "land", "pays"}},
	},
	ImportContacts: {externalID,
		{Name: "company", Required: true, Headers: []string{"company", "company id", "bedrijf", "organisatie", "firma", "unternehmen", "entreprise", "societe"}},
		{Name: "first_name", Required: true, Headers: []string{"first name", "firstname", "voornaam", "vorname", "prenom"}},
		{Name: "last_name", Required: true, Headers: []string{"last name", "lastname", "surname", "achternaam", "nachname", "nom"}},
		{Name: "email", Headers: []string{"email", "e-mail", "mail", "courriel"}},
		{Name: "phone", Headers: []string{"phone", "telephone", "telefoon", "telefon", "tel"}},
		{Name: "job_title", Headers: []string{"job title", "title", "function", "functie", "position", "funktion", "fonction", "poste"}},
		{Name: "language", Headers: []string{"language", "taal", "sprache", "langue"}},
	},
	ImportVacancies: {externalID,
		{Name: "company", Required: true, Headers: []string{"company", "company id", "client", "klant", "bedrijf", "firma", "kunde", "unternehmen", "entreprise"}},
		{Name: "title", Required: true, Headers: []string{"title", "job title", "vacancy", "functie", "vacature", "titel", "stelle", "stellentitel", "titre", "poste", "intitule"}},
		{Name: "description", Headers: []string{"description", "omschrijving", "beschrijving", "beschreibung", "stellenbeschreibung"}},
		{Name: "location", Headers: []string{"location", "locatie", "standplaats", "plaats", "standort", "ort", "lieu", "ville"}},
		{Name: "hours_per_week", Headers: []string{"hours", "hours per week", "uren", "uren per week", "stunden", "wochenstunden", "heures", "heures par semaine"}},
		{Name: "status", Headers: []string{"status", "state", "statut"}},
		{Name: "category", Headers: []string{"category", "categorie", "kategorie", "vakgebied"}},
	},
}

// ImportMapping says which field each column fills ("" leaves it out).
type ImportMapping []string

// GuessMapping maps columns whose titles name a field, each field once.
func GuessMapping(kind ImportKind, headers []string) ImportMapping {
	m := make(ImportMapping, len(headers))
	taken := map[string]bool{}
	for i, h := range headers {
		f := Fold(strings.NewReplacer("_", " ", "-", " ", ".", " ").Replace(h))
		for _, field := range ImportFields[kind] {
			if taken[field.Name] {
				continue
			}
			match := f == field.Name || f == strings.ReplaceAll(field.Name, "_", " ")
			for _, alias := range field.Headers {
				match = match || f == Fold(strings.ReplaceAll(alias, "-", " "))
			}
			if match {
				m[i], taken[field.Name] = field.Name, true
				break
			}
		}
	}
	return m
}

// CheckMapping refuses a mapping with an unknown field, a field filled by
// two columns, or a required field no column fills.
func CheckMapping(kind ImportKind, m ImportMapping) error {
	var v Validator
	known := map[string]bool{}
	for _, f := range ImportFields[kind] {
		known[f.Name] = true
	}
	seen := map[string]bool{}
	for i, name := range m {
		if name == "" {
			continue
		}
		col := "column_" + strconv.Itoa(i)
		v.Check(known[name], col, "import.mapping.unknown")
		v.Check(!seen[name], col, "import.mapping.twice")
		seen[name] = true
	}
	for _, f := range ImportFields[kind] {
		v.Check(!f.Required || seen[f.Name], f.Name, "import.mapping.required")
	}
	return v.Err()
}

// ImportRow is one row's values by field.
type ImportRow map[string]string

// Row takes a row's cells into fields; missing cells are empty.
func (m ImportMapping) Row(cells []string) ImportRow {
	r := ImportRow{}
	for i, name := range m {
		if name != "" && i < len(cells) {
			r[name] = strings.TrimSpace(cells[i])
		}
	}
	return r
}

// Column is the column of a field in the mapping, 0-based, or -1.
func (m ImportMapping) Column(field string) int {
	for i, name := range m {
		if name == field {
			return i
		}
	}
	return -1
}

// RowProblem is one error of one row: the line of the file (1 is the
// header), the column (0-based; -1 when no one column is to blame), the
// field and the message key.
type RowProblem struct {
	Line   int
	Column int
	Field  string
	Key    string
}

// ProblemsOf turns a validation error of a row into problems by column.
func ProblemsOf(line int, m ImportMapping, err error) []RowProblem {
	var ve *ValidationError
	if !errors.As(err, &ve) {
		return []RowProblem{{Line: line, Column: -1, Key: "import.row.failed"}}
	}
	var out []RowProblem
	for field, key := range ve.Fields {
		out = append(out, RowProblem{Line: line, Column: m.Column(field), Field: field, Key: key})
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].Column < out[j].Column || out[i].Column == out[j].Column && out[i].Field < out[j].Field
	})
	return out
}

// importDate reads a date as spreadsheets write it: 2006-01-02,
// 02-01-2006, 02.01.2006 or 02/01/2006 (day first, as in nl, de and fr).
func importDate(s string) (Date, bool) {
	if s == "" {
		return Date{}, true
	}
	for _, layout := range []string{"2006-01-02", "02-01-2006", "2-1-2006", "02.01.2006", "2.1.2006", "02/01/2006", "2/1/2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return DateOf(t), true
		}
	}
	return Date{}, false
}

// ApplyCandidateRow sets the row's fields on c (the record it updates, or
// a new one) and validates the result. Only mapped fields change.
func ApplyCandidateRow(c Candidate, r ImportRow) (Candidate, error) {
	var v Validator
	set := func(field string, dst *string) {
		if val, ok := r[field]; ok {
			*dst = val
		}
	}
	set("first_name", &c.FirstName)
	set("last_name", &c.LastName)
	set("email", &c.Email)
	set("phone", &c.Phone)
	set("street", &c.Street)
	set("postal_code", &c.PostalCode)
	set("city", &c.City)
	set("country", &c.Country)
	set("headline", &c.Headline)
	set("summary", &c.Summary)
	if val, ok := r["language"]; ok && val != "" {
		c.Language = strings.ToLower(val)
	}
	if val, ok := r["date_of_birth"]; ok {
		d, ok := importDate(val)
		v.Check(ok, "date_of_birth", "validation.date")
		c.DateOfBirth = d
	}
	plainText(&v, r)
	return c, withRecord(&v, c.Validate())
}

// SameImportedCandidate reports whether an import row left every field
// it can set as it was, so the record need not be written again.
func SameImportedCandidate(a, b Candidate) bool {
	return a.FirstName == b.FirstName && a.LastName == b.LastName && a.Email == b.Email && a.Phone == b.Phone &&
		a.DateOfBirth.String() == b.DateOfBirth.String() && a.Street == b.Street && a.PostalCode == b.PostalCode &&
		a.City == b.City && CanonicalCountry(a.Country) == CanonicalCountry(b.Country) && a.Language == b.Language &&
		a.Headline == b.Headline && a.Summary == b.Summary
}

// SkillsOf splits a skills cell on commas and semicolons.
func SkillsOf(cell string) []string {
	var out []string
	for _, s := range strings.FieldsFunc(cell, func(r rune) bool { return r == ',' || r == ';' || r == '|' }) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// ApplyCompanyRow sets the row's fields on a company and validates it.
func ApplyCompanyRow(c Company, r ImportRow) (Company, error) {
	var v Validator
	for field, dst := range map[string]*string{"name": &c.Name, "email": &c.Email, "phone": &c.Phone, "website": &c.Website,
		"street": &c.Street, "postal_code": &c.PostalCode, "city": &c.City, "country": &c.Country} {
		if val, ok := r[field]; ok {
			*dst = val
		}
	}
	plainText(&v, r)
	return c, withRecord(&v, c.Validate())
}

// ApplyContactRow sets the row's fields on a contact (the company is
// found by the caller) and validates it.
func ApplyContactRow(c Contact, r ImportRow) (Contact, error) {
	var v Validator
	for field, dst := range map[string]*string{"first_name": &c.FirstName, "last_name": &c.LastName, "email": &c.Email,
		"phone": &c.Phone, "job_title": &c.JobTitle} {
		if val, ok := r[field]; ok {
			*dst = val
		}
	}
	if val, ok := r["language"]; ok && val != "" {
		c.Language = strings.ToLower(val)
	}
	plainText(&v, r)
	return c, withRecord(&v, c.Validate())
}

// ApplyVacancyRow sets the row's fields on a vacancy (company, owner and
// procedure are found by the caller) and validates it.
func ApplyVacancyRow(vac Vacancy, r ImportRow) (Vacancy, error) {
	var v Validator
	for field, dst := range map[string]*string{"title": &vac.Title, "description": &vac.Description, "location": &vac.Location,
		"category": &vac.Category} {
		if val, ok := r[field]; ok {
			*dst = val
		}
	}
	if val, ok := r["hours_per_week"]; ok && val != "" {
		n, err := strconv.Atoi(val)
		v.Check(err == nil, "hours_per_week", "validation.hours_per_week")
		vac.HoursPerWeek = n
	}
	if val, ok := r["status"]; ok && val != "" {
		switch Fold(val) {
		case "open", "active", "actief", "offen", "ouvert", "ouverte":
			vac.Status = VacancyOpen
		case "closed", "gesloten", "geschlossen", "ferme", "fermee", "inactive":
			vac.Status = VacancyClosed
		default:
			v.Check(false, "status", "validation.choice")
		}
	}
	plainText(&v, r)
	return vac, withRecord(&v, vac.Validate())
}

// withRecord adds the record's own validation to the row's, so a row's
// report names every field at fault at once, not the first kind of fault.
func withRecord(v *Validator, err error) error {
	var ve *ValidationError
	if errors.As(err, &ve) {
		for field, key := range ve.Fields {
			v.Check(false, field, key)
		}
	} else if err != nil {
		return err
	}
	return v.Err()
}

// plainText refuses cells no database stores (control characters), and
// formulas: a cell that starts with "=" holds a calculation, not the
// value, and would be one again in the next spreadsheet it is exported to.
func plainText(v *Validator, r ImportRow) {
	for field, val := range r {
		v.PlainText(val, field)
		v.Check(!strings.HasPrefix(val, "="), field, "import.row.formula")
	}
}
