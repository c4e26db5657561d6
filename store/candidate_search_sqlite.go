package store

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/matchpoint/matchpoint/domain"
)

// SQLite's full-text index (migration 0003) keeps prefix indexes of two and
// three characters: a last word of up to three characters ("ma", "jan") is
// one posting list, which FTS5 walks newest first and stops at the page. A
// longer last word ("java", "amsterdam") has no prefix index, and FTS5
// answers it by merging the posting lists of every term that starts with it
// before it returns the first row: 37,000 postings for "java" on the
// 1,000,000-candidate demo, 8 ms for one page (issue 12).
//
// So a longer last word is searched by its first three characters, walked
// newest first like a short one, and each candidate the walk yields is kept
// when a word of its search text starts with the whole last word. Nearly
// every candidate with "jav…" has "java…", so the walk stops after about a
// page. When the walk finds few (a rare word behind a common start:
// "mansfield" behind "man"), merging is cheap: after searchWalkLimit
// candidates the rest of the page comes from FTS5's own prefix query, below
// where the walk stopped.
const (
	searchIndexedPrefix = 3    // the longest prefix index (migration 0003)
	searchWalkLimit     = 2000 // candidates walked before the prefix query takes over
	searchBatchMax      = 1000
)

// ftsSearch is a SQLite candidate search with a last word longer than the
// prefix indexes.
type ftsSearch struct {
	filters []string // conditions on c, c.tenant_id = $1 first
	args    []any
	words   []string // lower-case words; the last one is a prefix
	need    int      // hits wanted: offset + limit
	window  int      // candidates walked before the prefix query takes over
}

// searchCandidatesSQLite returns the first need hits of the search, newest
// first, exactly as the prefix query "w1" … "last"* would.
func (s *Store) searchCandidatesSQLite(ctx context.Context, q ftsSearch) ([]domain.Candidate, error) {
	last := q.words[len(q.words)-1]
	head := ftsWords(q.words[:len(q.words)-1])
	start := string([]rune(last)[:searchIndexedPrefix])
	walk := head + `"` + start + `"*`
	full := head + `"` + last + `"*`
	want := foldText(last)

	var hits []domain.Candidate
	var newest, below domain.ID // below 0: from the newest
	walked, batch := 0, min(max(q.need, 64), searchBatchMax)
	for {
		rows, err := s.ftsPage(ctx, q, walk, below, batch)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			if hasWordPrefix(r.text, want) {
				hits = append(hits, r.c)
			}
			newest, below = max(newest, r.c.ID), r.c.ID
		}
		walked += len(rows)
		if len(hits) >= q.need || len(rows) < batch {
			return hits, nil
		}
		if walked >= q.window || !walkCheaper(len(hits), walked, q.need, newest, below) {
			break
		}
		batch = min(2*batch, searchBatchMax)
	}
	rest, err := s.ftsPage(ctx, q, full, below, q.need-len(hits))
	if err != nil {
		return nil, err
	}
	for _, r := range rest {
		hits = append(hits, r.c)
	}
	return hits, nil
}

// searchRowCost is what the walk pays per candidate (fetching it and
// reading its words, about 5 µs on the demo) in postings that FTS5's
// prefix query merges (about 0.2 µs each).
const searchRowCost = 25

// walkCheaper tells from what the walk found so far (hits among walked
// candidates, ids newest down to below) whether walking on to need hits
// costs less than FTS5's prefix query, which merges every posting of the
// word: about hits × newest / (newest − below) of them, if the hits are
// spread over the ids as they were among the newest. A rare word ("4217",
// "mansfield") goes to the prefix query after one batch.
func walkCheaper(hits, walked, need int, newest, below domain.ID) bool {
	if hits == 0 {
		return false
	}
	rest := float64(need-hits) * float64(walked) / float64(hits)
	postings := float64(hits) * float64(newest) / float64(max(newest-below+1, 1))
	return rest*searchRowCost < postings
}

type ftsRow struct {
	c    domain.Candidate
	text string
}

// ftsPage returns up to n candidates matching match whose id is below
// below (0: no bound), newest first, with their search text.
func (s *Store) ftsPage(ctx context.Context, q ftsSearch, match string, below domain.ID, n int) ([]ftsRow, error) {
	args := append([]any(nil), q.args...)
	arg := func(v any) string {
		args = append(args, v)
		return "$" + itoa(len(args))
	}
	where := append(append([]string(nil), q.filters...), "candidates_fts MATCH "+arg(match))
	if below != 0 {
		where = append(where, "candidates_fts.rowid < "+arg(below))
	}
	query := `SELECT ` + candidateColumns() + `, c.search_text FROM candidates_fts JOIN candidates c ON c.id = candidates_fts.rowid
		WHERE ` + strings.Join(where, " AND ") + ` ORDER BY candidates_fts.rowid DESC LIMIT ` + arg(n)
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ftsRow
	for rows.Next() {
		var r ftsRow
		if r.c, err = scanCandidate(rows, &r.text); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// ftsWords quotes whole words for an FTS5 query, each followed by a space.
func ftsWords(words []string) string {
	var b strings.Builder
	for _, w := range words {
		b.WriteString(`"` + w + `" `)
	}
	return b.String()
}

// longLastWord reports whether the last word is longer than the prefix
// indexes.
func longLastWord(words []string) bool {
	return len(words) > 0 && utf8.RuneCountInString(words[len(words)-1]) > searchIndexedPrefix
}

// hasWordPrefix reports whether a word of text starts with prefix (folded,
// see foldText). Words are split as FTS5's unicode61 tokenizer splits them:
// at every character that is no letter or digit. ASCII text, nearly all of
// it, is read in place; other text is folded first.
func hasWordPrefix(text, prefix string) bool {
	if !isASCII(text) {
		for _, w := range strings.FieldsFunc(foldText(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if strings.HasPrefix(w, prefix) {
				return true
			}
		}
		return false
	}
	start := true // at the start of a word
	for i := 0; i < len(text); i++ {
		c := text[i]
		word := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		if word && start && len(text)-i >= len(prefix) && strings.EqualFold(text[i:i+len(prefix)], prefix) {
			return true
		}
		start = !word
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldText lowers s and takes the diacritics off its letters the way the
// index's tokenizer does (remove_diacritics 2): "Müller" is "muller", but
// "ø" and "ł", which Unicode does not decompose, stay.
func foldText(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, strings.ToLower(s))
	if err != nil {
		return strings.ToLower(s)
	}
	return out
}
