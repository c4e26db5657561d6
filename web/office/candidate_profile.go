package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// The candidate page holds forms to add work experience, education and
// skills; an invalid entry re-renders the page with the errors and the input.

func candidateURL(id domain.ID) string { return "/office/candidates/" + strconv.FormatInt(id, 10) }

// profileEntry reads, checks and saves one entry of the candidate's profile
// (what: "experience", "education" or "skill"), audited (F4).
func (a *App) profileEntry(w http.ResponseWriter, r *http.Request, what string, read func(f *kit.Form, v *candidateView) error, save func(tx *store.Store, v *candidateView) (domain.ID, error)) error {
	v, err := a.loadCandidateView(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	if err := f.Check(read(f, &v)); err != nil {
		v.Errors = f.Errors
		return a.Render(w, http.StatusUnprocessableEntity, "candidate", v)
	}
	err = a.Store.InTx(r.Context(), func(tx *store.Store) error {
		id, err := save(tx, &v)
		if err != nil {
			return err
		}
		return auditEntry(r, tx, string(domain.SubjectCandidate), v.C.ID, "update", what+" "+strconv.FormatInt(id, 10)+" added")
	})
	if err != nil {
		return err
	}
	return kit.Redirect(w, r, candidateURL(v.C.ID)+"?flash=flash.saved")
}

func (a *App) experienceAdd(w http.ResponseWriter, r *http.Request) error {
	return a.profileEntry(w, r, "experience", func(f *kit.Form, v *candidateView) error {
		v.NewExperience = domain.Experience{CandidateID: v.C.ID, Employer: f.String("employer"), Title: f.String("title"),
			StartDate: f.Date("start_date"), EndDate: f.Date("end_date"), Description: f.Text("description")}
		return v.NewExperience.Validate()
	}, func(tx *store.Store, v *candidateView) (domain.ID, error) {
		err := tx.SaveExperience(r.Context(), &v.NewExperience)
		return v.NewExperience.ID, err
	})
}

func (a *App) educationAdd(w http.ResponseWriter, r *http.Request) error {
	return a.profileEntry(w, r, "education", func(f *kit.Form, v *candidateView) error {
		v.NewEducation = domain.Education{CandidateID: v.C.ID, Institution: f.String("institution"), Degree: f.String("degree"),
			StartDate: f.Date("edu_start_date"), EndDate: f.Date("edu_end_date")}
		err := v.NewEducation.Validate()
		if ve, ok := err.(*domain.ValidationError); ok {
			// The education form names its dates apart from the experience form's.
			for from, to := range map[string]string{"start_date": "edu_start_date", "end_date": "edu_end_date"} {
				if k, ok := ve.Fields[from]; ok {
					delete(ve.Fields, from)
					ve.Fields[to] = k
				}
			}
		}
		return err
	}, func(tx *store.Store, v *candidateView) (domain.ID, error) {
		err := tx.SaveEducation(r.Context(), &v.NewEducation)
		return v.NewEducation.ID, err
	})
}

func (a *App) skillAdd(w http.ResponseWriter, r *http.Request) error {
	return a.profileEntry(w, r, "skill", func(f *kit.Form, v *candidateView) error {
		v.NewSkill = domain.Skill{CandidateID: v.C.ID, Name: f.String("skill_name"), Level: f.Int("skill_level")}
		err := v.NewSkill.Validate()
		if ve, ok := err.(*domain.ValidationError); ok {
			for from, to := range map[string]string{"name": "skill_name", "level": "skill_level"} {
				if k, ok := ve.Fields[from]; ok {
					delete(ve.Fields, from)
					ve.Fields[to] = k
				}
			}
		}
		return err
	}, func(tx *store.Store, v *candidateView) (domain.ID, error) {
		err := tx.SaveSkill(r.Context(), &v.NewSkill)
		return v.NewSkill.ID, err
	})
}

// profileDelete removes one entry of the candidate's profile, audited (F4).
func (a *App) profileDelete(w http.ResponseWriter, r *http.Request, what string, del func(tx *store.Store, candidateID, id domain.ID) error) error {
	cid, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	eid, err := kit.PathID(r, "eid")
	if err != nil {
		return err
	}
	if err := a.audited(r, string(domain.SubjectCandidate), "update", what+" "+strconv.FormatInt(eid, 10)+" deleted", func(tx *store.Store) (domain.ID, error) {
		return cid, del(tx, cid, eid)
	}); err != nil {
		return err
	}
	return kit.Redirect(w, r, candidateURL(cid)+"?flash=flash.deleted")
}

func (a *App) experienceDelete(w http.ResponseWriter, r *http.Request) error {
	return a.profileDelete(w, r, "experience", func(tx *store.Store, c, id domain.ID) error { return tx.DeleteExperience(r.Context(), c, id) })
}

func (a *App) educationDelete(w http.ResponseWriter, r *http.Request) error {
	return a.profileDelete(w, r, "education", func(tx *store.Store, c, id domain.ID) error { return tx.DeleteEducation(r.Context(), c, id) })
}

func (a *App) skillDelete(w http.ResponseWriter, r *http.Request) error {
	return a.profileDelete(w, r, "skill", func(tx *store.Store, c, id domain.ID) error { return tx.DeleteSkill(r.Context(), c, id) })
}
