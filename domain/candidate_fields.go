package domain

import "strconv"

// CandidateField is one field of a candidate that people fill in. The
// validation of its length, the merge of two records, the back office's
// form and record page, and the field-limit tests are made from
// CandidateFields, so a new field is one line here (see
// doc/adding-a-field.md).
type CandidateField struct {
	Name  string    // in forms, the API, the export and the column
	Label string    // message key of its label
	Kind  FieldKind // how a form takes it
	Max   int       // most characters, for text kinds; 0: not limited here
	// Group is where the record page shows it: "" a line of its own,
	// "header" under the name, or the message key of a line it shares
	// (the address, the availability).
	Group string
	ptr   func(*Candidate) any
}

// FieldKind is how a form takes a field.
type FieldKind string

// The kinds of fields.
const (
	KindText     FieldKind = "text"
	KindEmail    FieldKind = "email"
	KindTel      FieldKind = "tel"
	KindTextarea FieldKind = "textarea"
	KindDate     FieldKind = "date"
	KindNumber   FieldKind = "number"
	KindLanguage FieldKind = "language" // one of the four languages
	KindChoice   FieldKind = "choice"   // a record of the agency's (owner, status)
)

func candidateField[T any](name string, kind FieldKind, limit int, group string, get func(*Candidate) *T) CandidateField {
	label := "candidate." + name
	if kind == KindChoice {
		label = "candidate." + name[:len(name)-len("_id")]
	}
	return CandidateField{Name: name, Label: label, Kind: kind, Max: limit, Group: group,
		ptr: func(c *Candidate) any { return get(c) }}
}

// CandidateFieldNamed returns the field of that name.
func CandidateFieldNamed(name string) (CandidateField, bool) {
	for _, f := range CandidateFields() {
		if f.Name == name {
			return f, true
		}
	}
	return CandidateField{}, false
}

// SetText sets the field of c from its text as a form sends it; it reports
// false when the text cannot be read (a date that is no date, a number
// that is no number).
func (f CandidateField) SetText(c *Candidate, text string) bool {
	switch p := f.ptr(c).(type) {
	case *string:
		*p = text
	case *Date:
		d, err := ParseDate(text)
		if err != nil {
			return false
		}
		*p = d
	case *int:
		n, err := strconv.Atoi(text)
		if err != nil {
			return false
		}
		*p = n
	case *ID:
		n, err := strconv.ParseInt(text, 10, 64)
		if err != nil {
			return false
		}
		*p = n
	}
	return true
}

// Ptr is the field of c: a *string, *Date, *int or *ID.
func (f CandidateField) Ptr(c *Candidate) any { return f.ptr(c) }

// Copy sets the field of dst to src's.
func (f CandidateField) Copy(dst *Candidate, src Candidate) {
	switch p := f.ptr(dst).(type) {
	case *string:
		*p = *f.ptr(&src).(*string)
	case *Date:
		*p = *f.ptr(&src).(*Date)
	case *int:
		*p = *f.ptr(&src).(*int)
	case *ID:
		*p = *f.ptr(&src).(*ID)
	}
}

// Text is the field of c as a form shows it: an id as its number ("" for
// none), a date as YYYY-MM-DD.
func (f CandidateField) Text(c Candidate) string {
	switch p := f.ptr(&c).(type) {
	case *string:
		return *p
	case *Date:
		return p.String()
	case *int:
		return strconv.Itoa(*p)
	case *ID:
		if *p == 0 {
			return ""
		}
		return strconv.FormatInt(*p, 10)
	}
	return ""
}
