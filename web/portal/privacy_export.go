package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/upload"
)

// privacyExportDownload sends the candidate its released data export (F2,
// access and portability) through the link of its mail, signed in, while
// the link is valid; the download is audited. Expired, unknown or another
// candidate's tokens are not found.
func (a *App) privacyExportDownload(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionPrivacy)
	if err != nil {
		return err
	}
	e, content, err := a.Service.PortalExportDownload(r.Context(), m.Actor, r.PathValue("token"))
	if err != nil {
		return err
	}
	return upload.Send(w, e.FileName, "application/zip", content)
}
