package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

// attachmentDownload sends a file as a download under a safe name, in the
// type sniffed at upload, and forbids the browser to guess another.
func (a *App) attachmentDownload(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	meta, content, err := a.Svc.DownloadAttachment(r.Context(), actor(r), id) // F4: every download is logged
	if err != nil {
		return err
	}
	return upload.Send(w, meta.FileName, meta.ContentType, content)
}

// attachmentDelete removes a file and returns to its record.
func (a *App) attachmentDelete(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	meta, err := a.Svc.DeleteAttachment(r.Context(), actor(r), id)
	if err != nil {
		return err
	}
	return kit.Redirect(w, r, recordURL(meta.SubjectKind, meta.SubjectID)+"?flash=flash.attachment_deleted#attachments")
}
