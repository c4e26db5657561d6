package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// The candidate's work experience, education and skills (C1): each on a
// page of its own to add or edit, removed from the profile page.

type entryView struct {
	kit.Page
	Kind       string // "experiences", "educations" or "skills"
	ID         domain.ID
	Experience domain.Experience
	Education  domain.Education
	Skill      domain.Skill
}

// Action is where the entry's form posts.
func (v entryView) Action() string {
	if v.ID == 0 {
		return "/portal/" + v.Kind
	}
	return "/portal/" + v.Kind + "/" + idString(v.ID)
}

func entryTitle(kind string, id domain.ID) string {
	titles := map[string][2]string{
		"experiences": {"portal.entry.add_experiences", "portal.entry.edit_experiences"},
		"educations":  {"portal.entry.add_educations", "portal.entry.edit_educations"},
		"skills":      {"portal.entry.add_skills", "portal.entry.edit_skills"},
	}[kind]
	if id == 0 {
		return titles[0]
	}
	return titles[1]
}

// entryForm shows the add (no id) or edit form of one kind of entry.
func (a *App) entryForm(kind string) kit.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		m, err := a.me(r, domain.SectionProfile)
		if err != nil {
			return err
		}
		var id domain.ID
		if r.PathValue("id") != "" {
			if id, err = kit.PathID(r, "id"); err != nil {
				return err
			}
		}
		v := entryView{Page: a.Page(r, entryTitle(kind, id)), Kind: kind, ID: id}
		if id != 0 {
			ctx := r.Context()
			switch kind {
			case "experiences":
				v.Experience, err = a.Service.PortalExperience(ctx, nil, m.Actor, id)
			case "educations":
				v.Education, err = a.Service.PortalEducation(ctx, nil, m.Actor, id)
			case "skills":
				v.Skill, err = a.Service.PortalSkill(ctx, nil, m.Actor, id)
			}
			if err != nil {
				return err
			}
		}
		return a.Render(w, http.StatusOK, "entry", v)
	}
}

// entrySave adds or changes one entry of the candidate's own; another
// candidate's id is not found.
func (a *App) entrySave(kind string) kit.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		m, err := a.me(r, domain.SectionProfile)
		if err != nil {
			return err
		}
		var id domain.ID
		if r.PathValue("id") != "" {
			if id, err = kit.PathID(r, "id"); err != nil {
				return err
			}
		}
		f, err := kit.NewForm(r)
		if err != nil {
			return err
		}
		v := entryView{Page: a.Page(r, entryTitle(kind, id)), Kind: kind, ID: id}
		ctx := r.Context()
		switch kind {
		case "experiences":
			v.Experience = domain.Experience{ID: id, Employer: f.String("employer"), Title: f.String("title"),
				StartDate: f.Date("start_date"), EndDate: f.Date("end_date"), Description: f.Text("description")}
			if len(f.Errors) == 0 {
				err = a.Service.PortalSaveExperience(ctx, m.Actor, &v.Experience)
			}
		case "educations":
			v.Education = domain.Education{ID: id, Institution: f.String("institution"), Degree: f.String("degree"),
				StartDate: f.Date("start_date"), EndDate: f.Date("end_date")}
			if len(f.Errors) == 0 {
				err = a.Service.PortalSaveEducation(ctx, m.Actor, &v.Education)
			}
		case "skills":
			v.Skill = domain.Skill{ID: id, Name: f.String("name"), Level: f.Int("level")}
			if len(f.Errors) == 0 {
				err = a.Service.PortalSaveSkill(ctx, m.Actor, &v.Skill)
			}
		}
		if err := f.Check(err); err != nil {
			if !kit.Invalid(err) {
				return err
			}
			if id != 0 {
				if oerr := a.ownEntry(r, m, kind, id); oerr != nil {
					return oerr
				}
			}
			v.Errors = f.Errors
			return a.Render(w, http.StatusUnprocessableEntity, "entry", v)
		}
		return kit.Redirect(w, r, "/portal/profile?flash=portal.flash.saved#h-"+anchor(kind))
	}
}

// ownEntry checks that id is an entry of the candidate's own.
func (a *App) ownEntry(r *http.Request, m me, kind string, id domain.ID) error {
	var err error
	switch kind {
	case "experiences":
		_, err = a.Service.PortalExperience(r.Context(), nil, m.Actor, id)
	case "educations":
		_, err = a.Service.PortalEducation(r.Context(), nil, m.Actor, id)
	case "skills":
		_, err = a.Service.PortalSkill(r.Context(), nil, m.Actor, id)
	}
	return err
}

// entryDelete removes one entry of the candidate's own.
func (a *App) entryDelete(kind string) kit.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		m, err := a.me(r, domain.SectionProfile)
		if err != nil {
			return err
		}
		id, err := kit.PathID(r, "id")
		if err != nil {
			return err
		}
		switch kind {
		case "experiences":
			err = a.Service.PortalDeleteExperience(r.Context(), m.Actor, id)
		case "educations":
			err = a.Service.PortalDeleteEducation(r.Context(), m.Actor, id)
		case "skills":
			err = a.Service.PortalDeleteSkill(r.Context(), m.Actor, id)
		}
		if err != nil {
			return err
		}
		return kit.Redirect(w, r, "/portal/profile?flash=portal.flash.removed#h-"+anchor(kind))
	}
}

func anchor(kind string) string {
	switch kind {
	case "experiences":
		return "exp"
	case "educations":
		return "edu"
	}
	return "skills"
}
