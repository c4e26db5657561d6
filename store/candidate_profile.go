package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// Experiences lists a candidate's work history, newest first.
func (s *Store) Experiences(ctx context.Context, candidateID domain.ID) (_ []domain.Experience, err error) {
	defer domain.Wrap(&err, "store.Experiences(%d)", candidateID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, tenant_id, candidate_id, employer, title, start_date, end_date, description
		FROM experiences WHERE tenant_id = $1 AND candidate_id = $2 ORDER BY start_date DESC, id DESC`, tid, candidateID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Experience
	for rows.Next() {
		var e domain.Experience
		if err := rows.Scan(&e.ID, &e.TenantID, &e.CandidateID, &e.Employer, &e.Title, &e.StartDate, &e.EndDate, &e.Description); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// SaveExperience inserts (ID 0) or updates an entry of the candidate.
func (s *Store) SaveExperience(ctx context.Context, e *domain.Experience) (err error) {
	defer domain.Wrap(&err, "store.SaveExperience")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := s.checkCandidateChangeable(ctx, e.CandidateID); err != nil {
		return err
	}
	e.TenantID = tid
	if e.ID == 0 {
		return translate(s.w.QueryRowContext(ctx, `INSERT INTO experiences (tenant_id, candidate_id, employer, title, start_date, end_date, description)
			VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`, tid, e.CandidateID, e.Employer, e.Title, e.StartDate, e.EndDate, e.Description).Scan(&e.ID))
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE experiences SET employer = $1, title = $2, start_date = $3, end_date = $4, description = $5
		WHERE tenant_id = $6 AND candidate_id = $7 AND id = $8`, e.Employer, e.Title, e.StartDate, e.EndDate, e.Description, tid, e.CandidateID, e.ID))
}

// DeleteExperience removes an entry of the candidate.
func (s *Store) DeleteExperience(ctx context.Context, candidateID, id domain.ID) (err error) {
	defer domain.Wrap(&err, "store.DeleteExperience(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := s.checkCandidateChangeable(ctx, candidateID); err != nil {
		return err
	}
	return expectOne(s.w.ExecContext(ctx, `DELETE FROM experiences WHERE tenant_id = $1 AND candidate_id = $2 AND id = $3`, tid, candidateID, id))
}

// Educations lists a candidate's education, newest first.
func (s *Store) Educations(ctx context.Context, candidateID domain.ID) (_ []domain.Education, err error) {
	defer domain.Wrap(&err, "store.Educations(%d)", candidateID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, tenant_id, candidate_id, institution, degree, start_date, end_date
		FROM educations WHERE tenant_id = $1 AND candidate_id = $2 ORDER BY start_date DESC, id DESC`, tid, candidateID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Education
	for rows.Next() {
		var e domain.Education
		if err := rows.Scan(&e.ID, &e.TenantID, &e.CandidateID, &e.Institution, &e.Degree, &e.StartDate, &e.EndDate); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// SaveEducation inserts (ID 0) or updates an entry of the candidate.
func (s *Store) SaveEducation(ctx context.Context, e *domain.Education) (err error) {
	defer domain.Wrap(&err, "store.SaveEducation")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := s.checkCandidateChangeable(ctx, e.CandidateID); err != nil {
		return err
	}
	e.TenantID = tid
	if e.ID == 0 {
		return translate(s.w.QueryRowContext(ctx, `INSERT INTO educations (tenant_id, candidate_id, institution, degree, start_date, end_date)
			VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, tid, e.CandidateID, e.Institution, e.Degree, e.StartDate, e.EndDate).Scan(&e.ID))
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE educations SET institution = $1, degree = $2, start_date = $3, end_date = $4
		WHERE tenant_id = $5 AND candidate_id = $6 AND id = $7`, e.Institution, e.Degree, e.StartDate, e.EndDate, tid, e.CandidateID, e.ID))
}

// DeleteEducation removes an entry of the candidate.
func (s *Store) DeleteEducation(ctx context.Context, candidateID, id domain.ID) (err error) {
	defer domain.Wrap(&err, "store.DeleteEducation(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := s.checkCandidateChangeable(ctx, candidateID); err != nil {
		return err
	}
	return expectOne(s.w.ExecContext(ctx, `DELETE FROM educations WHERE tenant_id = $1 AND candidate_id = $2 AND id = $3`, tid, candidateID, id))
}

// Skills lists a candidate's skills by name.
func (s *Store) Skills(ctx context.Context, candidateID domain.ID) (_ []domain.Skill, err error) {
	defer domain.Wrap(&err, "store.Skills(%d)", candidateID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, tenant_id, candidate_id, name, level FROM skills
		WHERE tenant_id = $1 AND candidate_id = $2 ORDER BY name, id`, tid, candidateID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Skill
	for rows.Next() {
		var sk domain.Skill
		if err := rows.Scan(&sk.ID, &sk.TenantID, &sk.CandidateID, &sk.Name, &sk.Level); err != nil {
			return nil, err
		}
		out = append(out, sk)
	}
	return out, rows.Err()
}

// SaveSkill inserts (ID 0) or updates a skill and refreshes the search text.
func (s *Store) SaveSkill(ctx context.Context, sk *domain.Skill) (err error) {
	defer domain.Wrap(&err, "store.SaveSkill")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := s.checkCandidateChangeable(ctx, sk.CandidateID); err != nil {
		return err
	}
	sk.TenantID = tid
	return s.InTx(ctx, func(tx *Store) error {
		if sk.ID == 0 {
			if err := tx.w.QueryRowContext(ctx, `INSERT INTO skills (tenant_id, candidate_id, name, level) VALUES ($1, $2, $3, $4) RETURNING id`,
				tid, sk.CandidateID, sk.Name, sk.Level).Scan(&sk.ID); err != nil {
				return translate(err)
			}
		} else if err := expectOne(tx.w.ExecContext(ctx, `UPDATE skills SET name = $1, level = $2 WHERE tenant_id = $3 AND candidate_id = $4 AND id = $5`,
			sk.Name, sk.Level, tid, sk.CandidateID, sk.ID)); err != nil {
			return err
		}
		return tx.refreshCandidateSearch(ctx, sk.CandidateID)
	})
}

// DeleteSkill removes a skill and refreshes the search text.
func (s *Store) DeleteSkill(ctx context.Context, candidateID, id domain.ID) (err error) {
	defer domain.Wrap(&err, "store.DeleteSkill(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := s.checkCandidateChangeable(ctx, candidateID); err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		if err := expectOne(tx.w.ExecContext(ctx, `DELETE FROM skills WHERE tenant_id = $1 AND candidate_id = $2 AND id = $3`, tid, candidateID, id)); err != nil {
			return err
		}
		return tx.refreshCandidateSearch(ctx, candidateID)
	})
}
