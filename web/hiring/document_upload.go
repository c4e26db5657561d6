package hiring

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

// documentUpload stores a file of a type visible in the Hiring Portal on the
// contact's company or one of its vacancies (E10). The file passes the same
// checks as everywhere (package upload): size, clean name, type read from the
// content; the use case checks the type and the record.
func (a *App) documentUpload(w http.ResponseWriter, r *http.Request) error {
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	if refusal := upload.ParseForm(w, r, upload.DefaultMaxBytes); refusal != upload.Accepted {
		if refusal == upload.TooBig {
			return a.renderDocuments(w, r, refusal.Status(), domain.FieldErrors{"file": refusal.Key()}, 0, "")
		}
		return &domain.Error{Kind: domain.KindInvalid, Key: refusal.Key()}
	}
	defer r.MultipartForm.RemoveAll()
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	up := service.Upload{TypeID: f.ID("type_id")}
	target := f.String("target")
	kind, idText, _ := strings.Cut(target, ":")
	up.SubjectKind = domain.SubjectKind(kind)
	if up.SubjectID, err = strconv.ParseInt(idText, 10, 64); err != nil {
		f.Errors["target"] = "validation.choice"
	}
	status := http.StatusUnprocessableEntity
	file, refusal := upload.Read(r, "file", upload.DefaultMaxBytes)
	if refusal != upload.Accepted {
		status, f.Errors["file"] = refusal.Status(), refusal.Key()
	}
	up.FileName, up.ContentType, up.Content = file.Name, file.ContentType, file.Content
	if len(f.Errors) == 0 {
		_, err = a.Svc.HiringUpload(r.Context(), c, up)
	}
	if err := f.Check(err); err != nil {
		if kit.Invalid(err) {
			return a.renderDocuments(w, r, status, f.Errors, up.TypeID, target)
		}
		return err
	}
	return kit.Redirect(w, r, "/hiring/documents?flash=hiring.flash.uploaded")
}
