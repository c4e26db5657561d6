package careers

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

// applyForm is the application form's values and where it posts.
type applyForm struct {
	Action     string
	FirstName  string
	LastName   string
	Email      string
	Phone      string
	Motivation string
	Consent    bool
	Account    bool
	UTMSource  string
	MaxMB      int64
	Privacy    string // the privacy statement in the page's language
}

type jobView struct {
	view
	Job        domain.Vacancy
	Pay        string
	Time       string
	Paragraphs []string
	Posting    jobPosting
	Form       applyForm
}

// jobID reads the vacancy id of a /jobs/{job} path: "12-welder" or "12".
func jobID(r *http.Request) (domain.ID, error) {
	idPart, _, _ := strings.Cut(r.PathValue("job"), "-")
	id, err := strconv.ParseInt(idPart, 10, 64)
	if err != nil || id <= 0 {
		return 0, domain.NotFound("job " + r.PathValue("job"))
	}
	return id, nil
}

// jobView is a vacancy's page with its JobPosting and the application
// form. A vacancy the site does not publish is not found; an address whose
// slug is not the title's current one is sent to the right address.
func (a *App) jobView(w http.ResponseWriter, r *http.Request) error {
	id, err := jobID(r)
	if err != nil {
		return err
	}
	job, err := a.Svc.CareersJob(r.Context(), id)
	if err != nil {
		return err
	}
	if path := domain.CareersPath(job); r.URL.Path != path {
		target := path
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
		return nil
	}
	form := applyForm{UTMSource: domain.CleanUTM(r.URL.Query().Get("utm_source"))}
	return a.renderJob(w, r, http.StatusOK, job, form, nil)
}

// renderJob draws a vacancy's page with the form's values and errors.
func (a *App) renderJob(w http.ResponseWriter, r *http.Request, status int, job domain.Vacancy, form applyForm, errs domain.FieldErrors) error {
	v, err := a.newView(r, "careers.job.title")
	if err != nil {
		return err
	}
	v.Canonical = v.Site.URL(domain.CareersPath(job))
	if errs != nil {
		v.Errors = errs
	}
	form.Action = v.Href("/jobs/" + idText(job.ID) + "/apply")
	a.formDefaults(v, &form)
	jv := jobView{view: v, Job: job, Pay: kit.PayText(v.L, job.Pay), Time: hoursText(v, job.HoursPerWeek),
		Paragraphs: paragraphs(job.Description), Posting: postingOf(v.Site, job, v.LogoURL, a.Svc.Today()), Form: form}
	return a.Render(w, status, "job", jv)
}

// formDefaults fills what every application form shows.
func (a *App) formDefaults(v view, form *applyForm) {
	form.MaxMB = upload.MB(a.MaxUpload)
	form.Privacy = "/jobs/privacy-statement?lang=" + v.Lang()
}

type openView struct {
	view
	Form applyForm
}

// openForm is the open application: the form without a vacancy.
func (a *App) openForm(w http.ResponseWriter, r *http.Request) error {
	return a.renderOpen(w, r, http.StatusOK, applyForm{UTMSource: domain.CleanUTM(r.URL.Query().Get("utm_source"))}, nil)
}

func (a *App) renderOpen(w http.ResponseWriter, r *http.Request, status int, form applyForm, errs domain.FieldErrors) error {
	v, err := a.newView(r, "careers.open.title")
	if err != nil {
		return err
	}
	v.Canonical = v.Site.URL("/jobs/apply")
	if errs != nil {
		v.Errors = errs
	}
	form.Action = v.Href("/jobs/apply")
	a.formDefaults(v, &form)
	return a.Render(w, status, "open", openView{view: v, Form: form})
}

type appliedView struct {
	view
	Account bool
}

// applied thanks the applicant. It names no one: it is the same page for
// every application, and for a refused robot.
func (a *App) applied(w http.ResponseWriter, r *http.Request) error {
	v, err := a.newView(r, "careers.applied.title")
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "applied", appliedView{view: v, Account: r.URL.Query().Get("account") == "1"})
}
