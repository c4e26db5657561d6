package office

import (
	"net/http"
	"slices"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type placementFormView struct {
	kit.Page
	P         domain.Placement
	Companies []kit.Option
	Vacancies []kit.Option
	Contacts  []contactChoice // of the chosen company
}

type contactChoice struct {
	ID      domain.ID
	Name    string
	Checked bool
}

// companyChoiceLimit keeps the company select usable; the chosen company is
// always among the choices.
const companyChoiceLimit = 500

func (a *App) placementForm(w http.ResponseWriter, r *http.Request, status int, p domain.Placement, errs domain.FieldErrors) error {
	title := "placement.new"
	if p.ID != 0 {
		title = "placement.edit"
	}
	ctx := r.Context()
	v := placementFormView{Page: a.Page(r, title), P: p}
	if errs != nil {
		v.Errors = errs
	}
	if p.CandidateID != 0 && p.CandidateName == "" {
		if c, err := a.Store.Candidate(ctx, p.CandidateID); err == nil {
			v.P.CandidateName = c.Name()
		}
	}
	companies, err := a.Store.PlacementCompanyChoices(ctx, p.CompanyID, companyChoiceLimit)
	if err != nil && kit.Status(err) != http.StatusNotFound {
		return err
	}
	for _, c := range companies {
		v.Companies = append(v.Companies, kit.Option{Value: strconv.FormatInt(c.ID, 10), Label: c.Name})
	}
	if p.CompanyID != 0 {
		vacancies, err := a.Store.PlacementVacancyChoices(ctx, p.CompanyID)
		if err != nil {
			return err
		}
		for _, vac := range vacancies {
			v.Vacancies = append(v.Vacancies, kit.Option{Value: strconv.FormatInt(vac.ID, 10), Label: vac.Title})
		}
		contacts, err := a.Store.PlacementContactChoices(ctx, p.CompanyID)
		if err != nil {
			return err
		}
		for _, c := range contacts {
			v.Contacts = append(v.Contacts, contactChoice{ID: c.ID, Name: c.Name(), Checked: slices.Contains(p.ContactIDs, c.ID)})
		}
	}
	return a.Render(w, status, "placement_form", v)
}

func (a *App) placementNew(w http.ResponseWriter, r *http.Request) error {
	p := domain.Placement{CandidateID: queryID(r, "candidate"), CompanyID: queryID(r, "company"), StartDate: today()}
	if p.CandidateID != 0 {
		c, err := a.Store.Candidate(r.Context(), p.CandidateID)
		if err != nil {
			return err
		}
		p.CandidateName = c.Name()
	}
	return a.placementForm(w, r, http.StatusOK, p, nil)
}

func (a *App) placementEdit(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	p, err := a.Store.Placement(r.Context(), id)
	if err != nil {
		return err
	}
	return a.placementForm(w, r, http.StatusOK, p, nil)
}

// readPlacement copies the submitted fields onto p.
func readPlacement(f *kit.Form, p *domain.Placement) {
	p.Title = f.String("title")
	p.CandidateID = f.ID("candidate_id")
	p.CompanyID = f.ID("company_id")
	p.VacancyID = f.ID("vacancy_id")
	p.StartDate = f.Date("start_date")
	p.EndDate = f.Date("end_date")
	p.TimesheetApproval = f.Bool("timesheet_approval")
	p.ContactIDs = f.IDs("contact_ids")
}

// savePlacement validates and stores p; it shows the form again with the
// errors next to their fields when the input or a reference is refused.
func (a *App) savePlacement(w http.ResponseWriter, r *http.Request, p domain.Placement) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	candidate := p.CandidateID
	readPlacement(f, &p)
	if p.CandidateID != candidate {
		p.CandidateName = ""
	}
	// Every bad field at once: the form's own and the domain's rules.
	if err = f.Check(p.Validate()); err == nil {
		err = a.Svc.SavePlacement(r.Context(), actor(r), &p)
	}
	if err != nil {
		if !fieldError(f, err, "candidate_id") {
			return err
		}
		return a.placementForm(w, r, http.StatusUnprocessableEntity, p, f.Errors)
	}
	return kit.Redirect(w, r, "/office/placements/"+strconv.FormatInt(p.ID, 10)+"?flash=flash.saved")
}

func (a *App) placementCreate(w http.ResponseWriter, r *http.Request) error {
	return a.savePlacement(w, r, domain.Placement{})
}

func (a *App) placementUpdate(w http.ResponseWriter, r *http.Request) error {
	p, err := kit.PathRecord(r, "id", a.Store.Placement)
	if err != nil {
		return err
	}
	return a.savePlacement(w, r, p)
}
