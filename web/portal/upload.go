package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/upload"
)

// readFile parses a multipart form and takes its "file" under the upload
// checks (size limit, sniffed type, clean name). On refusal it returns the
// status and the field errors to show; the message names the limit.
func (a *App) readFile(w http.ResponseWriter, r *http.Request) (service.Upload, int, domain.FieldErrors) {
	if refusal := upload.ParseForm(w, r, a.MaxUpload); refusal != upload.Accepted {
		return service.Upload{}, refusal.Status(), domain.FieldErrors{"file": refusalKey(refusal)}
	}
	defer r.MultipartForm.RemoveAll()
	f, refusal := upload.Read(r, "file", a.MaxUpload)
	if refusal != upload.Accepted {
		return service.Upload{}, refusal.Status(), domain.FieldErrors{"file": refusalKey(refusal)}
	}
	return service.Upload{FileName: f.Name, ContentType: f.ContentType, Content: f.Content}, 0, nil
}

func refusalKey(r upload.Refusal) string {
	switch r {
	case upload.Missing:
		return "portal.upload.missing"
	case upload.TooBig:
		return "portal.upload.too_big"
	case upload.Empty:
		return "portal.upload.empty"
	case upload.TypeRefused:
		return "portal.upload.type_refused"
	case upload.BadText:
		return domain.KeyBadText
	}
	return "portal.upload.bad_form"
}

// maxMB is the upload limit in megabytes for the forms' hints.
func (a *App) maxMB() int64 { return upload.MB(a.MaxUpload) }
