package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// phaseGroup is one phase of the vacancy's procedure with its matches.
type phaseGroup struct {
	Phase   domain.Phase
	Matches []domain.Match
}

type vacancyView struct {
	kit.Page
	V        domain.Vacancy
	Groups   []phaseGroup // the board: a column per phase
	Phases   []kit.Option // the phases, for each card's move form
	Total    int          // matches on the board
	Pager    Pager
	Pipeline chartView    // matches per phase of this vacancy, all pages (G5)
	Activity ActivityView // notes and attachments
	Pay      string       // the pay range in the page's language
	// CareersPath is the vacancy's page on the careers site while the site
	// publishes it (issue 16), else "".
	CareersPath string
}

// boardSize is the most cards the board shows at once.
const boardSize = 500

func matchFilterOf(vacancyID domain.ID, limit int) store.MatchFilter {
	return store.MatchFilter{VacancyID: vacancyID, Limit: limit}
}

func (a *App) vacancyView(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	ctx := r.Context()
	v := vacancyView{Page: a.Page(r, "vacancy.title"), Pager: Pager{Page: kit.PageIndex(r) + 1}}
	if v.V, err = a.Store.Vacancy(ctx, id); err != nil {
		return err
	}
	v.Pay = kit.PayText(v.L, v.V.Pay)
	set, err := a.Store.Settings(ctx)
	if err != nil {
		return err
	}
	if domain.OnCareersSite(v.V, set, a.Svc.Today()) {
		v.CareersPath = domain.CareersPath(v.V)
	}
	if v.Activity, err = a.loadActivity(r, domain.SubjectVacancy, id); err != nil {
		return err
	}
	phases, err := a.Store.Phases(ctx, v.V.ProcedureID)
	if err != nil {
		return err
	}
	counts, err := a.Store.Pipeline(ctx, id)
	if err != nil {
		return err
	}
	v.Pipeline = pipelineChart(v.Page, "pipeline", counts)
	// The board holds up to boardSize matches in one query (the store's
	// largest page); a vacancy with more pages on.
	f := matchFilterOf(id, boardSize)
	f.Offset = (v.Pager.Page - 1) * boardSize
	matches, more, err := a.Store.Matches(ctx, f)
	if err != nil {
		return err
	}
	v.Pager.More = more
	v.Total = len(matches)
	v.Phases = phaseOptions(phases)
	for _, p := range phases {
		g := phaseGroup{Phase: p}
		for _, m := range matches {
			if m.PhaseID == p.ID {
				g.Matches = append(g.Matches, m)
			}
		}
		v.Groups = append(v.Groups, g)
	}
	return a.Render(w, http.StatusOK, "vacancy", v)
}
