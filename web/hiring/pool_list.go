package hiring

import (
	"net/http"

	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

type poolListView struct {
	kit.Page
	Pools []service.HiringPool
}

// poolList shows the talent pools the contact sees: the general pool and its
// own company's (E8).
func (a *App) poolList(w http.ResponseWriter, r *http.Request) error {
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	v := poolListView{Page: a.Page(r, "hiring.pools")}
	if v.Pools, err = a.Svc.HiringPools(r.Context(), c); err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "pools", v)
}

type poolView struct {
	kit.Page
	P      service.HiringPool
	PageNo int
}

// poolView lists one pool's candidates page by page (E8).
func (a *App) poolView(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	p := kit.PageIndex(r)
	v := poolView{Page: a.Page(r, "hiring.pool"), PageNo: p + 1}
	if v.P, err = a.Svc.HiringPoolPage(r.Context(), c, id, p); err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "pool", v)
}
