package store

import (
	"context"
	"errors"
	"hash/fnv"

	"github.com/matchpoint/matchpoint/domain"
)

// CreateApplication records one application (issue 16 item 4).
func (s *Store) CreateApplication(ctx context.Context, a *domain.Application) (err error) {
	defer domain.Wrap(&err, "store.CreateApplication(%d)", a.CandidateID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	a.TenantID, a.CreatedAt = tid, s.now()
	return translate(s.w.QueryRowContext(ctx, `INSERT INTO applications (tenant_id, candidate_id, vacancy_id, match_id, note_id,
		consent_id, source, utm_source, language, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
		tid, a.CandidateID, nullID(a.VacancyID), nullID(a.MatchID), nullID(a.NoteID), nullID(a.ConsentID),
		a.Source, a.UTMSource, a.Language, a.CreatedAt).Scan(&a.ID))
}

// Applications lists a candidate's applications, newest first, with the
// vacancy's title.
func (s *Store) Applications(ctx context.Context, candidateID domain.ID) (_ []domain.Application, err error) {
	defer domain.Wrap(&err, "store.Applications(%d)", candidateID)
	return s.applications(ctx, candidateID, 200)
}

// AllApplications lists every application of a candidate, newest first,
// for its data export (F2: nothing capped).
func (s *Store) AllApplications(ctx context.Context, candidateID domain.ID) (_ []domain.Application, err error) {
	defer domain.Wrap(&err, "store.AllApplications(%d)", candidateID)
	return s.applications(ctx, candidateID, -1)
}

func (s *Store) applications(ctx context.Context, candidateID domain.ID, limit int) ([]domain.Application, error) {
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT a.id, a.tenant_id, a.candidate_id, a.vacancy_id, a.match_id, a.note_id, a.consent_id,
		a.source, a.utm_source, a.language, a.created_at, COALESCE(v.title, '')
		FROM applications a LEFT JOIN vacancies v ON v.tenant_id = a.tenant_id AND v.id = a.vacancy_id
		WHERE a.tenant_id = $1 AND a.candidate_id = $2 ORDER BY a.id DESC`+limitClause(limit), tid, candidateID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Application
	for rows.Next() {
		var a domain.Application
		if err := rows.Scan(&a.ID, &a.TenantID, &a.CandidateID, scanID{&a.VacancyID}, scanID{&a.MatchID}, scanID{&a.NoteID},
			scanID{&a.ConsentID}, &a.Source, &a.UTMSource, &a.Language, &a.CreatedAt, &a.VacancyTitle); err != nil {
			return nil, translate(err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// errNotInTx is returned by a lock asked for outside a transaction, where
// it would hold nothing.
var errNotInTx = errors.New("store: lock outside a transaction")

// LockKey holds a lock on key within the tenant until the transaction s
// runs in ends, so that two transactions that would both create "the one"
// record for the key (an applicant's e-mail address) take turns. On
// PostgreSQL it is an advisory transaction lock; SQLite runs one write
// transaction at a time (BEGIN IMMEDIATE), which already takes turns.
func (s *Store) LockKey(ctx context.Context, key string) (err error) {
	defer domain.Wrap(&err, "store.LockKey")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if !s.tx {
		return errNotInTx
	}
	if s.db.Dialect != Postgres {
		return nil
	}
	h := fnv.New64a()
	_, _ = h.Write([]byte(itoa(int(tid)) + "\x00" + key))
	_, err = s.w.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(h.Sum64()))
	return translate(err)
}

// limitClause is " LIMIT n", or nothing for a negative n.
func limitClause(n int) string {
	if n < 0 {
		return ""
	}
	return " LIMIT " + itoa(n)
}
