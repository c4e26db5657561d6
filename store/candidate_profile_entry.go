package store

import (
	"context"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

// profileEntries is one kind of entry in a candidate's profile (C1): a table
// whose rows have an id, a tenant_id and a candidate_id, then columns of
// their own. Every kind is listed, saved and deleted with the same SQL,
// scoped by tenant and candidate; only what is described here differs.
type profileEntries[T any] struct {
	table   string
	columns []string // its own columns, in the order of fields and values
	orderBy string
	keys    func(*T) (id, tenantID, candidateID *domain.ID)
	fields  func(*T) []any // where the own columns are scanned to
	values  func(*T) []any // what is written to the own columns
	// afterChange, when set, runs in the same transaction after every save
	// or delete (skills feed the candidate's search text).
	afterChange func(tx *Store, ctx context.Context, candidateID domain.ID) error
}

// list returns the candidate's entries in the kind's order.
func (k profileEntries[T]) list(ctx context.Context, s *Store, candidateID domain.ID) ([]T, error) {
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, tenant_id, candidate_id, `+strings.Join(k.columns, ", ")+`
		FROM `+k.table+` WHERE tenant_id = $1 AND candidate_id = $2 ORDER BY `+k.orderBy, tid, candidateID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var e T
		id, tenantID, owner := k.keys(&e)
		if err := rows.Scan(append([]any{id, tenantID, owner}, k.fields(&e)...)...); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// save inserts (ID 0, which then gets the new id) or updates an entry of
// its candidate; an update of no row of that candidate is not found.
func (k profileEntries[T]) save(ctx context.Context, s *Store, e *T) error {
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	id, tenantID, candidateID := k.keys(e)
	if err := s.checkCandidateChangeable(ctx, *candidateID); err != nil {
		return err
	}
	*tenantID = tid
	n := len(k.columns)
	return k.change(ctx, s, *candidateID, func(tx *Store) error {
		if *id == 0 {
			return translate(tx.w.QueryRowContext(ctx, `INSERT INTO `+k.table+` (tenant_id, candidate_id, `+strings.Join(k.columns, ", ")+`)
				VALUES (`+placeholders(1, n+2)+`) RETURNING id`, append([]any{tid, *candidateID}, k.values(e)...)...).Scan(id))
		}
		set := make([]string, n)
		for i, c := range k.columns {
			set[i] = c + " = $" + itoa(i+1)
		}
		return expectOne(tx.w.ExecContext(ctx, `UPDATE `+k.table+` SET `+strings.Join(set, ", ")+`
			WHERE tenant_id = $`+itoa(n+1)+` AND candidate_id = $`+itoa(n+2)+` AND id = $`+itoa(n+3),
			append(k.values(e), tid, *candidateID, *id)...))
	})
}

// delete removes an entry of the candidate; another's id is not found.
func (k profileEntries[T]) delete(ctx context.Context, s *Store, candidateID, id domain.ID) error {
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := s.checkCandidateChangeable(ctx, candidateID); err != nil {
		return err
	}
	return k.change(ctx, s, candidateID, func(tx *Store) error {
		return expectOne(tx.w.ExecContext(ctx, `DELETE FROM `+k.table+` WHERE tenant_id = $1 AND candidate_id = $2 AND id = $3`, tid, candidateID, id))
	})
}

// change runs write on s, or on a transaction together with afterChange
// when the kind has one.
func (k profileEntries[T]) change(ctx context.Context, s *Store, candidateID domain.ID, write func(*Store) error) error {
	if k.afterChange == nil {
		return write(s)
	}
	return s.InTx(ctx, func(tx *Store) error {
		if err := write(tx); err != nil {
			return err
		}
		return k.afterChange(tx, ctx, candidateID)
	})
}

// placeholders is "$from, …, $to".
func placeholders(from, to int) string {
	p := make([]string, 0, to-from+1)
	for i := from; i <= to; i++ {
		p = append(p, "$"+itoa(i))
	}
	return strings.Join(p, ", ")
}
