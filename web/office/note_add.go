package office

import (
	"errors"
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// noteAdd adds a recruiter's note to the activity of a record of kind.
func (a *App) noteAdd(kind domain.SubjectKind) kit.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		id, err := kit.PathID(r, "id")
		if err != nil {
			return err
		}
		v, err := a.loadActivity(r, kind, id)
		if err != nil {
			return err
		}
		f, err := kit.NewForm(r)
		if err != nil {
			return err
		}
		v.NewNote = domain.Note{SubjectKind: kind, SubjectID: id, Subject: f.String("note_subject"), Body: f.Text("note_body")}
		err = a.Svc.AddNote(r.Context(), actor(r), &v.NewNote)
		if err := f.Check(renameFields(err, map[string]string{"subject": "note_subject", "body": "note_body"})); err != nil {
			if !kit.Invalid(err) {
				return err
			}
			return a.renderActivityErrors(w, r, http.StatusUnprocessableEntity, v, f.Errors)
		}
		return kit.Redirect(w, r, v.URL()+"?flash=flash.note_added#activity")
	}
}

// renameFields gives the field errors of a validation the names of the form
// that shows them.
func renameFields(err error, names map[string]string) error {
	var ve *domain.ValidationError
	if !errors.As(err, &ve) {
		return err
	}
	out := domain.FieldErrors{}
	for f, k := range ve.Fields {
		if to, ok := names[f]; ok {
			f = to
		}
		out[f] = k
	}
	return &domain.ValidationError{Fields: out}
}
