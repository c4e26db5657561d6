package store

import (
	"context"
	"math"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

// PostgreSQL has two ways to a search's newest hits, each slow where the
// other is fast: walking the (tenant_id, id) key newest first stops after a
// page of a common word but reads every candidate for a rare one ('zz': 0.5 s
// on the 1,000,000-candidate demo); the GIN index finds a rare word at once
// but fetches and sorts every hit of a common one ('ma': 0.3 s). So a probe
// walks the newest candidates first. It answers common words by itself, and
// for the others its hit rate tells which of the two plans is cheaper; only
// that one runs.
const (
	// searchWindow is how many of the newest candidates the probe reads:
	// about 2 ms on the demo, and a page of any word in more than 1.3 % of
	// the candidates.
	searchWindow = 4000
	// searchHitCost is what the GIN plan pays per hit (a heap fetch at a
	// random place, then the sort) in rows of the key walk: 8 µs against
	// 0.54 µs on the demo.
	searchHitCost = 15
	// searchWalkSlack bounds the key walk at this multiple of the rows the
	// probe's hit rate predicts; a walk that still falls short (the hits
	// were bunched among the newest) hands over to the GIN plan.
	searchWalkSlack = 4
)

// searchPlan is how a PostgreSQL search is finished after its probe.
type searchPlan int

const (
	planAuto  searchPlan = iota // choose from the probe (never returned by chooseSearchPlan)
	planIndex                   // the GIN index, all hits sorted by id
	planWalk                    // the key walk, on from where the probe stopped
)

// chooseSearchPlan decides how to find the rest of a page after the probe
// found found (< need) hits among the newest window candidates of a table
// of about tableRows rows (all tenants: the GIN index holds them all). For
// the walk it also returns how many more candidates it may read.
func chooseSearchPlan(found, need, window int, tableRows float64) (searchPlan, int) {
	if found <= 0 || window <= 0 || need <= found {
		return planIndex, 0
	}
	// The walk reads about window/found candidates per hit still missing;
	// the GIN plan fetches every hit in the table.
	walk := int(math.Ceil(float64(need-found) * float64(window) / float64(found)))
	hits := float64(found) * math.Max(tableRows, float64(window)) / float64(window)
	if float64(walk) > searchHitCost*hits {
		return planIndex, 0
	}
	return planWalk, max(searchWalkSlack*walk, window)
}

// pgSearch is one PostgreSQL candidate search: filters are the conditions on
// c other than the words (c.tenant_id = $1 first), args their values, and
// tsquery the words as to_tsquery('simple') reads them.
type pgSearch struct {
	filters []string
	args    []any
	tsquery string
	limit   int // rows to return (the page and one more)
	offset  int
	window  int
	plan    searchPlan // planAuto but in tests
}

// searchCandidatesPG returns the page of the search newest first, exactly as
// "ORDER BY c.id DESC LIMIT limit OFFSET offset" over all hits would.
func (s *Store) searchCandidatesPG(ctx context.Context, q pgSearch) ([]domain.Candidate, error) {
	need := q.offset + q.limit
	plan := q.plan
	var ids []int64
	if plan != planIndex {
		found, below, err := s.walkCandidates(ctx, q, 0, q.window, need)
		if err != nil {
			return nil, err
		}
		ids = found
		if len(ids) < need && below != 0 {
			walk := math.MaxInt32 // a walk a test asks for reads to the end
			if plan == planAuto {
				rows, err := s.candidateTableRows(ctx)
				if err != nil {
					return nil, err
				}
				plan, walk = chooseSearchPlan(len(ids), need, q.window, rows)
			}
			if plan == planWalk {
				more, end, err := s.walkCandidates(ctx, q, below, walk, need-len(ids))
				if err != nil {
					return nil, err
				}
				ids = append(ids, more...)
				if len(ids) < need && end != 0 {
					plan = planIndex // the hits were fewer than the probe promised
				}
			}
		}
	}
	if plan == planIndex {
		return s.queryCandidates(ctx, `SELECT `+candidateColumns()+candidateFrom+` WHERE `+strings.Join(q.filters, " AND ")+
			` AND c.search_tsv @@ to_tsquery('simple', $`+itoa(len(q.args)+1)+`)`+
			// "+ 0" keeps the planner off the key order: the GIN index it is.
			` ORDER BY c.id + 0 DESC LIMIT $`+itoa(len(q.args)+2)+` OFFSET $`+itoa(len(q.args)+3),
			append(q.args[:len(q.args):len(q.args)], q.tsquery, q.limit, q.offset))
	}
	if q.offset >= len(ids) {
		return nil, nil
	}
	return s.candidatesByID(ctx, q, ids[q.offset:min(len(ids), need)])
}

// walkCandidates reads at most window of the tenant's candidates newest
// first (those with an id under below when it is not 0) and returns the ids
// of up to need hits. last is the id of the last candidate read when the
// walk read all window of them without finding need hits, so a next walk
// goes on under it; it is 0 when the walk found them all or ran out of
// candidates: then the ids are all there is.
func (s *Store) walkCandidates(ctx context.Context, q pgSearch, below int64, window, need int) (ids []int64, last int64, err error) {
	args := append(q.args[:len(q.args):len(q.args)], q.tsquery, window, need)
	n := len(q.args)
	bound := ""
	if below != 0 {
		args = append(args, below)
		bound = ` AND id < $` + itoa(n+4)
	}
	// The words are parsed once (the sub-select), not for every candidate
	// read, and the window is a sub-select with its own LIMIT so the
	// planner cannot turn it into the GIN plan. row_number() marks the
	// window's last candidate, which comes back even when it is no hit.
	rows, err := s.r.QueryContext(ctx, `SELECT c.id, c.hit, c.n = $`+itoa(n+2)+` FROM (
		SELECT c.id, (`+strings.Join(q.filters, " AND ")+` AND c.search_tsv @@ (SELECT to_tsquery('simple', $`+itoa(n+1)+`))) AS hit,
			row_number() OVER (ORDER BY c.id DESC) AS n
		FROM (SELECT id, tenant_id, owner_id, status_id, restricted, search_tsv,
			available_from, available_hours, city, language, created_at, updated_at FROM candidates
			WHERE tenant_id = $1`+bound+` ORDER BY id DESC LIMIT $`+itoa(n+2)+`) c) c
		WHERE c.hit OR c.n = $`+itoa(n+2)+` ORDER BY c.id DESC LIMIT $`+itoa(n+3), args...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var hit, end bool
		if err := rows.Scan(&id, &hit, &end); err != nil {
			return nil, 0, err
		}
		if hit {
			ids = append(ids, id)
		}
		if end && len(ids) < need {
			last = id
		}
	}
	return ids, last, rows.Err()
}

// candidateTableRows is the planner's count of candidates (all tenants), or
// 0 before the table was ever analysed.
func (s *Store) candidateTableRows(ctx context.Context) (float64, error) {
	var rows float64
	err := s.r.QueryRowContext(ctx, `SELECT reltuples FROM pg_class WHERE oid = 'candidates'::regclass`).Scan(&rows)
	return max(rows, 0), err
}

// candidatesByID reads the page's candidates, newest first; the filters are
// applied again for a candidate changed since the walk.
func (s *Store) candidatesByID(ctx context.Context, q pgSearch, ids []int64) ([]domain.Candidate, error) {
	return s.queryCandidates(ctx, `SELECT `+candidateColumns()+candidateFrom+` WHERE `+strings.Join(q.filters, " AND ")+
		` AND c.id = ANY($`+itoa(len(q.args)+1)+`) ORDER BY c.id DESC`, append(q.args[:len(q.args):len(q.args)], ids))
}
