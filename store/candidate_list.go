package store

import (
	"context"
	"encoding/json"
	"sort"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

// CandidateListRead is how many candidates one page of a filtered list
// reads at most (issue 15): the filters that no index serves (city, skills,
// consent, CV, dates, …) are tested on the candidates the list's order
// yields, and a filter that few candidates pass would otherwise read all
// 1,000,000 of the demo for one page. A page that reaches the bound shows
// what it found and goes on from there when asked (CandidatePage.Next).
const CandidateListRead = 20000

// CandidatePage is one page of the candidate list.
type CandidatePage struct {
	Candidates []domain.Candidate
	// Next is the position in the list's order the next page starts from,
	// 0 when there is none.
	Next int
	// Read is how many candidates of the order the page read (0 for a
	// search); Bounded is true when it stopped at CandidateListRead before
	// the page was full.
	Read    int
	Bounded bool
}

// CandidateList returns the page of the list that starts at position from:
// of the hits for a search (newest first), otherwise of the agency's
// candidates in f's order, read from there on and kept when they pass the
// filters (at most f.Limit of them, reading at most read candidates; 0 is
// CandidateListRead).
func (s *Store) CandidateList(ctx context.Context, f CandidateFilter, from, read int) (_ CandidatePage, err error) {
	defer domain.Wrap(&err, "store.CandidateList")
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	from = max(from, 0)
	if strings.TrimSpace(f.Query) != "" {
		f.Offset = from
		list, more, err := s.Candidates(ctx, f)
		if err != nil {
			return CandidatePage{}, err
		}
		p := CandidatePage{Candidates: list}
		if more {
			p.Next = from + len(list)
		}
		return p, nil
	}
	if read <= 0 {
		read = CandidateListRead
	}
	p, err := s.walkCandidateList(ctx, f, from, read)
	for _, c := range p.Candidates {
		noteRead(ctx, domain.SubjectCandidate, c.ID) // F4
	}
	return p, err
}

// candidateOrder is the ORDER BY of a sort and the index that walks it.
func (s *Store) candidateOrder(sort string, desc, byOwner bool) (order, index string) {
	keys := []string{"last_name", "first_name", "id"}
	index = "candidates_name"
	switch sort {
	case "created":
		// The (tenant_id, id) key of migration 0001; named on SQLite, whose
		// planner otherwise takes another index on tenant_id and sorts.
		keys, index = []string{"id"}, "sqlite_autoindex_candidates_1"
	case "updated":
		keys, index = []string{"updated_at", "id"}, "candidates_updated"
	case "available":
		keys, index = []string{"available_from", "id"}, "candidates_available"
	default:
		if byOwner {
			index = "candidates_owner_name"
		}
	}
	if desc {
		for i := range keys {
			keys[i] += " DESC"
		}
	}
	return strings.Join(keys, ", "), index
}

// walkCandidateList reads the agency's candidates in the list's order from
// position from in growing batches: the ids of a batch come from the
// order's index, then the candidates among them that pass the filters.
func (s *Store) walkCandidateList(ctx context.Context, f CandidateFilter, from, read int) (CandidatePage, error) {
	tid, err := tenant(ctx)
	if err != nil {
		return CandidatePage{}, err
	}
	order, index := s.candidateOrder(f.Sort, f.Desc, f.OwnerID != 0)
	idsQuery := `SELECT id FROM candidates`
	if index != "" {
		idsQuery += s.indexedBy(index)
	}
	idArgs := []any{tid}
	idsQuery += ` WHERE tenant_id = $1`
	// The owner narrows the walk only where its index gives the order
	// (by name); otherwise it is a filter like the others, so that a
	// recruiter with few candidates does not make one batch read them all.
	ownerInWalk := index == "candidates_owner_name"
	if ownerInWalk {
		idArgs = append(idArgs, f.OwnerID)
		idsQuery += ` AND owner_id = $2`
	}
	n := len(idArgs)
	idsQuery += ` ORDER BY ` + order + ` LIMIT $` + itoa(n+1) + ` OFFSET $` + itoa(n+2)

	// The filters, on the candidates of one batch.
	where := []string{"c.tenant_id = $1"}
	args := []any{tid}
	arg := func(v any) string {
		args = append(args, v)
		return "$" + itoa(len(args))
	}
	if f.OwnerID != 0 && !ownerInWalk {
		where = append(where, "c.owner_id = "+arg(f.OwnerID))
	}
	if f.StatusID != 0 {
		where = append(where, "c.status_id = "+arg(f.StatusID))
	}
	if !f.WithRestricted {
		where = append(where, "c.restricted = "+arg(false))
	}
	where = f.Cond.where(where, arg, domain.DateOf(s.now()))
	batchArg := "$" + itoa(len(args)+1)
	inBatch := "c.id = ANY(" + batchArg + ")"
	if s.db.Dialect == SQLite {
		inBatch = "c.id IN (SELECT value FROM json_each(" + batchArg + "))"
	}
	hitsQuery := `SELECT ` + candidateColumns() + candidateFrom + ` WHERE ` + strings.Join(append(where, inBatch), " AND ")

	var p CandidatePage
	batch := min(4*(f.Limit+1), read)
	for p.Read < read {
		batch = min(batch, read-p.Read)
		ids, err := s.readIDs(ctx, idsQuery, append(idArgs[:n:n], batch, from+p.Read))
		if err != nil {
			return CandidatePage{}, err
		}
		if len(ids) == 0 {
			return p, nil
		}
		var batchArgValue any = ids
		if s.db.Dialect == SQLite {
			raw, err := json.Marshal(ids)
			if err != nil {
				return CandidatePage{}, err
			}
			batchArgValue = string(raw)
		}
		hits, err := s.queryCandidates(ctx, hitsQuery, append(args[:len(args):len(args)], batchArgValue))
		if err != nil {
			return CandidatePage{}, err
		}
		byID := make(map[domain.ID]domain.Candidate, len(hits))
		for _, c := range hits {
			byID[c.ID] = c
		}
		for i, id := range ids {
			c, ok := byID[id]
			if !ok {
				continue
			}
			if len(p.Candidates) == f.Limit {
				// One more hit: the next page starts with it.
				p.Read += i
				p.Next = from + p.Read
				return p, nil
			}
			p.Candidates = append(p.Candidates, c)
		}
		p.Read += len(ids)
		if len(ids) < batch {
			return p, nil // the end of the order
		}
		batch = min(2*batch, 4000)
	}
	// The bound: the next page goes on where this one stopped (with a
	// full page, whether more hits follow is not known yet), unless the
	// order ends here.
	rest, err := s.readIDs(ctx, idsQuery, append(idArgs[:n:n], 1, from+p.Read))
	if err != nil || len(rest) == 0 {
		return p, err
	}
	p.Next, p.Bounded = from+p.Read, len(p.Candidates) < f.Limit
	return p, nil
}

func (s *Store) readIDs(ctx context.Context, query string, args []any) ([]int64, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// ListCount is a bounded count of a list (issue 15).
type ListCount struct {
	// N candidates pass the filters among the Read first of the list's
	// order; Exact when Read is every candidate of the agency (or of the
	// owner).
	N     int
	Read  int
	Exact bool
}

// CandidateCountRead is how many candidates a list's count reads at most:
// past it the list says "10,000+" (no filter) or how many of the first
// 10,000 pass, never counting 1,000,000 rows on a page view.
const CandidateCountRead = 10000

// CountCandidates counts the list's candidates among the first
// CandidateCountRead of the agency's (or the owner's) in the list's order;
// a search is not counted (N is -1).
func (s *Store) CountCandidates(ctx context.Context, f CandidateFilter) (_ ListCount, err error) {
	defer domain.Wrap(&err, "store.CountCandidates")
	if strings.TrimSpace(f.Query) != "" {
		return ListCount{N: -1}, nil
	}
	tid, err := tenant(ctx)
	if err != nil {
		return ListCount{}, err
	}
	args := []any{tid}
	arg := func(v any) string {
		args = append(args, v)
		return "$" + itoa(len(args))
	}
	// The window is the first candidates of the list's own order, so the
	// count speaks of the candidates the first pages show.
	order, index := s.candidateOrder(f.Sort, f.Desc, f.OwnerID != 0)
	window := `SELECT id FROM candidates`
	if index != "" {
		window += s.indexedBy(index)
	}
	window += ` WHERE tenant_id = $1`
	where := []string{"c.tenant_id = $1"}
	if index == "candidates_owner_name" {
		window += ` AND owner_id = ` + arg(f.OwnerID)
	} else if f.OwnerID != 0 {
		where = append(where, "c.owner_id = "+arg(f.OwnerID))
	}
	window += ` ORDER BY ` + order + ` LIMIT ` + arg(CandidateCountRead)
	if f.StatusID != 0 {
		where = append(where, "c.status_id = "+arg(f.StatusID))
	}
	if !f.WithRestricted {
		where = append(where, "c.restricted = "+arg(false))
	}
	where = f.Cond.where(where, arg, domain.DateOf(s.now()))
	hit := "1"
	if len(where) > 1 {
		hit = "CASE WHEN " + strings.Join(where[1:], " AND ") + " THEN 1 ELSE 0 END"
	}
	var c ListCount
	err = s.r.QueryRowContext(ctx, `SELECT count(*), COALESCE(SUM(`+hit+`), 0) FROM (`+window+`) w
		JOIN candidates c ON c.tenant_id = $1 AND c.id = w.id`, args...).Scan(&c.Read, &c.N)
	c.Exact = c.Read < CandidateCountRead
	return c, translate(err)
}

// SkillNamesOf returns the skills of the candidates (a list page's), each
// candidate's joined by ", " in the order they were added.
func (s *Store) SkillNamesOf(ctx context.Context, ids []domain.ID) (_ map[domain.ID]string, err error) {
	defer domain.Wrap(&err, "store.SkillNamesOf")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	var list any = ids
	in := "candidate_id = ANY($2)"
	if s.db.Dialect == SQLite {
		raw, err := json.Marshal(ids)
		if err != nil {
			return nil, err
		}
		list, in = string(raw), "candidate_id IN (SELECT value FROM json_each($2))"
	}
	rows, err := s.r.QueryContext(ctx, `SELECT candidate_id, id, name FROM skills WHERE tenant_id = $1 AND `+in, tid, list)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	type skill struct {
		id   domain.ID
		name string
	}
	by := map[domain.ID][]skill{}
	for rows.Next() {
		var cid domain.ID
		var sk skill
		if err := rows.Scan(&cid, &sk.id, &sk.name); err != nil {
			return nil, err
		}
		by[cid] = append(by[cid], sk)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make(map[domain.ID]string, len(by))
	for cid, list := range by {
		sort.Slice(list, func(i, j int) bool { return list[i].id < list[j].id })
		names := make([]string, len(list))
		for i, sk := range list {
			names[i] = sk.name
		}
		out[cid] = strings.Join(names, ", ")
	}
	return out, nil
}
