package hiring

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/upload"
)

// documentDownload sends a document the contact sees as a download under a
// safe name (E10); any other id is not found.
func (a *App) documentDownload(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
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
	h := w.Header()
	h.Set("Content-Type", meta.ContentType)
	h.Set("Content-Disposition", upload.Disposition(meta.FileName))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	h.Set("Content-Length", strconv.Itoa(len(content)))
	w.WriteHeader(http.StatusOK)
	_, err = w.Write(content)
	return err
}
