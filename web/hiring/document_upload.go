package hiring

import (
	"errors"
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
	// Room for the other fields and the multipart framing beside the file.
	r.Body = http.MaxBytesReader(w, r.Body, upload.MaxBytes+64<<10)
	if err := r.ParseMultipartForm(4 << 20); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return a.renderDocuments(w, r, http.StatusRequestEntityTooLarge, domain.FieldErrors{"file": upload.KeyTooBig}, 0, "")
		}
		return &domain.Error{Kind: domain.KindInvalid, Key: "error.bad_form", Err: err}
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
	if key := readFile(r, &up); key != "" {
		f.Errors["file"] = key
		switch key {
		case upload.KeyTooBig:
			status = http.StatusRequestEntityTooLarge
		case upload.KeyTypeRefused:
			status = http.StatusUnsupportedMediaType
		}
	}
	if len(f.Errors) == 0 {
		_, err = a.Svc.HiringUpload(r.Context(), c, up)
	}
	if err := f.Check(err); err != nil {
		if kit.Invalid(err) {
			return a.renderDocuments(w, r, status, f.Errors, up.TypeID, target)
		}
		return err
	}
	return redirect(w, r, "/hiring/documents?flash=hiring.flash.uploaded")
}

// readFile reads the "file" field into up; on refusal it returns the message key.
func readFile(r *http.Request, up *service.Upload) string {
	file, hdr, err := r.FormFile("file")
	if err != nil {
		return "validation.required"
	}
	defer file.Close()
	if hdr.Size > upload.MaxBytes {
		return upload.KeyTooBig
	}
	content, key := upload.Read(file)
	if key != "" {
		return key
	}
	name, ct, key := upload.Check(hdr.Filename, content)
	if key != "" {
		return key
	}
	up.FileName, up.ContentType, up.Content = name, ct, content
	return ""
}
