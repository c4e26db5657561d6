package office

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// The candidate page holds forms to add work experience, education and
// skills; an invalid entry re-renders the page with the errors and the input.

func candidateURL(id domain.ID) string { return "/office/candidates/" + strconv.FormatInt(id, 10) }

// profileEntry reads one entry of the candidate's profile from the form and
// saves it through save; bad fields show on the candidate's page again,
// renamed from the domain's names to the form's (rename).
func (a *App) profileEntry(w http.ResponseWriter, r *http.Request, rename map[string]string, read func(f *kit.Form, v *candidateView), save func(v *candidateView) error) error {
	v, err := a.loadCandidateView(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	read(f, &v)
	if len(f.Errors) == 0 {
		err = save(&v)
	}
	var verr *domain.ValidationError
	if errors.As(err, &verr) {
		for from, to := range rename {
			if k, ok := verr.Fields[from]; ok {
				delete(verr.Fields, from)
				verr.Fields[to] = k
			}
		}
	}
	if err := f.Check(err); err != nil {
		if !kit.Invalid(err) {
			return err
		}
		v.Errors = f.Errors
		return a.Render(w, http.StatusUnprocessableEntity, "candidate", v)
	}
	return kit.Redirect(w, r, candidateURL(v.C.ID)+"?flash=flash.saved")
}

func (a *App) experienceAdd(w http.ResponseWriter, r *http.Request) error {
	return a.profileEntry(w, r, nil, func(f *kit.Form, v *candidateView) {
		v.NewExperience = domain.Experience{Employer: f.String("employer"), Title: f.String("title"),
			StartDate: f.Date("start_date"), EndDate: f.Date("end_date"), Description: f.Text("description")}
	}, func(v *candidateView) error {
		return a.Svc.AddExperience(r.Context(), actor(r), v.C.ID, &v.NewExperience)
	})
}

// The education and skill forms name their fields apart from the
// experience form's, on the same page.
var (
	educationFields = map[string]string{"start_date": "edu_start_date", "end_date": "edu_end_date"}
	skillFields     = map[string]string{"name": "skill_name", "level": "skill_level"}
)

func (a *App) educationAdd(w http.ResponseWriter, r *http.Request) error {
	return a.profileEntry(w, r, educationFields, func(f *kit.Form, v *candidateView) {
		v.NewEducation = domain.Education{Institution: f.String("institution"), Degree: f.String("degree"),
			StartDate: f.Date("edu_start_date"), EndDate: f.Date("edu_end_date")}
	}, func(v *candidateView) error {
		return a.Svc.AddEducation(r.Context(), actor(r), v.C.ID, &v.NewEducation)
	})
}

func (a *App) skillAdd(w http.ResponseWriter, r *http.Request) error {
	return a.profileEntry(w, r, skillFields, func(f *kit.Form, v *candidateView) {
		v.NewSkill = domain.Skill{Name: f.String("skill_name"), Level: f.Int("skill_level")}
	}, func(v *candidateView) error { return a.Svc.AddSkill(r.Context(), actor(r), v.C.ID, &v.NewSkill) })
}

// profileDelete removes one entry of the candidate's profile through del.
func (a *App) profileDelete(w http.ResponseWriter, r *http.Request, del func(ctx context.Context, by store.Actor, candidateID, id domain.ID) error) error {
	cid, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	eid, err := kit.PathID(r, "eid")
	if err != nil {
		return err
	}
	if err := del(r.Context(), actor(r), cid, eid); err != nil {
		return err
	}
	return kit.Redirect(w, r, candidateURL(cid)+"?flash=flash.deleted")
}

func (a *App) experienceDelete(w http.ResponseWriter, r *http.Request) error {
	return a.profileDelete(w, r, a.Svc.DeleteExperience)
}

func (a *App) educationDelete(w http.ResponseWriter, r *http.Request) error {
	return a.profileDelete(w, r, a.Svc.DeleteEducation)
}

func (a *App) skillDelete(w http.ResponseWriter, r *http.Request) error {
	return a.profileDelete(w, r, a.Svc.DeleteSkill)
}
