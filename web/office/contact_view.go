package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// contactView is the contact record page. Activity (notes, portal messages)
// and attachments are added as sections of their own.
type contactView struct {
	kit.Page
	C             domain.Contact
	Groups        []domain.Group // the contact's groups, by name
	Activity      ActivityView   // notes and attachments
	Vacancies     []domain.Vacancy
	MoreVacancies bool
}

func (a *App) contactView(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	v := contactView{Page: a.Page(r, "contact.title")}
	if v.C, err = a.Store.Contact(r.Context(), id); err != nil {
		return err
	}
	if v.Activity, err = a.loadActivity(r, domain.SubjectContact, id); err != nil {
		return err
	}
	groups, err := a.Store.Groups(r.Context())
	if err != nil {
		return err
	}
	for _, g := range groups {
		if v.C.InGroup(g.ID) {
			v.Groups = append(v.Groups, g)
		}
	}
	if v.Vacancies, v.MoreVacancies, err = a.Store.Vacancies(r.Context(), store.VacancyFilter{ContactID: id, Limit: recordListLimit}); err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "contact", v)
}
