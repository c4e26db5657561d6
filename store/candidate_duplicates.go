package store

import (
	"context"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

// phoneKeyExpr is domain.PhoneKey in SQL over column col, the expression
// the candidates_phone_key index of migration 0300 is built on.
func (s *Store) phoneKeyExpr(col string) string {
	stripped := col
	for _, sep := range []string{" ", "-", ".", "(", ")", "/", "+"} {
		stripped = "replace(" + stripped + ", '" + sep + "', '')"
	}
	if s.db.Dialect == Postgres {
		return "right(" + stripped + ", 9)"
	}
	return "substr(" + stripped + ", -9)"
}

// duplicateProbeLimit bounds each look-up; a name shared by hundreds in one
// city is no evidence anyway.
const duplicateProbeLimit = 200

// DuplicateSuspects returns the candidates that share with c evidence of
// being the same person (domain.DuplicateReasons): an e-mail address, a
// phone number (domain.PhoneKey), a name with a birth date or postcode, or
// a city and a similar name. Anonymised candidates and c itself are left
// out. Each look-up runs on an index of its own and reads only the columns
// the evidence needs; the whole records are read for the suspects alone,
// so a common city and initial (hundreds of rows at a million candidates)
// costs a narrow scan, not hundreds of full records and read-audit notes.
func (s *Store) DuplicateSuspects(ctx context.Context, c domain.Candidate) (_ []domain.Candidate, err error) {
	defer domain.Wrap(&err, "store.DuplicateSuspects(%d)", c.ID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	type probe struct {
		cond string
		args []any
	}
	var probes []probe
	if c.Email != "" {
		probes = append(probes, probe{`lower(c.email) = lower($3)`, []any{c.Email}})
	}
	if key := domain.PhoneKey(c.Phone); key != "" {
		probes = append(probes, probe{s.phoneKeyExpr("c.phone") + ` = $3`, []any{key}})
	}
	if c.FirstName != "" && c.LastName != "" {
		probes = append(probes, probe{`lower(c.last_name) = lower($3) AND lower(c.first_name) = lower($4)`, []any{c.LastName, c.FirstName}})
	}
	if c.City != "" {
		// The initial is compared as the engine folds it, the way the
		// candidates_city_initial index holds it; the last name's for a
		// typo, the first name's for names entered the other way round.
		for _, name := range []string{c.LastName, c.FirstName} {
			if name != "" {
				probes = append(probes, probe{`lower(c.city) = lower($3) AND substr(lower(c.last_name), 1, 1) = substr(lower($4), 1, 1)`,
					[]any{c.City, name}})
			}
		}
	}
	seen := map[domain.ID]bool{c.ID: true}
	var ids []domain.ID
	for _, p := range probes {
		args := append([]any{tid, c.ID}, p.args...)
		found, err := s.duplicateProbe(ctx, `SELECT c.id, c.first_name, c.last_name, c.email, c.phone, c.date_of_birth, c.postal_code, c.city
			FROM candidates c WHERE c.tenant_id = $1 AND c.id <> $2 AND c.anonymised_at IS NULL AND `+p.cond+`
			ORDER BY c.id DESC LIMIT `+itoa(duplicateProbeLimit), args)
		if err != nil {
			return nil, err
		}
		for _, f := range found {
			if !seen[f.ID] && len(domain.DuplicateReasons(c, f)) > 0 {
				ids = append(ids, f.ID)
			}
			seen[f.ID] = true
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	args := []any{tid}
	marks := make([]string, len(ids))
	for i, id := range ids {
		args = append(args, id)
		marks[i] = "$" + itoa(len(args))
	}
	return s.queryCandidates(ctx, `SELECT `+candidateColumns()+candidateFrom+` WHERE c.tenant_id = $1 AND c.id IN (`+
		strings.Join(marks, ", ")+`) ORDER BY c.id DESC`, args)
}

// duplicateProbe reads the columns duplicate evidence compares.
func (s *Store) duplicateProbe(ctx context.Context, query string, args []any) ([]domain.Candidate, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	var out []domain.Candidate
	for rows.Next() {
		var c domain.Candidate
		if err := rows.Scan(&c.ID, &c.FirstName, &c.LastName, &c.Email, &c.Phone, &c.DateOfBirth, &c.PostalCode, &c.City); err != nil {
			return nil, translate(err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// CandidatesByEmail lists the candidates with this e-mail address (in any
// case), oldest first, at most 20.
func (s *Store) CandidatesByEmail(ctx context.Context, email string) (_ []domain.Candidate, err error) {
	defer domain.Wrap(&err, "store.CandidatesByEmail")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	return s.queryCandidates(ctx, `SELECT `+candidateColumns()+candidateFrom+
		` WHERE c.tenant_id = $1 AND lower(c.email) = lower($2) ORDER BY c.id LIMIT 20`, []any{tid, email})
}
