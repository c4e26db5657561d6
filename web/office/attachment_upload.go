package office

import (
	"errors"
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
		id, err := pathID(r, "id")
		if err != nil {
			return err
		}
		v, err := a.loadActivity(r, kind, id)
		if err != nil {
			return err
		}
		// Room for the other fields and the multipart framing beside the file.
		r.Body = http.MaxBytesReader(w, r.Body, upload.MaxBytes+64<<10)
		if err := r.ParseMultipartForm(4 << 20); err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				return a.renderActivityErrors(w, r, http.StatusRequestEntityTooLarge, v, domain.FieldErrors{"file": "attachment.too_big"})
			}
			return &domain.Error{Kind: domain.KindInvalid, Key: "error.bad_form", Err: err}
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
		att, content, status, key := readUpload(r)
		if key != "" {
			f.Errors["file"] = key
		}
		if len(f.Errors) > 0 {
			if status == 0 {
				status = http.StatusUnprocessableEntity
			}
			return a.renderActivityErrors(w, r, status, v, f.Errors)
		}
		u := user(r.Context())
		att.SubjectKind, att.SubjectID, att.TypeID, att.UploadedBy = kind, id, v.NewTypeID, u.Name
		if err := a.Store.CreateAttachment(r.Context(), &att, content); err != nil {
			return err
		}
		return redirect(w, r, v.URL()+"?flash=flash.attachment_added#attachments")
	}
}

// readUpload reads the "file" field; on refusal it returns the status and the
// message key to show next to the field.
func readUpload(r *http.Request) (domain.Attachment, []byte, int, string) {
	file, hdr, err := r.FormFile("file")
	if err != nil {
		return domain.Attachment{}, nil, http.StatusUnprocessableEntity, "validation.required"
	}
	defer file.Close()
	if hdr.Size > upload.MaxBytes {
		return domain.Attachment{}, nil, http.StatusRequestEntityTooLarge, upload.KeyTooBig
	}
	content, key := upload.Read(file)
	if key == "" {
		var name, ct string
		if name, ct, key = upload.Check(hdr.Filename, content); key == "" {
			return domain.Attachment{FileName: name, ContentType: ct}, content, 0, ""
		}
	}
	switch key {
	case upload.KeyTooBig:
		return domain.Attachment{}, nil, http.StatusRequestEntityTooLarge, key
	case upload.KeyTypeRefused:
		return domain.Attachment{}, nil, http.StatusUnsupportedMediaType, key
	}
	return domain.Attachment{}, nil, http.StatusUnprocessableEntity, key
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
