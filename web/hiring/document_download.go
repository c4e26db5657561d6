package hiring

import (
	"net/http"

	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

// documentDownload sends a document the contact sees as a download under a
// safe name (E10); any other id is not found.
func (a *App) documentDownload(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	meta, content, err := a.Svc.HiringDocument(r.Context(), c, id)
	if err != nil {
		return err
	}
	return upload.Send(w, meta.FileName, meta.ContentType, content)
}
