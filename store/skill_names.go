package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// SkillNames are the distinct skill names on the tenant's candidates, the
// agency's skill list that CV parsing names skills by (issue 16 item 6),
// the first limit by name (the index skills_name serves it).
func (s *Store) SkillNames(ctx context.Context, limit int) (_ []string, err error) {
	defer domain.Wrap(&err, "store.SkillNames")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT DISTINCT name FROM skills WHERE tenant_id = $1 ORDER BY name LIMIT $2`, tid, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}
