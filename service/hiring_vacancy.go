package service

import (
	"context"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// HiringVacancies lists the vacancies of the contact's company it sees (E3),
// newest first, page by page (page 0 is the first).
func (s *Service) HiringVacancies(ctx context.Context, c domain.Contact, page int) (_ []domain.Vacancy, more bool, err error) {
	defer domain.Wrap(&err, "service.HiringVacancies(%d)", c.ID)
	st := s.store()
	set, err := hiringSettings(ctx, st, c)
	if err != nil {
		return nil, false, err
	}
	const size = 50
	list, more, err := st.PortalVacancies(ctx, store.PortalVacancyFilter{CompanyID: c.CompanyID, SourceID: set.PortalSourceID,
		Limit: size, Offset: max(page, 0) * size})
	if err != nil {
		return nil, false, err
	}
	return keepVisibleVacancies(c, set, list), more, nil
}

// HiringVacancyView is one vacancy as the contact sees it: whether it may edit
// it (and then the departments it may choose), and the candidates proposed on
// it when it is the vacancy's contact.
type HiringVacancyView struct {
	Vacancy     domain.Vacancy
	CanEdit     bool
	Departments []domain.Department
	Candidates  []store.PortalMatch
}

// HiringVacancy returns a vacancy the contact sees (E3); any other is not
// found.
func (s *Service) HiringVacancy(ctx context.Context, c domain.Contact, id domain.ID) (_ HiringVacancyView, err error) {
	defer domain.Wrap(&err, "service.HiringVacancy(%d, %d)", c.ID, id)
	st := s.store()
	set, err := hiringSettings(ctx, st, c)
	if err != nil {
		return HiringVacancyView{}, err
	}
	v, err := st.Vacancy(ctx, id)
	if err != nil {
		return HiringVacancyView{}, err
	}
	if !domain.ContactSeesVacancy(c, v, set) {
		return HiringVacancyView{}, domain.NotFound("HiringVacancy")
	}
	view := HiringVacancyView{Vacancy: v, CanEdit: domain.ContactEditsVacancy(c, v, set)}
	if view.CanEdit {
		if view.Departments, err = st.Departments(ctx, v.CompanyID); err != nil {
			return HiringVacancyView{}, err
		}
	}
	if v.ContactID == c.ID {
		list, _, err := st.PortalMatches(ctx, store.PortalMatchFilter{ContactID: c.ID, CompanyID: c.CompanyID, SourceID: set.PortalSourceID, VacancyID: v.ID,
			Limit: 200})
		if err != nil {
			return HiringVacancyView{}, err
		}
		view.Candidates = keepVisible(c, set, list)
	}
	return view, nil
}

// VacancyInput is what a contact fills in on a vacancy (E3, E4).
type VacancyInput struct {
	Title        string
	Description  string
	Location     string
	HoursPerWeek int
	DepartmentID domain.ID
	Status       domain.VacancyStatus // on edit only; "" keeps it
	Pay          domain.PayRange      // issue 16: the pay range, shown on the careers site
}

// validate checks the input; departments are the choices the contact has.
func (in VacancyInput) validate(departments []domain.Department) error {
	var v domain.Validator
	v.Required(in.Title, "title")
	v.MaxLen(in.Title, domain.MaxJobTitle, "title")
	v.MaxLen(in.Description, domain.MaxDescription, "description")
	v.MaxLen(in.Location, domain.MaxLocation, "location")
	v.Check(in.HoursPerWeek >= 0 && in.HoursPerWeek <= 80, "hours_per_week", "validation.hours_per_week")
	v.Check(in.Status == "" || in.Status == domain.VacancyOpen || in.Status == domain.VacancyClosed, "status", "validation.choice")
	v.Check(in.DepartmentID != 0, "department_id", "validation.required")
	known := false
	for _, d := range departments {
		known = known || d.ID == in.DepartmentID
	}
	v.Check(known, "department_id", "validation.choice")
	v.PayRange(in.Pay)
	return v.Err()
}

// HiringUpdateVacancy saves a vacancy of which the contact is the contact
// (ContactEditsVacancy, E3). Someone else's vacancy, or one it does not see,
// is not found.
func (s *Service) HiringUpdateVacancy(ctx context.Context, c domain.Contact, id domain.ID, in VacancyInput) (_ domain.Vacancy, err error) {
	defer domain.Wrap(&err, "service.HiringUpdateVacancy(%d, %d)", c.ID, id)
	var out domain.Vacancy
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		set, err := hiringSettings(ctx, tx, c)
		if err != nil {
			return err
		}
		v, err := tx.Vacancy(ctx, id)
		if err != nil {
			return err
		}
		if !domain.ContactEditsVacancy(c, v, set) {
			return domain.NotFound("HiringUpdateVacancy")
		}
		departments, err := tx.Departments(ctx, v.CompanyID)
		if err != nil {
			return err
		}
		in.Title = strings.TrimSpace(in.Title)
		if err := in.validate(departments); err != nil {
			return err
		}
		v.Title, v.Description, v.Location = in.Title, strings.TrimSpace(in.Description), strings.TrimSpace(in.Location)
		v.HoursPerWeek, v.DepartmentID, v.Pay = in.HoursPerWeek, in.DepartmentID, in.Pay
		if in.Status != "" {
			v.Status = in.Status
		}
		if err := domain.CheckPayToPublish(v, set); err != nil {
			return err
		}
		if err := tx.UpdateVacancy(ctx, &v); err != nil {
			return err
		}
		a := contactActor(c)
		if err := tx.Audit(ctx, domain.AuditEntry{ActorKind: a.Kind, ActorID: a.ID, ActorName: a.Name, Action: "update",
			ObjectKind: string(domain.SubjectVacancy), ObjectID: v.ID, Detail: "hiring_portal"}); err != nil {
			return err
		}
		out, err = tx.Vacancy(ctx, v.ID)
		return err
	})
	return out, err
}

// HiringDepartments returns the departments the contact may choose on a new
// vacancy: those of the company its contact relation gives it (E4). A
// contact without the configured relation creates nothing and is forbidden.
func (s *Service) HiringDepartments(ctx context.Context, c domain.Contact) (_ []domain.Department, err error) {
	defer domain.Wrap(&err, "service.HiringDepartments(%d)", c.ID)
	st := s.store()
	set, err := hiringSettings(ctx, st, c)
	if err != nil {
		return nil, err
	}
	if !domain.ContactCreatesVacancies(c, set) {
		return nil, &domain.Error{Kind: domain.KindForbidden, Key: KeyHiringCannotCreate, Op: "HiringDepartments"}
	}
	return st.Departments(ctx, c.CompanyID)
}

// HiringCanCreateVacancies reports whether the contact may create vacancies
// (E4), so that the portal shows the link only to those who may.
func (s *Service) HiringCanCreateVacancies(ctx context.Context, c domain.Contact) (bool, error) {
	set, err := hiringSettings(ctx, s.store(), c)
	if err != nil {
		return false, err
	}
	return domain.ContactCreatesVacancies(c, set), nil
}

// HiringCreateVacancy creates a vacancy of the contact's company with the
// contact as its contact (E4). It lands in the back office with the portal
// as origin, the portal source (so the contact sees it, E3), the contact's
// owner as owner, and the procedure of the configured approve phase (else
// the first procedure), so that proposing and approving work on it.
func (s *Service) HiringCreateVacancy(ctx context.Context, c domain.Contact, in VacancyInput) (_ domain.Vacancy, err error) {
	defer domain.Wrap(&err, "service.HiringCreateVacancy(%d)", c.ID)
	var out domain.Vacancy
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		set, err := hiringSettings(ctx, tx, c)
		if err != nil {
			return err
		}
		if !domain.ContactCreatesVacancies(c, set) {
			return &domain.Error{Kind: domain.KindForbidden, Key: KeyHiringCannotCreate, Op: "HiringCreateVacancy"}
		}
		departments, err := tx.Departments(ctx, c.CompanyID)
		if err != nil {
			return err
		}
		in.Title = strings.TrimSpace(in.Title)
		in.Status = ""
		if err := in.validate(departments); err != nil {
			return err
		}
		procedureID, err := portalProcedure(ctx, tx, set)
		if err != nil {
			return err
		}
		owner := c.OwnerID
		if fresh, err := tx.Contact(ctx, c.ID); err == nil {
			owner = fresh.OwnerID
		}
		v := domain.Vacancy{CompanyID: c.CompanyID, ContactID: c.ID, OwnerID: owner, SourceID: set.PortalSourceID,
			DepartmentID: in.DepartmentID, ProcedureID: procedureID, Title: in.Title, Description: strings.TrimSpace(in.Description),
			Location: strings.TrimSpace(in.Location), HoursPerWeek: in.HoursPerWeek, Status: domain.VacancyOpen,
			Pool: domain.PoolNone, Origin: domain.OriginHiring, Pay: in.Pay}
		if err := domain.CheckPayToPublish(v, set); err != nil {
			return err
		}
		if err := tx.CreateVacancy(ctx, &v); err != nil {
			return err
		}
		a := contactActor(c)
		if err := tx.Audit(ctx, domain.AuditEntry{ActorKind: a.Kind, ActorID: a.ID, ActorName: a.Name, Action: "create",
			ObjectKind: string(domain.SubjectVacancy), ObjectID: v.ID, Detail: "hiring_portal"}); err != nil {
			return err
		}
		out, err = tx.Vacancy(ctx, v.ID)
		return err
	})
	return out, err
}

// portalProcedure picks the procedure of a vacancy created in the portal.
func portalProcedure(ctx context.Context, st *store.Store, set domain.Settings) (domain.ID, error) {
	if set.ApprovePhaseID != 0 {
		if ph, err := st.PortalPhase(ctx, set.ApprovePhaseID); err == nil {
			return ph.ProcedureID, nil
		} else if domain.KindOf(err) != domain.KindNotFound {
			return 0, err
		}
	}
	procs, err := st.Procedures(ctx)
	if err != nil {
		return 0, err
	}
	if len(procs) == 0 {
		return 0, &domain.Error{Kind: domain.KindInvalid, Key: KeyHiringNoProcedure, Op: "portalProcedure"}
	}
	return procs[0].ID, nil
}
