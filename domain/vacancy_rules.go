package domain

// Message keys of the vacancy and match rules the store enforces.
const (
	KeyMatchExists            = "match.error.exists"
	KeyMatchMoved             = "match.error.moved"
	KeyPhaseNotInProcedure    = "match.error.phase_not_in_procedure"
	KeyProcedureLocked        = "vacancy.error.procedure_locked"
	KeyContactOtherCompany    = "vacancy.error.contact_company"
	KeyDepartmentOtherCompany = "vacancy.error.department_company"
)

// Validate checks a source.
func (s Source) Validate() error {
	var v Validator
	v.Required(s.Name, "name")
	v.MaxLen(s.Name, 100, "name")
	return v.Err()
}

// Validate checks a procedure's own fields (its phases are saved one by one).
func (p Procedure) Validate() error {
	var v Validator
	v.Required(p.Name, "name")
	v.MaxLen(p.Name, 100, "name")
	return v.Err()
}

// Validate checks a phase.
func (p Phase) Validate() error {
	var v Validator
	v.Required(p.Name, "name")
	v.MaxLen(p.Name, 100, "name")
	v.Check(p.ProcedureID != 0, "procedure_id", "validation.required")
	v.Check(p.Position >= 0, "position", "validation.choice")
	return v.Err()
}

// Validate checks a match's references; that the phase belongs to the
// vacancy's procedure needs the database and is checked by the store.
func (m Match) Validate() error {
	var v Validator
	v.Check(m.CandidateID != 0, "candidate_id", "validation.required")
	v.Check(m.VacancyID != 0, "vacancy_id", "validation.required")
	v.Check(m.PhaseID != 0, "phase_id", "validation.required")
	return v.Err()
}

// Validate checks an evaluation: a comment needs text, approve and reject may
// come without one.
func (e Evaluation) Validate() error {
	var v Validator
	v.Check(e.Verdict == VerdictComment || e.Verdict == VerdictApprove || e.Verdict == VerdictReject, "verdict", "validation.choice")
	if e.Verdict == VerdictComment {
		v.Required(e.Comment, "comment")
	}
	v.MaxLen(e.Comment, 5000, "comment")
	return v.Err()
}
