package domain

import "time"

// ImportStatus is where an import stands.
type ImportStatus string

const (
	ImportNew     ImportStatus = "new"     // uploaded, columns to map
	ImportChecked ImportStatus = "checked" // a dry run reported on it
	ImportRunning ImportStatus = "running" // writing, batch by batch
	ImportDone    ImportStatus = "done"    // written; the file is gone
	ImportFailed  ImportStatus = "failed"  // stopped by an error; what was written stays
)

// Import is one spreadsheet being imported (issue 16 item 8).
type Import struct {
	ID        ID
	TenantID  ID
	Kind      ImportKind
	FileName  string
	Mapping   ImportMapping
	Status    ImportStatus
	DryRun    bool // the counts and report are a dry run's
	RowsTotal int
	RowsDone  int
	Created   int
	Updated   int
	Skipped   int
	Unchanged int // rows that matched a record and would change nothing
	Problems  []RowProblem
	// Warnings are rows imported with a possible duplicate (item 7).
	Warnings  []RowProblem
	CreatedBy ID
	CreatedAt time.Time
	UpdatedAt time.Time
}

// MaxImportProblems bounds the problems kept in a report; the counts
// still count every row.
const MaxImportProblems = 5000

// ResetCounts clears what a run counted and reported, before another.
func (im *Import) ResetCounts() {
	im.RowsDone, im.Created, im.Updated, im.Skipped, im.Unchanged = 0, 0, 0, 0, 0
	im.Problems, im.Warnings = nil, nil
}
