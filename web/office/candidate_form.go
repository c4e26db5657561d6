package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type candidateFormView struct {
	kit.Page
	C domain.Candidate
	// Fields are the form's inputs, in domain.CandidateFields' order; those
	// of a Group other than the address sit in a fieldset of their own.
	Fields       []candidateInput
	Availability []candidateInput
}

// candidateInput is one input of the candidate form.
type candidateInput struct {
	kit.Field
	Kind domain.FieldKind
}

// candidateInputs makes the form's inputs of c from domain.CandidateFields.
func candidateInputs(p kit.Page, c domain.Candidate, choices map[domain.FieldKind]map[string][]kit.Option) (main, availability []candidateInput) {
	for _, f := range domain.CandidateFields() {
		in := candidateInput{Field: kit.Field{Page: p, Name: f.Name, Label: f.Label, Value: f.Text(c)}, Kind: f.Kind}
		switch f.Kind {
		case domain.KindLanguage, domain.KindChoice:
			in.Options = choices[f.Kind][f.Name]
		case domain.KindEmail, domain.KindTel, domain.KindDate, domain.KindNumber:
			in.Type = string(f.Kind)
		}
		if f.Group == "candidate.availability" {
			availability = append(availability, in)
		} else {
			main = append(main, in)
		}
	}
	return main, availability
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
	v := candidateFormView{Page: a.Page(r, title), C: c}
	if errs != nil {
		v.Errors = errs
	}
	if flash != "" {
		v.Flash = flash
	}
	owners, err := a.ownerOptions(r.Context())
	if err != nil {
		return err
	}
	statuses, err := a.Store.CandidateStatuses(r.Context())
	if err != nil {
		return err
	}
	var statusOptions []kit.Option
	for _, s := range statuses {
		statusOptions = append(statusOptions, kit.Option{Value: strconv.FormatInt(s.ID, 10), Label: s.Name})
	}
	v.Fields, v.Availability = candidateInputs(v.Page, c, map[domain.FieldKind]map[string][]kit.Option{
		domain.KindLanguage: {"language": languageOptions()},
		domain.KindChoice:   {"owner_id": owners, "status_id": statusOptions},
	})
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
	for _, fd := range domain.CandidateFields() {
		switch p := fd.Ptr(c).(type) {
		case *string:
			if fd.Kind == domain.KindTextarea {
				*p = f.Text(fd.Name)
			} else {
				*p = f.String(fd.Name)
			}
		case *domain.Date:
			*p = f.Date(fd.Name)
		case *int:
			*p = f.Int(fd.Name)
		case *domain.ID:
			*p = f.ID(fd.Name)
		}
	}
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
	c, err := kit.PathRecord(r, "id", a.Store.Candidate)
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
