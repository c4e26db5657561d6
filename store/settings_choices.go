package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// Choice is one option of a settings select: a row's id and a display name.
type Choice struct {
	ID   domain.ID
	Name string
}

// SettingsChoices are the tenant's rows the A3 settings point at.
type SettingsChoices struct {
	Groups    []Choice // contact groups (portal access, B2)
	Sources   []Choice // vacancy sources (E3)
	Relations []Choice // contact relations (E4)
	Phases    []Choice // phases, named "procedure: phase" (E6, E9)
}

// SettingsChoices reads the options of the settings selects. It is read-only
// and kept apart from the stores that edit these rows.
func (s *Store) SettingsChoices(ctx context.Context) (_ SettingsChoices, err error) {
	defer domain.Wrap(&err, "store.SettingsChoices")
	tid, err := tenant(ctx)
	if err != nil {
		return SettingsChoices{}, err
	}
	var c SettingsChoices
	for _, q := range []struct {
		dst   *[]Choice
		query string
	}{
		{&c.Groups, `SELECT id, name FROM groups WHERE tenant_id = $1 ORDER BY lower(name), id`},
		{&c.Sources, `SELECT id, name FROM sources WHERE tenant_id = $1 ORDER BY lower(name), id`},
		{&c.Relations, `SELECT id, name FROM contact_relations WHERE tenant_id = $1 ORDER BY lower(name), id`},
		{&c.Phases, `SELECT ph.id, pr.name || ': ' || ph.name FROM phases ph
			JOIN procedures pr ON pr.tenant_id = ph.tenant_id AND pr.id = ph.procedure_id
			WHERE ph.tenant_id = $1 ORDER BY lower(pr.name), pr.id, ph.position, ph.id`},
	} {
		if *q.dst, err = s.choices(ctx, q.query, tid); err != nil {
			return SettingsChoices{}, err
		}
	}
	return c, nil
}

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
