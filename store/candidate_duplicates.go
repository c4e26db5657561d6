package store

import (
	"context"

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

// DuplicateSuspects returns the candidates that share with c an e-mail
// address, a phone number (domain.PhoneKey), a name, or a city and the
// initial of the last or first name: everyone domain.DuplicateReasons may
// find evidence on, and some it will not. Anonymised candidates and c
// itself are left out. Each look-up runs on an index of its own.
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
	var out []domain.Candidate
	for _, p := range probes {
		args := append([]any{tid, c.ID}, p.args...)
		found, err := s.queryCandidates(ctx, `SELECT `+candidateColumns()+candidateFrom+` WHERE c.tenant_id = $1 AND c.id <> $2
			AND c.anonymised_at IS NULL AND `+p.cond+` ORDER BY c.id DESC LIMIT `+itoa(duplicateProbeLimit), args)
		if err != nil {
			return nil, err
		}
		for _, f := range found {
			if !seen[f.ID] {
				seen[f.ID] = true
				out = append(out, f)
			}
		}
	}
	return out, nil
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
