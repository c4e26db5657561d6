package careers

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

// honeypotField is the form's field for robots: hidden from people (and
// from screen readers), filled in by form-filling robots.
const honeypotField = "website"

// cvRefusalKey words why a CV was not taken, for an applicant.
func cvRefusalKey(r upload.Refusal) string {
	switch r {
	case upload.TooBig:
		return "careers.apply.cv_too_big"
	case upload.Empty:
		return "careers.apply.cv_empty"
	case upload.TypeRefused:
		return "careers.apply.cv_type"
	}
	return "careers.apply.bad_form"
}

// readApplication reads a posted application under the size limit (the
// CV's limit plus room for the fields, multipart or not). A CV that is not
// taken, or a body that cannot be read, gives field errors and a status.
func (a *App) readApplication(w http.ResponseWriter, r *http.Request) (service.ApplyInput, applyForm, domain.FieldErrors, int) {
	var in service.ApplyInput
	var form applyForm
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/") {
		refusal := upload.ParseForm(w, r, a.MaxUpload)
		if r.MultipartForm != nil {
			defer r.MultipartForm.RemoveAll()
		}
		switch refusal {
		case upload.Accepted:
		case upload.BadText:
			// What cannot be stored is shown back as typed, marked.
			return in, formOf(r, domain.ShownText), domain.FieldErrors{"form": domain.KeyBadText}, refusal.Status()
		default:
			return in, form, domain.FieldErrors{"cv": cvRefusalKey(refusal)}, refusal.Status()
		}
	} else {
		r.Body = http.MaxBytesReader(w, r.Body, a.MaxUpload+64<<10)
		if err := r.ParseForm(); err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				return in, form, domain.FieldErrors{"form": "careers.apply.too_big"}, http.StatusRequestEntityTooLarge
			}
			return in, form, domain.FieldErrors{"form": "careers.apply.bad_form"}, http.StatusBadRequest
		}
	}
	if _, err := kit.NewForm(r); errors.Is(err, kit.ErrBadText) {
		return in, formOf(r, domain.ShownText), domain.FieldErrors{"form": domain.KeyBadText}, http.StatusUnprocessableEntity
	} else if err != nil {
		return in, form, domain.FieldErrors{"form": "careers.apply.bad_form"}, http.StatusBadRequest
	}
	form = formOf(r, strings.TrimSpace)
	in = service.ApplyInput{Form: domain.ApplicationForm{FirstName: form.FirstName, LastName: form.LastName, Email: form.Email,
		Phone: form.Phone, Motivation: form.Motivation, Consent: form.Consent},
		Language: a.Localizer(r).Lang, UTMSource: form.UTMSource, WantsAccount: form.Account,
		Honeypot: r.PostFormValue(honeypotField), Addr: kit.ClientAddr(r)}
	if r.MultipartForm != nil {
		file, refusal := upload.Read(r, "cv", a.MaxUpload)
		switch refusal {
		case upload.Accepted:
			in.CV = &service.Upload{FileName: file.Name, ContentType: file.ContentType, Content: file.Content}
		case upload.Missing:
		default:
			return in, form, domain.FieldErrors{"cv": cvRefusalKey(refusal)}, refusal.Status()
		}
	}
	return in, form, nil, 0
}

// formOf is the application form's values as posted, each passed through
// clean.
func formOf(r *http.Request, clean func(string) string) applyForm {
	v := func(name string) string { return clean(strings.TrimSpace(r.PostFormValue(name))) }
	on := func(name string) bool { s := v(name); return s == "on" || s == "true" || s == "1" }
	return applyForm{FirstName: v("first_name"), LastName: v("last_name"), Email: v("email"), Phone: v("phone"),
		Motivation: v("motivation"), Consent: on("consent"), Account: on("account"), UTMSource: domain.CleanUTM(v("utm_source"))}
}

// apply runs an application and answers it: the thank-you page on
// success (and, so that robots learn nothing, for a filled-in honeypot),
// else the form again with what was typed and why it was refused.
func (a *App) apply(w http.ResponseWriter, r *http.Request, vacancyID domain.ID, again func(status int, form applyForm, errs domain.FieldErrors) error) error {
	in, form, errs, status := a.readApplication(w, r)
	if errs != nil {
		return again(status, form, errs)
	}
	in.VacancyID = vacancyID
	_, err := a.Svc.Apply(r.Context(), in)
	var verr *domain.ValidationError
	switch {
	case err == nil, errors.Is(err, service.ErrApplySpam):
		q := url.Values{"lang": {in.Language}}
		if in.WantsAccount {
			q.Set("account", "1")
		}
		return kit.Redirect(w, r, "/jobs/applied?"+q.Encode())
	case errors.As(err, &verr):
		return again(http.StatusUnprocessableEntity, form, verr.Fields)
	case domain.KindOf(err) == domain.KindTooMany, domain.KindOf(err) == domain.KindConflict:
		return again(kit.Status(err), form, domain.FieldErrors{"form": domain.KeyOf(err)})
	}
	return err
}

// jobApply is an application on a published vacancy.
func (a *App) jobApply(w http.ResponseWriter, r *http.Request) error {
	id, err := jobID(r)
	if err != nil {
		return err
	}
	job, err := a.Svc.CareersJob(r.Context(), id)
	if err != nil {
		return err
	}
	return a.apply(w, r, job.ID, func(status int, form applyForm, errs domain.FieldErrors) error {
		return a.renderJob(w, r, status, job, form, errs)
	})
}

// openApply is an open application.
func (a *App) openApply(w http.ResponseWriter, r *http.Request) error {
	return a.apply(w, r, 0, func(status int, form applyForm, errs domain.FieldErrors) error {
		return a.renderOpen(w, r, status, form, errs)
	})
}
