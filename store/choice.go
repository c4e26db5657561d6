package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// Choice is one option of a select: a row's id and a display name.
type Choice struct {
	ID   domain.ID
	Name string
}

// choices runs a query of (id, name) rows.
func (s *Store) choices(ctx context.Context, query string, args ...any) ([]Choice, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Choice
	for rows.Next() {
		var c Choice
		if err := rows.Scan(&c.ID, &c.Name); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Has reports whether id is one of the choices; 0 (none) always is.
func Has(list []Choice, id domain.ID) bool {
	if id == 0 {
		return true
	}
	for _, c := range list {
		if c.ID == id {
			return true
		}
	}
	return false
}
