package service

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// importRun is one pass over an import's rows, a dry run or the real one.
type importRun struct {
	s        *Service
	by       store.Actor
	im       *domain.Import
	dry      bool
	status   domain.ID // new candidates' status
	language string    // new records' language
	process  domain.ID // new vacancies' procedure
	// seen are the external ids (and candidates' and contacts' e-mail
	// addresses) of the rows before, with their line: a second row with
	// one is refused, or, by e-mail, updates what the first made.
	seenExt   map[string]int
	seenEmail map[string]domain.ID
}

func (s *Service) newImportRun(ctx context.Context, st *store.Store, by store.Actor, im *domain.Import, dry bool) (*importRun, error) {
	r := &importRun{s: s, by: by, im: im, dry: dry, seenExt: map[string]int{}, seenEmail: map[string]domain.ID{}}
	im.ResetCounts()
	t, err := st.CurrentTenant(ctx)
	if err != nil {
		return nil, err
	}
	r.language = t.DefaultLanguage
	switch im.Kind {
	case domain.ImportCandidates:
		statuses, err := st.CandidateStatuses(ctx)
		if err != nil {
			return nil, err
		}
		if len(statuses) == 0 {
			return nil, &domain.Error{Kind: domain.KindConflict, Key: "import.no_status"}
		}
		r.status = statuses[0].ID
	case domain.ImportVacancies:
		procs, err := st.Procedures(ctx)
		if err != nil {
			return nil, err
		}
		if len(procs) == 0 {
			return nil, &domain.Error{Kind: domain.KindConflict, Key: "import.no_procedure"}
		}
		r.process = procs[0].ID
	}
	return r, nil
}

// problem records one problem of a row; the row is skipped.
func (r *importRun) problem(l importLine, field, key string) {
	r.problems(domain.RowProblem{Line: l.line, Column: r.im.Mapping.Column(field), Field: field, Key: key})
}

func (r *importRun) problems(ps ...domain.RowProblem) {
	for _, p := range ps {
		if len(r.im.Problems) < domain.MaxImportProblems {
			r.im.Problems = append(r.im.Problems, p)
		}
	}
}

func (r *importRun) summary() string {
	return fmt.Sprintf("%s: %d rows, %d created, %d updated, %d skipped", r.im.Kind, r.im.RowsDone, r.im.Created, r.im.Updated, r.im.Skipped)
}

// row imports (or, in a dry run, checks) one row through tx.
func (r *importRun) row(ctx context.Context, tx *store.Store, l importLine) error {
	r.im.RowsDone++
	fields := r.im.Mapping.Row(l.cells)
	ext := fields[domain.FieldExternalID]
	if ext != "" {
		if _, ok := r.seenExt[ext]; ok {
			r.im.Skipped++
			r.problem(l, domain.FieldExternalID, "import.row.duplicate_in_file")
			return nil
		}
		r.seenExt[ext] = l.line
	}
	var (
		id      domain.ID
		created bool
		err     error
	)
	switch r.im.Kind {
	case domain.ImportCandidates:
		id, created, err = r.candidate(ctx, tx, l, fields, ext)
	case domain.ImportCompanies:
		id, created, err = r.company(ctx, tx, l, fields, ext)
	case domain.ImportContacts:
		id, created, err = r.contact(ctx, tx, l, fields, ext)
	case domain.ImportVacancies:
		id, created, err = r.vacancy(ctx, tx, l, fields, ext)
	}
	if errors.Is(err, errRowUnchanged) {
		r.im.Unchanged++
		return nil
	}
	if err != nil {
		return err
	}
	if id == 0 && !r.dry || r.dry && id < 0 {
		r.im.Skipped++
		return nil
	}
	if created {
		r.im.Created++
	} else {
		r.im.Updated++
	}
	if r.dry {
		return nil
	}
	if ext != "" && r.im.Kind != domain.ImportCandidates { // a candidate's is written with it
		if err := tx.SetExternalID(ctx, r.im.Kind, id, ext); err != nil {
			return err
		}
	}
	action := "update"
	if created {
		action = "create"
	}
	return auditRecord(ctx, tx, r.by, kindSubject(r.im.Kind), id, action, "import "+idText(r.im.ID)+" line "+strconv.Itoa(l.line))
}

// errRowUnchanged is a row that would change nothing: it is counted, and
// neither written nor audited.
var errRowUnchanged = errors.New("import: row unchanged")

// kindSubject is the audit log's object kind of an import's records.
func kindSubject(k domain.ImportKind) string {
	return string(map[domain.ImportKind]domain.SubjectKind{domain.ImportCandidates: domain.SubjectCandidate,
		domain.ImportCompanies: domain.SubjectCompany, domain.ImportContacts: domain.SubjectContact,
		domain.ImportVacancies: domain.SubjectVacancy}[k])
}

// skip is the id a row returns when it was refused: 0 in a real run, -1
// in a dry run (where a row to create has no id either).
func (r *importRun) skip() domain.ID {
	if r.dry {
		return -1
	}
	return 0
}

// existing finds the record a row updates by its external id.
func (r *importRun) existing(ctx context.Context, tx *store.Store, ext string) (domain.ID, error) {
	if ext == "" {
		return 0, nil
	}
	id, err := tx.IDByExternalID(ctx, r.im.Kind, ext)
	if domain.KindOf(err) == domain.KindNotFound {
		return 0, nil
	}
	return id, err
}

func (r *importRun) candidate(ctx context.Context, tx *store.Store, l importLine, f domain.ImportRow, ext string) (domain.ID, bool, error) {
	id, err := r.existing(ctx, tx, ext)
	if err != nil {
		return 0, false, err
	}
	byExt := id != 0
	email := strings.ToLower(f["email"])
	// Item 7: a person whose e-mail address a candidate has is that
	// candidate; a row without an external id updates it.
	pending := false // a dry run's earlier row creates this person
	if id == 0 && email != "" {
		if prev, ok := r.seenEmail[email]; ok && prev > 0 {
			id = prev
		} else if ok {
			pending = true
		} else if same, err := tx.CandidatesByEmail(ctx, email); err != nil {
			return 0, false, err
		} else if len(same) > 0 {
			id = same[0].ID
		}
	}
	base := domain.Candidate{OwnerID: r.by.ID, StatusID: r.status, Language: r.language}
	if id > 0 {
		if base, err = tx.Candidate(ctx, id); err != nil {
			return 0, false, err
		}
		if err := domain.CandidateMayBeChanged(base); err != nil {
			r.problem(l, "", "import.row.restricted")
			return r.skip(), false, nil
		}
	}
	c, err := domain.ApplyCandidateRow(base, f)
	if err != nil {
		r.problems(domain.ProblemsOf(l.line, r.im.Mapping, err)...)
		return r.skip(), false, nil
	}
	skills := domain.SkillsOf(f["skills"])
	for _, sk := range skills {
		if err := (domain.Skill{Name: sk}).Validate(); err != nil {
			r.problem(l, "skills", "import.row.skill")
			return r.skip(), false, nil
		}
	}
	if id > 0 && (byExt || ext == "") && domain.SameImportedCandidate(base, c) {
		have, err := tx.ImportedSkills(ctx, id)
		if err != nil {
			return 0, false, err
		}
		if !newSkills(have, skills) {
			return id, false, errRowUnchanged
		}
	}
	if r.dry {
		if _, ok := r.seenEmail[email]; email != "" && !ok {
			r.seenEmail[email] = max(id, -1)
		}
		return max(id, 1), id == 0 && !pending, nil
	}
	created := id == 0
	if err := tx.ImportCandidate(ctx, &c, ext, skills); err != nil {
		return 0, false, err
	}
	if email != "" {
		r.seenEmail[email] = c.ID
	}
	if created {
		dups, err := r.s.duplicatesOf(ctx, tx, c)
		if err != nil {
			return 0, false, err
		}
		for _, d := range dups {
			if len(r.im.Warnings) < domain.MaxImportProblems {
				r.im.Warnings = append(r.im.Warnings, domain.RowProblem{Line: l.line, Column: -1,
					Field: idText(d.Candidate.ID), Key: "import.row.possible_duplicate"})
			}
		}
	}
	return c.ID, created, nil
}

// newSkills reports whether a row names a skill the candidate lacks.
func newSkills(have []domain.Skill, names []string) bool {
	for _, n := range names {
		if !domain.HasSkill(have, n) {
			return true
		}
	}
	return false
}

func (r *importRun) company(ctx context.Context, tx *store.Store, l importLine, f domain.ImportRow, ext string) (domain.ID, bool, error) {
	id, err := r.existing(ctx, tx, ext)
	if err != nil {
		return 0, false, err
	}
	if id == 0 && ext == "" && f["name"] != "" {
		if id, err = tx.CompanyIDByName(ctx, f["name"]); domain.KindOf(err) == domain.KindNotFound {
			id = 0
		} else if err != nil {
			return 0, false, err
		}
	}
	base := domain.Company{OwnerID: r.by.ID, Kind: domain.CompanyClient}
	if id > 0 {
		if base, err = tx.Company(ctx, id); err != nil {
			return 0, false, err
		}
	}
	c, err := domain.ApplyCompanyRow(base, f)
	if err != nil {
		r.problems(domain.ProblemsOf(l.line, r.im.Mapping, err)...)
		return r.skip(), false, nil
	}
	if r.dry {
		return max(id, 1), id == 0, nil
	}
	if id == 0 {
		return c.ID, true, tx.CreateCompany(ctx, &c)
	}
	return c.ID, false, tx.UpdateCompany(ctx, &c)
}

// companyOf finds the company a contact's or vacancy's row names, by the
// company's external id, else by its name.
func (r *importRun) companyOf(ctx context.Context, tx *store.Store, name string) (domain.ID, error) {
	id, err := tx.IDByExternalID(ctx, domain.ImportCompanies, name)
	if domain.KindOf(err) == domain.KindNotFound {
		id, err = tx.CompanyIDByName(ctx, name)
	}
	if domain.KindOf(err) == domain.KindNotFound {
		return 0, nil
	}
	return id, err
}

func (r *importRun) contact(ctx context.Context, tx *store.Store, l importLine, f domain.ImportRow, ext string) (domain.ID, bool, error) {
	company, err := r.companyOf(ctx, tx, f["company"])
	if err != nil {
		return 0, false, err
	}
	if company == 0 {
		r.problem(l, "company", "import.row.company_unknown")
		return r.skip(), false, nil
	}
	id, err := r.existing(ctx, tx, ext)
	if err != nil {
		return 0, false, err
	}
	email := strings.ToLower(f["email"])
	pending := false
	if id == 0 && ext == "" && email != "" {
		if prev, ok := r.seenEmail[email]; ok && prev > 0 {
			id = prev
		} else if ok {
			pending = true
		} else if c, err := tx.ContactByEmail(ctx, email); err == nil {
			id = c.ID
		} else if domain.KindOf(err) != domain.KindNotFound {
			return 0, false, err
		}
	}
	base := domain.Contact{OwnerID: r.by.ID, Language: r.language}
	if id > 0 {
		if base, err = tx.Contact(ctx, id); err != nil {
			return 0, false, err
		}
	}
	base.CompanyID = company
	c, err := domain.ApplyContactRow(base, f)
	if err != nil {
		r.problems(domain.ProblemsOf(l.line, r.im.Mapping, err)...)
		return r.skip(), false, nil
	}
	if r.dry {
		if _, ok := r.seenEmail[email]; email != "" && !ok {
			r.seenEmail[email] = max(id, -1)
		}
		return max(id, 1), id == 0 && !pending, nil
	}
	if id == 0 {
		err = tx.CreateContact(ctx, &c)
	} else {
		err = tx.UpdateContact(ctx, &c)
	}
	if email != "" {
		r.seenEmail[email] = c.ID
	}
	return c.ID, id == 0, err
}

func (r *importRun) vacancy(ctx context.Context, tx *store.Store, l importLine, f domain.ImportRow, ext string) (domain.ID, bool, error) {
	company, err := r.companyOf(ctx, tx, f["company"])
	if err != nil {
		return 0, false, err
	}
	if company == 0 {
		r.problem(l, "company", "import.row.company_unknown")
		return r.skip(), false, nil
	}
	id, err := r.existing(ctx, tx, ext)
	if err != nil {
		return 0, false, err
	}
	base := domain.Vacancy{OwnerID: r.by.ID, ProcedureID: r.process, Status: domain.VacancyOpen}
	if id > 0 {
		if base, err = tx.Vacancy(ctx, id); err != nil {
			return 0, false, err
		}
	}
	base.CompanyID = company
	v, err := domain.ApplyVacancyRow(base, f)
	if err != nil {
		r.problems(domain.ProblemsOf(l.line, r.im.Mapping, err)...)
		return r.skip(), false, nil
	}
	if r.dry {
		return max(id, 1), id == 0, nil
	}
	if id == 0 {
		return v.ID, true, tx.CreateVacancy(ctx, &v)
	}
	return v.ID, false, tx.UpdateVacancy(ctx, &v)
}
