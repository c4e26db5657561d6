package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

// profileField is one profile field as the form shows it.
type profileField struct {
	Name     string
	Label    string // message key
	Value    string
	Editable bool
	Type     string // input type; "textarea" and "language" are special
}

type profileView struct {
	kit.Page
	Me          me
	Fields      []profileField
	Experiences []domain.Experience
	Educations  []domain.Education
	Skills      []domain.Skill
	Languages   []kit.Option
	// Refused names an error on a field the page does not show (a crafted
	// post of an invisible field); it is shown above the form.
	Refused string
}

func fieldType(name string) string {
	switch name {
	case "email":
		return "email"
	case "phone":
		return "tel"
	case "date_of_birth":
		return "date"
	case "summary":
		return "textarea"
	case "language":
		return "language"
	}
	return "text"
}

// loadProfile gathers the profile page: exactly the visible fields (C1).
func (a *App) loadProfile(r *http.Request, m me, posted map[string]string) (profileView, error) {
	v := profileView{Page: a.Page(r, "portal.profile.title"), Me: m}
	ctx := r.Context()
	set, err := a.Store.Settings(ctx)
	if err != nil {
		return v, err
	}
	for _, f := range domain.VisibleProfileFields(set) {
		value, ok := posted[f.Field]
		if !ok || !f.Editable {
			value = domain.ProfileValue(m.C, f.Field)
		}
		v.Fields = append(v.Fields, profileField{Name: f.Field, Label: "portal.field." + f.Field, Value: value,
			Editable: f.Editable, Type: fieldType(f.Field)})
	}
	for _, l := range domain.Languages {
		v.Languages = append(v.Languages, kit.Option{Value: l, Label: "language." + l})
	}
	if v.Experiences, err = a.Store.Experiences(ctx, m.C.ID); err != nil {
		return v, err
	}
	if v.Educations, err = a.Store.Educations(ctx, m.C.ID); err != nil {
		return v, err
	}
	v.Skills, err = a.Store.Skills(ctx, m.C.ID)
	return v, err
}

func (a *App) profile(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionProfile)
	if err != nil {
		return err
	}
	v, err := a.loadProfile(r, m, nil)
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "profile", v)
}

// profileSave takes the posted profile fields; the rule refuses any field
// that is not editable, even when a crafted form sends it (C1).
func (a *App) profileSave(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionProfile)
	if err != nil {
		return err
	}
	if _, err := kit.NewForm(r); err != nil {
		return err
	}
	posted := map[string]string{}
	for _, name := range domain.CandidateProfileFields {
		if vals, ok := r.PostForm[name]; ok && len(vals) > 0 {
			posted[name] = vals[0]
		}
	}
	err = a.Service.PortalEditProfile(r.Context(), m.Actor, posted, service.Reauth{Current: r.PostFormValue("current"), Origin: a.Auth.Origin(r)})
	if fe := fieldErrors(err); fe != nil {
		v, lerr := a.loadProfile(r, m, posted)
		if lerr != nil {
			return lerr
		}
		v.Errors = fe
		for name, key := range fe {
			if !v.shows(name) {
				v.Refused = key
			}
		}
		return a.Render(w, http.StatusUnprocessableEntity, "profile", v)
	}
	if err != nil {
		return err
	}
	return kit.Redirect(w, r, "/portal/profile?flash=portal.flash.saved")
}

// shows reports whether the page has the field.
func (v profileView) shows(name string) bool {
	for _, f := range v.Fields {
		if f.Name == name {
			return true
		}
	}
	return false
}
