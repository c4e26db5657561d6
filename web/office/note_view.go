package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type noteView struct {
	kit.Page
	N      domain.Note
	Record string // URL of the record the note is on
}

// noteView opens a note in full. Opening a new portal message is what makes
// it read (E11); lists only show a preview and leave it new.
func (a *App) noteView(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	n, err := a.Svc.OpenNote(r.Context(), actor(r), id)
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "note", noteView{Page: a.Page(r, "note.title"), N: n, Record: recordURL(n.SubjectKind, n.SubjectID)})
}
