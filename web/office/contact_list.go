package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type contactListView struct {
	kit.Page
	Q         string
	CompanyID string
	GroupID   string
	Companies []kit.Option
	Groups    []kit.Option
	Contacts  []domain.Contact
	Pager     Pager
}

func (a *App) contactList(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	f := store.ContactFilter{Query: r.URL.Query().Get("q"), CompanyID: queryID(r, "company"), GroupID: queryID(r, "group")}
	n := kit.PageIndex(r) + 1
	f.Limit, f.Offset = pageSize, (n-1)*pageSize
	list, more, err := a.Store.Contacts(ctx, f)
	if err != nil {
		return err
	}
	v := contactListView{Page: a.Page(r, "contacts.title"), Q: f.Query, CompanyID: idString(f.CompanyID),
		GroupID: idString(f.GroupID), Contacts: list, Pager: Pager{Page: n, More: more}}
	if v.Companies, err = a.companyOptions(r, f.CompanyID); err != nil {
		return err
	}
	if v.Groups, err = a.groupOptions(r); err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "contacts", v)
}

func idString(id domain.ID) string {
	if id == 0 {
		return ""
	}
	return strconv.FormatInt(id, 10)
}

// maxCompanyOptions bounds the company choices of a select; a chosen company
// outside the first ones is added so that it stays selected.
const maxCompanyOptions = 200

func (a *App) companyOptions(r *http.Request, chosen domain.ID) ([]kit.Option, error) {
	list, _, err := a.Store.Companies(r.Context(), store.CompanyFilter{Limit: maxCompanyOptions})
	if err != nil {
		return nil, err
	}
	opts := make([]kit.Option, 0, len(list)+1)
	found := chosen == 0
	for _, c := range list {
		opts = append(opts, kit.Option{Value: idString(c.ID), Label: c.Name})
		found = found || c.ID == chosen
	}
	if !found {
		c, err := a.Store.Company(r.Context(), chosen)
		if err == nil {
			opts = append(opts, kit.Option{Value: idString(c.ID), Label: c.Name})
		} else if domain.KindOf(err) != domain.KindNotFound {
			return nil, err
		}
	}
	return opts, nil
}

func (a *App) groupOptions(r *http.Request) ([]kit.Option, error) {
	groups, err := a.Store.Groups(r.Context())
	if err != nil {
		return nil, err
	}
	opts := make([]kit.Option, len(groups))
	for i, g := range groups {
		opts[i] = kit.Option{Value: idString(g.ID), Label: g.Name}
	}
	return opts, nil
}
