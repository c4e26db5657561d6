package store

import (
	"context"
	"strings"
	"unicode"

	"github.com/matchpoint/matchpoint/domain"
)

const candidateFrom = ` FROM candidates c`

// Candidate returns one candidate of the tenant.
func (s *Store) Candidate(ctx context.Context, id domain.ID) (_ domain.Candidate, err error) {
	defer domain.Wrap(&err, "store.Candidate(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Candidate{}, err
	}
	c, err := scanCandidate(s.r.QueryRowContext(ctx, `SELECT `+candidateColumns()+candidateFrom+` WHERE c.tenant_id = $1 AND c.id = $2`, tid, id))
	if err == nil {
		noteRead(ctx, domain.SubjectCandidate, c.ID) // F4
	}
	return c, err
}

// CandidateByEmail returns the candidate with this e-mail address.
func (s *Store) CandidateByEmail(ctx context.Context, email string) (_ domain.Candidate, err error) {
	defer domain.Wrap(&err, "store.CandidateByEmail")
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Candidate{}, err
	}
	return scanCandidate(s.r.QueryRowContext(ctx, `SELECT `+candidateColumns()+candidateFrom+
		` WHERE c.tenant_id = $1 AND lower(c.email) = $2 ORDER BY c.id LIMIT 1`, tid, strings.ToLower(strings.TrimSpace(email))))
}

// CreateCandidate inserts a candidate.
func (s *Store) CreateCandidate(ctx context.Context, c *domain.Candidate) (err error) {
	defer domain.Wrap(&err, "store.CreateCandidate")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	c.TenantID = tid
	c.CreatedAt = s.now()
	c.UpdatedAt = c.CreatedAt
	c.Country = domain.CanonicalCountry(c.Country)
	names, values := candidateWrite(c, candidateExtras{search: domain.CandidateSearchText(*c, nil)}, onInsert)
	err = s.w.QueryRowContext(ctx, `INSERT INTO candidates (`+strings.Join(names, ", ")+`) VALUES (`+
		placeholders(1, len(values))+`) RETURNING id`, values...).Scan(&c.ID)
	return translate(err)
}

// UpdateCandidate saves a candidate's fields and refreshes its search text.
func (s *Store) UpdateCandidate(ctx context.Context, c *domain.Candidate) (err error) {
	defer domain.Wrap(&err, "store.UpdateCandidate(%d)", c.ID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		if err := tx.checkCandidateChangeable(ctx, c.ID); err != nil {
			return err
		}
		skills, err := tx.Skills(ctx, c.ID)
		if err != nil {
			return err
		}
		c.UpdatedAt = tx.now()
		c.Country = domain.CanonicalCountry(c.Country)
		names, values := candidateWrite(c, candidateExtras{search: domain.CandidateSearchText(*c, skillNames(skills))}, onUpdate)
		set := make([]string, len(names))
		for i, n := range names {
			set[i] = n + " = $" + itoa(i+1)
		}
		n := len(values)
		return expectOne(tx.w.ExecContext(ctx, `UPDATE candidates SET `+strings.Join(set, ", ")+
			` WHERE tenant_id = $`+itoa(n+1)+` AND id = $`+itoa(n+2), append(values, tid, c.ID)...))
	})
}

// refreshCandidateSearch rewrites the search text after skills changed.
func (s *Store) refreshCandidateSearch(ctx context.Context, candidateID domain.ID) error {
	c, err := s.Candidate(ctx, candidateID)
	if err != nil {
		return err
	}
	skills, err := s.Skills(ctx, candidateID)
	if err != nil {
		return err
	}
	_, err = s.w.ExecContext(ctx, `UPDATE candidates SET search_text = $1 WHERE tenant_id = $2 AND id = $3`,
		domain.CandidateSearchText(c, skillNames(skills)), c.TenantID, c.ID)
	return translate(err)
}

func skillNames(skills []domain.Skill) []string {
	names := make([]string, len(skills))
	for i, sk := range skills {
		names[i] = sk.Name
	}
	return names
}

// CandidateFilter selects candidates for a list.
type CandidateFilter struct {
	Query    string // words matched as prefixes against names, e-mail, city, headline and skills
	OwnerID  domain.ID
	StatusID domain.ID
	// WithRestricted includes candidates that restricted processing (F2);
	// searches and pickers leave them out, the privacy pages need them.
	WithRestricted bool
	// Cond are the list's other filters (issue 15), tested on each
	// candidate the order or the search yields.
	Cond CandidateConditions
	// Sort is one of CandidateSorts ("" is by name), Desc reverses it; a
	// search is newest first whatever they say.
	Sort   string
	Desc   bool
	Limit  int
	Offset int
}

// Candidates lists candidates: by name when there is no query, newest first
// when searching. It fetches one more than Limit so callers know whether a
// next page exists without counting a million rows.
func (s *Store) Candidates(ctx context.Context, f CandidateFilter) ([]domain.Candidate, bool, error) {
	list, more, err := s.candidates(ctx, f, searchWindow, planAuto)
	for _, c := range list {
		noteRead(ctx, domain.SubjectCandidate, c.ID) // F4: a list shows personal data too
	}
	return list, more, err
}

// candidates is Candidates with the PostgreSQL search's probe window and
// plan given, so that tests can take every path.
func (s *Store) candidates(ctx context.Context, f CandidateFilter, window int, plan searchPlan) (_ []domain.Candidate, more bool, err error) {
	defer domain.Wrap(&err, "store.Candidates(%q)", f.Query)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, false, err
	}
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	f.Offset = max(f.Offset, 0)
	where := []string{"c.tenant_id = $1"}
	args := []any{tid}
	arg := func(v any) string {
		args = append(args, v)
		return "$" + itoa(len(args))
	}
	if f.OwnerID != 0 {
		where = append(where, "c.owner_id = "+arg(f.OwnerID))
	}
	if f.StatusID != 0 {
		where = append(where, "c.status_id = "+arg(f.StatusID))
	}
	if !f.WithRestricted {
		where = append(where, "c.restricted = "+arg(false))
	}
	where = f.Cond.where(where, arg, domain.DateOf(s.now()))
	order := " ORDER BY c.last_name, c.first_name, c.id"
	// The list by name walks its index and stops at the page; the index is
	// named on SQLite, whose planner otherwise goes by statistics that a
	// migration or ANALYZE changes (a new index without statistics looked
	// cheaper and sorted every candidate).
	from := candidateFrom + s.indexedBy("candidates_name")
	if f.OwnerID != 0 {
		from = candidateFrom + s.indexedBy("candidates_owner_name")
	}
	q := strings.TrimSpace(f.Query)
	var out []domain.Candidate
	switch {
	case strings.Contains(q, "@") && !strings.ContainsAny(q, " \t"):
		// An address is looked up whole through the (tenant_id, lower(email))
		// index; a LIKE prefix would scan every candidate on both engines.
		where = append(where, "lower(c.email) = "+arg(strings.ToLower(q)))
		from = candidateFrom + s.indexedBy("candidates_email")
	case q != "":
		words := searchWords(q)
		if len(words) == 0 {
			return nil, false, nil
		}
		if s.db.Dialect == Postgres {
			// Whole words, but the last one may still be being typed.
			words[len(words)-1] += ":*"
			out, err = s.searchCandidatesPG(ctx, pgSearch{filters: where, args: args, tsquery: strings.Join(words, " & "),
				limit: f.Limit + 1, offset: f.Offset, window: max(window, 1), plan: plan})
			return page(out, f.Limit, err)
		}
		if longLastWord(words) {
			out, err = s.searchCandidatesSQLite(ctx, ftsSearch{filters: where, args: args, words: words,
				need: f.Offset + f.Limit + 1, window: max(window, 1)})
			if err != nil || len(out) <= f.Offset {
				return nil, false, err
			}
			return page(out[f.Offset:], f.Limit, nil)
		}
		for i := range words {
			words[i] = `"` + words[i] + `"`
		}
		words[len(words)-1] += "*"
		// Walk the full-text index newest first and stop at the page:
		// FTS5 yields rowids in order, so a common prefix ("ma") costs a
		// page of rows, not every match.
		from = ` FROM candidates_fts JOIN candidates c ON c.id = candidates_fts.rowid`
		where = append(where, "candidates_fts MATCH "+arg(strings.Join(words, " ")))
		order = " ORDER BY candidates_fts.rowid DESC"
	}
	query := `SELECT ` + candidateColumns() + from + ` WHERE ` + strings.Join(where, " AND ") + order +
		` LIMIT ` + arg(f.Limit+1) + ` OFFSET ` + arg(f.Offset)
	out, err = s.queryCandidates(ctx, query, args)
	return page(out, f.Limit, err)
}

// page cuts the row fetched beyond the page and reports whether it was there.
func page(out []domain.Candidate, limit int, err error) ([]domain.Candidate, bool, error) {
	if err != nil {
		return nil, false, err
	}
	if len(out) > limit {
		return out[:limit], true, nil
	}
	return out, false, nil
}

func (s *Store) queryCandidates(ctx context.Context, query string, args []any) ([]domain.Candidate, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Candidate
	for rows.Next() {
		c, err := scanCandidate(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// searchWords splits a query into lower-case words of letters and digits, so
// that no search syntax of either engine reaches the database.
func searchWords(q string) []string {
	fields := strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(fields) > 8 {
		fields = fields[:8]
	}
	return fields
}

// CandidateStatuses lists the tenant's candidate statuses.
func (s *Store) CandidateStatuses(ctx context.Context) (_ []domain.CandidateStatus, err error) {
	defer domain.Wrap(&err, "store.CandidateStatuses")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, tenant_id, name, full_profile, timesheets, position
		FROM candidate_statuses WHERE tenant_id = $1 ORDER BY position, id`, tid)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.CandidateStatus
	for rows.Next() {
		var st domain.CandidateStatus
		if err := rows.Scan(&st.ID, &st.TenantID, &st.Name, &st.FullProfile, &st.Timesheets, &st.Position); err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

// SaveCandidateStatus inserts (ID 0) or updates a status.
func (s *Store) SaveCandidateStatus(ctx context.Context, st *domain.CandidateStatus) (err error) {
	defer domain.Wrap(&err, "store.SaveCandidateStatus")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	st.TenantID = tid
	if st.ID == 0 {
		return translate(s.w.QueryRowContext(ctx, `INSERT INTO candidate_statuses (tenant_id, name, full_profile, timesheets, position)
			VALUES ($1, $2, $3, $4, $5) RETURNING id`, tid, st.Name, st.FullProfile, st.Timesheets, st.Position).Scan(&st.ID))
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE candidate_statuses SET name = $1, full_profile = $2, timesheets = $3, position = $4
		WHERE tenant_id = $5 AND id = $6`, st.Name, st.FullProfile, st.Timesheets, st.Position, tid, st.ID))
}
