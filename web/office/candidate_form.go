package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type candidateFormView struct {
	kit.Page
	C         domain.Candidate
	Owners    []kit.Option
	Statuses  []kit.Option
	Languages []kit.Option
}

func (a *App) candidateForm(w http.ResponseWriter, r *http.Request, status int, c domain.Candidate, errs domain.FieldErrors) error {
	return a.renderCandidateForm(w, r, status, c, errs, "")
}

// candidateFormFlash is candidateForm with a message above the form.
func (a *App) candidateFormFlash(w http.ResponseWriter, r *http.Request, status int, c domain.Candidate, flash string) error {
	return a.renderCandidateForm(w, r, status, c, nil, flash)
}

func (a *App) renderCandidateForm(w http.ResponseWriter, r *http.Request, status int, c domain.Candidate, errs domain.FieldErrors, flash string) error {
	title := "candidate.new"
	if c.ID != 0 {
		title = "candidate.edit"
	}
	v := candidateFormView{Page: a.Page(r, title), C: c, Languages: languageOptions()}
	if errs != nil {
		v.Errors = errs
	}
	if flash != "" {
		v.Flash = flash
	}
	var err error
	if v.Owners, err = a.ownerOptions(r.Context()); err != nil {
		return err
	}
	statuses, err := a.Store.CandidateStatuses(r.Context())
	if err != nil {
		return err
	}
	for _, s := range statuses {
		v.Statuses = append(v.Statuses, kit.Option{Value: strconv.FormatInt(s.ID, 10), Label: s.Name})
	}
	return a.Render(w, status, "candidate_form", v)
}

func (a *App) candidateNew(w http.ResponseWriter, r *http.Request) error {
	c := domain.Candidate{OwnerID: user(r.Context()).ID, Language: a.Localizer(r).Lang}
	if statuses, err := a.Store.CandidateStatuses(r.Context()); err == nil && len(statuses) > 0 {
		c.StatusID = statuses[0].ID
	}
	return a.candidateForm(w, r, http.StatusOK, c, nil)
}

func (a *App) candidateEdit(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	c, err := a.Store.Candidate(r.Context(), id)
	if err != nil {
		return err
	}
	return a.candidateForm(w, r, http.StatusOK, c, nil)
}

// readCandidate copies the submitted fields onto c.
func readCandidate(f *kit.Form, c *domain.Candidate) {
	c.FirstName = f.String("first_name")
	c.LastName = f.String("last_name")
	c.Email = f.String("email")
	c.Phone = f.String("phone")
	c.DateOfBirth = f.Date("date_of_birth")
	c.Street = f.String("street")
	c.PostalCode = f.String("postal_code")
	c.City = f.String("city")
	c.Country = f.String("country")
	c.Language = f.String("language")
	c.Headline = f.String("headline")
	c.Summary = f.Text("summary")
	c.OwnerID = f.ID("owner_id")
	c.StatusID = f.ID("status_id")
	c.AvailableFrom = f.Date("available_from")
	c.AvailableHours = f.Int("available_hours")
	c.AvailabilityNote = f.String("availability_note")
}

func (a *App) candidateCreate(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	var c domain.Candidate
	readCandidate(f, &c)
	// Every bad field at once: the form's own and the domain's rules.
	if err = f.Check(c.Validate()); err == nil {
		err = a.Svc.CreateCandidate(r.Context(), actor(r), &c)
	}
	if done, err := a.candidateSaved(w, r, f, c, err); done || err != nil {
		return err
	}
	return kit.Redirect(w, r, "/office/candidates/"+strconv.FormatInt(c.ID, 10)+"?flash=flash.saved")
}

func (a *App) candidateUpdate(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	c, err := a.Store.Candidate(r.Context(), id)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	readCandidate(f, &c)
	// Every bad field at once: the form's own and the domain's rules.
	if err = f.Check(c.Validate()); err == nil {
		err = a.Svc.UpdateCandidate(r.Context(), actor(r), &c)
	}
	if done, err := a.candidateSaved(w, r, f, c, err); done || err != nil {
		return err
	}
	return kit.Redirect(w, r, "/office/candidates/"+strconv.FormatInt(c.ID, 10)+"?flash=flash.saved")
}

// candidateSaved shows the form again when saving c failed in a way the
// person can mend: bad fields, an owner that does not exist, or a
// candidate whose data may not change (F2: restricted, anonymised), with
// the input kept. done is false when the save went through.
func (a *App) candidateSaved(w http.ResponseWriter, r *http.Request, f *kit.Form, c domain.Candidate, err error) (done bool, _ error) {
	switch k := domain.KeyOf(err); {
	case err == nil && len(f.Errors) == 0:
		return false, nil
	case k == domain.KeyCandidateRestricted || k == domain.KeyCandidateAnonymised:
		return true, a.candidateFormFlash(w, r, http.StatusConflict, c, k)
	case kit.Invalid(err) || len(f.Errors) > 0:
		_ = f.Check(err)
		return true, a.candidateForm(w, r, http.StatusUnprocessableEntity, c, f.Errors)
	case kit.Status(err) == http.StatusUnprocessableEntity:
		f.Errors["owner_id"] = k
		return true, a.candidateForm(w, r, http.StatusUnprocessableEntity, c, f.Errors)
	}
	return true, err
}
