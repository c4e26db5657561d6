package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

// attachmentUpload stores a file on a record of kind. The body is cut off past
// the size limit, and the type is read from the content, never from the name
// or what the browser claims.
func (a *App) attachmentUpload(kind domain.SubjectKind) kit.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		id, err := kit.PathID(r, "id")
		if err != nil {
			return err
		}
		v, err := a.loadActivity(r, kind, id)
		if err != nil {
			return err
		}
		if refusal := upload.ParseForm(w, r, upload.DefaultMaxBytes); refusal != upload.Accepted {
			if refusal == upload.TooBig {
				return a.renderActivityErrors(w, r, refusal.Status(), v, domain.FieldErrors{"file": "attachment.too_big"})
			}
			return &domain.Error{Kind: domain.KindInvalid, Key: refusal.Key()}
		}
		defer r.MultipartForm.RemoveAll()
		f, err := kit.NewForm(r)
		if err != nil {
			return err
		}
		v.NewTypeID = f.ID("type_id")
		if !hasOption(v.Types, v.NewTypeID) {
			f.Errors["type_id"] = "validation.choice"
		}
		file, refusal := upload.Read(r, "file", upload.DefaultMaxBytes)
		status := 0
		if refusal != upload.Accepted {
			status, f.Errors["file"] = refusal.Status(), refusal.Key()
		}
		if len(f.Errors) > 0 {
			if status == 0 {
				status = http.StatusUnprocessableEntity
			}
			return a.renderActivityErrors(w, r, status, v, f.Errors)
		}
		att := domain.Attachment{FileName: file.Name, ContentType: file.ContentType, SubjectKind: kind, SubjectID: id, TypeID: v.NewTypeID}
		if err := a.Svc.AddAttachment(r.Context(), actor(r), &att, file.Content); err != nil {
			return err
		}
		return kit.Redirect(w, r, v.URL()+"?flash=flash.attachment_added#attachments")
	}
}

func hasOption(opts []kit.Option, id domain.ID) bool {
	want := strconv.FormatInt(id, 10)
	for _, o := range opts {
		if o.Value == want {
			return true
		}
	}
	return false
}
