package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

// candidateExport makes the candidate's data export (F2: access, portability).
func (a *App) candidateExport(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := kit.NewForm(r); err != nil {
		return err // a NUL byte or invalid UTF-8 in a field (issue 11)
	}
	reqID, _ := strconv.ParseInt(r.PostFormValue("request"), 10, 64)
	if _, err := a.Svc.ExportCandidate(r.Context(), id, reqID, actor(r)); err != nil {
		return err
	}
	return kit.Redirect(w, r, candidatePrivacyURL(id, "privacy.flash.exported")+"#exports")
}

// privacyExportDownload sends an export's ZIP to the recruiter, audited.
func (a *App) privacyExportDownload(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	e, err := a.Store.PrivacyExport(r.Context(), id)
	if err != nil {
		return err
	}
	content, err := a.Store.PrivacyExportContent(r.Context(), id)
	if err != nil {
		return err
	}
	if err := a.Svc.AuditExportDownload(r.Context(), actor(r), e); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "application/zip")
	h.Set("Content-Disposition", upload.Disposition(e.FileName))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Length", strconv.Itoa(len(content)))
	w.WriteHeader(http.StatusOK)
	_, err = w.Write(content)
	return err
}

// privacyExportRelease lets the candidate download the export from the
// portal through a link that expires; the link is shown once.
func (a *App) privacyExportRelease(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	e, err := a.Store.PrivacyExport(r.Context(), id)
	if err != nil {
		return err
	}
	token, err := a.Svc.ReleaseExport(r.Context(), id, actor(r))
	if err != nil {
		return err
	}
	// Rendered, not redirected: the token must not land in a URL of the
	// back office's history or logs.
	r.SetPathValue("id", strconv.FormatInt(e.CandidateID, 10))
	v, err := a.loadCandidatePrivacy(r)
	if err != nil {
		return err
	}
	v.Flash = "privacy.flash.released"
	v.Link = service.ExportLinkPath(token)
	return a.Render(w, http.StatusOK, "candidate_privacy", v)
}
