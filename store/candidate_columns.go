package store

import (
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// candidateTable is the one definition of the candidates table (issue 14):
// every column, the field of domain.Candidate it holds, when it is written
// and what erasure puts in its place. The select list and the scan, the
// insert and the update, the erasure, the retention job's list and the
// demo's bulk insert are all made from it; a column added by a migration
// is one line here (TestCandidateTableMatchesSchema fails until it is).
func candidateTable() []candidateColumn {
	return []candidateColumn{
		field("id", func(c *domain.Candidate) *domain.ID { return &c.ID }, 0, kept{}),
		field("tenant_id", func(c *domain.Candidate) *domain.ID { return &c.TenantID }, onInsert, kept{}),
		field("owner_id", func(c *domain.Candidate) *domain.ID { return &c.OwnerID }, onInsert|onUpdate, kept{}),
		field("status_id", func(c *domain.Candidate) *domain.ID { return &c.StatusID }, onInsert|onUpdate, kept{}),
		field("first_name", func(c *domain.Candidate) *string { return &c.FirstName }, onInsert|onUpdate, AnonymisedName),
		field("last_name", func(c *domain.Candidate) *string { return &c.LastName }, onInsert|onUpdate, ""),
		field("email", func(c *domain.Candidate) *string { return &c.Email }, onInsert|onUpdate, ""),
		field("phone", func(c *domain.Candidate) *string { return &c.Phone }, onInsert|onUpdate, ""),
		field("date_of_birth", func(c *domain.Candidate) *domain.Date { return &c.DateOfBirth }, onInsert|onUpdate, nil),
		field("street", func(c *domain.Candidate) *string { return &c.Street }, onInsert|onUpdate, ""),
		field("postal_code", func(c *domain.Candidate) *string { return &c.PostalCode }, onInsert|onUpdate, ""),
		field("city", func(c *domain.Candidate) *string { return &c.City }, onInsert|onUpdate, ""),
		field("country", func(c *domain.Candidate) *string { return &c.Country }, onInsert|onUpdate, ""),
		field("language", func(c *domain.Candidate) *string { return &c.Language }, onInsert|onUpdate, kept{}),
		field("headline", func(c *domain.Candidate) *string { return &c.Headline }, onInsert|onUpdate, ""),
		field("summary", func(c *domain.Candidate) *string { return &c.Summary }, onInsert|onUpdate, ""),
		field("available_from", func(c *domain.Candidate) *domain.Date { return &c.AvailableFrom }, onInsert|onUpdate, nil),
		field("available_hours", func(c *domain.Candidate) *int { return &c.AvailableHours }, onInsert|onUpdate, 0),
		field("availability_note", func(c *domain.Candidate) *string { return &c.AvailabilityNote }, onInsert|onUpdate, ""),
		// The privacy flags change only through their own use cases.
		field("restricted", func(c *domain.Candidate) *bool { return &c.Restricted }, 0, false),
		field("objected", func(c *domain.Candidate) *bool { return &c.Objected }, 0, false),
		field("anonymised_at", func(c *domain.Candidate) **time.Time { return &c.AnonymisedAt }, 0, erasedAt{}),
		// Kept by the store, not part of domain.Candidate.
		{name: "password_hash", erase: "", value: func(_ *domain.Candidate, x candidateExtras) any { return x.passwordHash }},
		{name: "search_text", write: onInsert | onUpdate, erase: "", value: func(_ *domain.Candidate, x candidateExtras) any { return x.search }},
		// PostgreSQL's full-text vector, generated from search_text.
		{name: "search_tsv", only: Postgres, erase: generated{}},
		field("created_at", func(c *domain.Candidate) *time.Time { return &c.CreatedAt }, onInsert, kept{}),
		field("updated_at", func(c *domain.Candidate) *time.Time { return &c.UpdatedAt }, onInsert|onUpdate, erasedAt{}),
	}
}

// candidateColumn is one column of candidates.
type candidateColumn struct {
	name  string
	ptr   func(*domain.Candidate) any                  // the field to scan into; nil: not read
	value func(*domain.Candidate, candidateExtras) any // what is written
	write writeWhen
	// erase is what erasure (F2, F3) writes: a value, erasedAt{} (the
	// time of erasure), kept{} for what is not personal data and stays, or
	// generated{} for a column the database computes from others.
	erase any
	// only names the one engine that has the column; empty: both.
	only Dialect
}

// writeWhen says which statements write a column.
type writeWhen uint8

const (
	onInsert writeWhen = 1 << iota
	onUpdate
)

// The erasure's markers.
type (
	kept      struct{}
	erasedAt  struct{}
	generated struct{}
)

// candidateExtras are the values of the columns domain.Candidate has no
// field for.
type candidateExtras struct {
	search, passwordHash string
}

// field makes the column of one field of domain.Candidate.
func field[T any](name string, get func(*domain.Candidate) *T, write writeWhen, erase any) candidateColumn {
	return candidateColumn{name: name, write: write, erase: erase,
		ptr:   func(c *domain.Candidate) any { return get(c) },
		value: func(c *domain.Candidate, _ candidateExtras) any { return *get(c) }}
}

// candidateColumns is the select list of a candidate (alias c) and the
// names of its owner and status. The names are looked up per row rather
// than joined: with users (a few dozen rows) and statuses (a handful) in
// the FROM clause, SQLite's planner starts from them and sorts every
// candidate of the agency to return one page (17–23 s on the
// 1,000,000-candidate demo); with candidates alone in the FROM clause each
// list walks its index and stops at the page, on both engines, whatever
// the statistics say.
func candidateColumns() string {
	var b strings.Builder
	for _, col := range candidateTable() {
		if col.ptr != nil {
			b.WriteString("c." + col.name + ", ")
		}
	}
	b.WriteString(`(SELECT u.name FROM users u WHERE u.tenant_id = c.tenant_id AND u.id = c.owner_id),
	(SELECT st.name FROM candidate_statuses st WHERE st.tenant_id = c.tenant_id AND st.id = c.status_id)`)
	return b.String()
}

// scanCandidate reads a row of candidateColumns, then any extra columns
// into extra.
func scanCandidate(row interface{ Scan(...any) error }, extra ...any) (domain.Candidate, error) {
	var c domain.Candidate
	var dest []any
	for _, col := range candidateTable() {
		if col.ptr != nil {
			dest = append(dest, col.ptr(&c))
		}
	}
	dest = append(dest, &c.OwnerName, &c.StatusName)
	err := row.Scan(append(dest, extra...)...)
	return c, translate(err)
}

// candidateWrite returns the columns statement when writes and their
// values.
func candidateWrite(c *domain.Candidate, x candidateExtras, when writeWhen) (names []string, values []any) {
	for _, col := range candidateTable() {
		if col.write&when != 0 {
			names = append(names, col.name)
			values = append(values, col.value(c, x))
		}
	}
	return names, values
}

// candidateErasure returns the SET list of erasure from $first on, and its
// values.
func candidateErasure(now time.Time, first int) (set string, values []any) {
	var parts []string
	for _, col := range candidateTable() {
		switch v := col.erase.(type) {
		case kept, generated:
			continue
		case erasedAt:
			values = append(values, now)
		default:
			values = append(values, v)
		}
		parts = append(parts, col.name+" = $"+itoa(first+len(values)-1))
	}
	return strings.Join(parts, ", "), values
}

// CandidateBulkColumns are the columns the demo's bulk insert writes (all
// but id, which it assigns itself, and the generated ones), in the order
// of CandidateBulkRow.
func CandidateBulkColumns() []string {
	var names []string
	for _, col := range bulkColumns() {
		names = append(names, col.name)
	}
	return names
}

func bulkColumns() []candidateColumn {
	var cols []candidateColumn
	for _, col := range candidateTable()[1:] {
		if _, gen := col.erase.(generated); !gen {
			cols = append(cols, col)
		}
	}
	return cols
}

// CandidateBulkRow is c as one row of CandidateBulkColumns, with the
// password hash and the search text the store keeps beside it.
func CandidateBulkRow(c domain.Candidate, passwordHash, searchText string) []any {
	x := candidateExtras{search: searchText, passwordHash: passwordHash}
	var row []any
	for _, col := range bulkColumns() {
		row = append(row, col.value(&c, x))
	}
	return row
}

// CandidateColumnNames are the names of every column of candidates the
// store knows on engine d (tests compare them with the live schema).
func CandidateColumnNames(d Dialect) []string {
	var names []string
	for _, col := range candidateTable() {
		if col.only == "" || col.only == d {
			names = append(names, col.name)
		}
	}
	return names
}
