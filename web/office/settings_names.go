package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// Contact groups and contact relations are lists of names an admin keeps on
// one page each: every row is a rename form, and one form adds a name.

type namedItem struct {
	ID   domain.ID
	Name string
}

// nameList describes one such list.
type nameList struct {
	kind  domain.NameKind
	title string // message key
	base  string // page path
	list  func(r *http.Request) ([]namedItem, error)
	save  func(r *http.Request, it *namedItem) error
}

type nameListView struct {
	kit.Page
	Kind  domain.NameKind // of the names' translations (issue 15)
	Base  string
	Items []namedItem
	New   string // the add form's input after an error
}

func (a *App) groupNames() nameList {
	return nameList{kind: domain.NameGroup, title: "groups.title", base: "/office/settings/groups",
		list: func(r *http.Request) ([]namedItem, error) {
			gs, err := a.Store.Groups(r.Context())
			out := make([]namedItem, len(gs))
			for i, g := range gs {
				out[i] = namedItem{g.ID, g.Name}
			}
			return out, err
		},
		save: func(r *http.Request, it *namedItem) error {
			g := domain.Group{ID: it.ID, Name: it.Name}
			if err := g.Validate(); err != nil {
				return err
			}
			err := a.Svc.SaveGroup(r.Context(), actor(r), &g)
			it.ID = g.ID
			return err
		}}
}

func (a *App) relationNames() nameList {
	return nameList{kind: domain.NameRelation, title: "relations.title", base: "/office/settings/relations",
		list: func(r *http.Request) ([]namedItem, error) {
			rs, err := a.Store.ContactRelations(r.Context())
			out := make([]namedItem, len(rs))
			for i, rel := range rs {
				out[i] = namedItem{rel.ID, rel.Name}
			}
			return out, err
		},
		save: func(r *http.Request, it *namedItem) error {
			rel := domain.ContactRelation{ID: it.ID, Name: it.Name}
			if err := rel.Validate(); err != nil {
				return err
			}
			err := a.Svc.SaveContactRelation(r.Context(), actor(r), &rel)
			it.ID = rel.ID
			return err
		}}
}

func (a *App) nameListPage(w http.ResponseWriter, r *http.Request, nl nameList, status int, v nameListView) error {
	v.Page.Title, v.Base, v.Kind = nl.title, nl.base, nl.kind
	var err error
	if v.Items, err = nl.list(r); err != nil {
		return err
	}
	return a.Render(w, status, "settings_names", v)
}

// nameSave adds (id 0) or renames an item. A rename's field is named
// name_<id> so that its error shows on its own row.
func (a *App) nameSave(w http.ResponseWriter, r *http.Request, nl nameList, id domain.ID) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	field := "name"
	if id != 0 {
		field = "name_" + strconv.FormatInt(id, 10)
	}
	it := namedItem{ID: id, Name: f.String(field)}
	if err := f.Check(renameField(nl.save(r, &it), "name", field)); err != nil {
		if !kit.Invalid(err) {
			return err
		}
		v := nameListView{Page: a.Page(r, nl.title)}
		v.Errors = f.Errors
		if id == 0 {
			v.New = it.Name
		}
		return a.nameListPage(w, r, nl, http.StatusUnprocessableEntity, v)
	}
	return kit.Redirect(w, r, nl.base+"?flash=flash.saved")
}

func (a *App) groupList(w http.ResponseWriter, r *http.Request) error {
	return a.nameListPage(w, r, a.groupNames(), http.StatusOK, nameListView{Page: a.Page(r, "groups.title")})
}

func (a *App) groupAdd(w http.ResponseWriter, r *http.Request) error {
	return a.nameSave(w, r, a.groupNames(), 0)
}

func (a *App) groupRename(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	// A group of another agency (or none) is not found, whatever the form says.
	if _, err := a.Store.Group(r.Context(), id); err != nil {
		return err
	}
	return a.nameSave(w, r, a.groupNames(), id)
}

func (a *App) relationList(w http.ResponseWriter, r *http.Request) error {
	return a.nameListPage(w, r, a.relationNames(), http.StatusOK, nameListView{Page: a.Page(r, "relations.title")})
}

func (a *App) relationAdd(w http.ResponseWriter, r *http.Request) error {
	return a.nameSave(w, r, a.relationNames(), 0)
}

func (a *App) relationRename(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := a.Store.ContactRelation(r.Context(), id); err != nil {
		return err
	}
	return a.nameSave(w, r, a.relationNames(), id)
}
