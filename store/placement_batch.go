package store

import (
	"context"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

// inList appends ids to args and returns "($k, …)" for them, padded to
// the next power of two by repeating the last id (which changes nothing in
// an IN list): a statement per length would fill the statement cache with
// texts that differ only in their length, so lists of 5 to 8 ids share one.
func inList(args []any, ids []domain.ID) (string, []any) {
	n := 1
	for n < len(ids) {
		n *= 2
	}
	marks := make([]string, n)
	for i := range marks {
		args = append(args, ids[min(i, len(ids)-1)])
		marks[i] = "$" + itoa(len(args))
	}
	return "(" + strings.Join(marks, ", ") + ")", args
}

// PlacementsWithRates returns the placements of ids with their contact ids,
// and their rates, in three queries whatever the number of ids: for lists
// that apply a rule to every row. Ids of other tenants are left out.
func (s *Store) PlacementsWithRates(ctx context.Context, ids []domain.ID) (_ map[domain.ID]domain.Placement, _ map[domain.ID][]domain.Rate, err error) {
	defer domain.Wrap(&err, "store.PlacementsWithRates(%d)", len(ids))
	tid, err := tenant(ctx)
	if err != nil {
		return nil, nil, err
	}
	places := map[domain.ID]domain.Placement{}
	rates := map[domain.ID][]domain.Rate{}
	if len(ids) == 0 {
		return places, rates, nil
	}
	in, args := inList([]any{tid}, ids)
	rows, err := s.r.QueryContext(ctx, `SELECT `+placementColumns+placementFrom+` WHERE p.tenant_id = $1 AND p.id IN `+in, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		p, err := scanPlacement(rows)
		if err != nil {
			return nil, nil, err
		}
		places[p.ID] = p
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	crow, err := s.r.QueryContext(ctx, `SELECT placement_id, contact_id FROM placement_contacts
		WHERE tenant_id = $1 AND placement_id IN `+in+` ORDER BY placement_id, contact_id`, args...)
	if err != nil {
		return nil, nil, err
	}
	defer crow.Close()
	for crow.Next() {
		var pid, cid domain.ID
		if err := crow.Scan(&pid, &cid); err != nil {
			return nil, nil, err
		}
		if p, ok := places[pid]; ok {
			p.ContactIDs = append(p.ContactIDs, cid)
			places[pid] = p
		}
	}
	if err := crow.Err(); err != nil {
		return nil, nil, err
	}
	rrow, err := s.r.QueryContext(ctx, rateSelect+` WHERE r.tenant_id = $1 AND r.placement_id IN `+in+`
		ORDER BY r.start_date DESC, r.id DESC`, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rrow.Close()
	for rrow.Next() {
		r, err := scanRate(rrow)
		if err != nil {
			return nil, nil, err
		}
		rates[r.PlacementID] = append(rates[r.PlacementID], r)
	}
	return places, rates, rrow.Err()
}
