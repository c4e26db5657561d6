package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

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
