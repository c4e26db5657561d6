package office

import (
	"fmt"
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// procedureSettingsView lists the procedures with a form per procedure and
// per phase. Failed names the form whose input was refused ("procedure-3",
// "new-phase-3", "phase-7", "new-procedure"), Input is what was typed there.
type procedureSettingsView struct {
	kit.Page
	Procedures []domain.Procedure
	Failed     string
	Input      string
}

func (a *App) procedureSettingsPage(w http.ResponseWriter, r *http.Request, status int, failed, input string, errs domain.FieldErrors) error {
	v := procedureSettingsView{Page: a.Page(r, "settings.procedures.title"), Failed: failed, Input: input}
	if errs != nil {
		v.Errors = errs
	}
	var err error
	if v.Procedures, err = a.Store.Procedures(r.Context()); err != nil {
		return err
	}
	return a.Render(w, status, "settings_procedures", v)
}

func (a *App) procedureSettings(w http.ResponseWriter, r *http.Request) error {
	return a.procedureSettingsPage(w, r, http.StatusOK, "", "", nil)
}

const procedureSettingsPath = "/office/settings/procedures"

// saveSetting runs save; refused input re-renders the page with the error on
// the form named failed.
func (a *App) saveSetting(w http.ResponseWriter, r *http.Request, f *kit.Form, failed, input string, save func() error) error {
	if err := save(); err != nil {
		if !fieldError(f, err, "name") {
			return err
		}
		return a.procedureSettingsPage(w, r, http.StatusUnprocessableEntity, failed, input, f.Errors)
	}
	return kit.Redirect(w, r, procedureSettingsPath+"?flash=flash.saved")
}

func (a *App) procedureCreate(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	p := domain.Procedure{Name: f.String("name")}
	return a.saveSetting(w, r, f, "new-procedure", p.Name, func() error { return a.Svc.SaveProcedure(r.Context(), actor(r), &p) })
}

func (a *App) procedureRename(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	p, err := a.Store.Procedure(r.Context(), id)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	p.Name = f.String("name")
	return a.saveSetting(w, r, f, fmt.Sprintf("procedure-%d", id), p.Name, func() error { return a.Svc.SaveProcedure(r.Context(), actor(r), &p) })
}

func (a *App) phaseAdd(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := a.Store.Procedure(r.Context(), id); err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	ph := domain.Phase{ProcedureID: id, Name: f.String("name"), VisibleInPortal: f.Bool("visible_in_portal")}
	return a.saveSetting(w, r, f, fmt.Sprintf("new-phase-%d", id), ph.Name, func() error { return a.Svc.SavePhase(r.Context(), actor(r), &ph) })
}

func (a *App) phaseUpdate(w http.ResponseWriter, r *http.Request) error {
	ph, err := a.pathPhase(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	ph.Name, ph.VisibleInPortal = f.String("name"), f.Bool("visible_in_portal")
	return a.saveSetting(w, r, f, fmt.Sprintf("phase-%d", ph.ID), ph.Name, func() error { return a.Svc.SavePhase(r.Context(), actor(r), &ph) })
}

func (a *App) phaseMove(w http.ResponseWriter, r *http.Request) error {
	ph, err := a.pathPhase(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	if err := a.Svc.MovePhase(r.Context(), actor(r), ph.ProcedureID, ph.ID, f.String("direction") == "up"); err != nil {
		return err
	}
	return kit.Redirect(w, r, procedureSettingsPath+"?flash=flash.saved")
}

// pathPhase is the phase {pid} of procedure {id}.
func (a *App) pathPhase(r *http.Request) (domain.Phase, error) {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return domain.Phase{}, err
	}
	pid, err := kit.PathID(r, "pid")
	if err != nil {
		return domain.Phase{}, err
	}
	return a.Store.Phase(r.Context(), id, pid)
}
