package account

import (
	"errors"
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

type securityView struct {
	kit.Page
	Prefix   string
	Email    string
	TOTP     service.TOTPStatus
	Problem  string
	Recovery []string // shown once, right after the second factor was turned on
}

func (a *Auth) securityPage(w http.ResponseWriter, r *http.Request, status int, errs domain.FieldErrors, problem string) error {
	acct := Current(r.Context())
	v := securityView{Page: a.Page(r, "accounts.security_title"), Prefix: a.Prefix, Email: acct.Email, Problem: problem}
	if errs != nil {
		v.Errors = errs
	}
	var err error
	if v.TOTP, err = a.Accounts.TOTPStatus(r.Context(), acct, kit.TenantOf(r.Context())); err != nil {
		return err
	}
	return a.render(w, status, "security", v)
}

func (a *Auth) security(w http.ResponseWriter, r *http.Request) error {
	return a.securityPage(w, r, http.StatusOK, nil, "")
}

// fail shows the security page again with a validation, conflict or
// too-many-attempts error.
func (a *Auth) fail(w http.ResponseWriter, r *http.Request, err error) error {
	if errors.Is(err, service.ErrTooMany) {
		return a.securityPage(w, r, http.StatusTooManyRequests, nil, domain.KeyOf(err))
	}
	var verr *domain.ValidationError
	if errors.As(err, &verr) {
		return a.securityPage(w, r, http.StatusUnprocessableEntity, verr.Fields, "")
	}
	if domain.KindOf(err) == domain.KindConflict {
		return a.securityPage(w, r, http.StatusConflict, nil, domain.KeyOf(err))
	}
	return err
}

// changePassword ends every session of the person (the store does that with
// the new hash) and starts a fresh one for this browser.
func (a *Auth) changePassword(w http.ResponseWriter, r *http.Request) error {
	if _, err := kit.NewForm(r); err != nil {
		return err
	}
	acct := Current(r.Context())
	next := r.PostFormValue("password")
	if next != r.PostFormValue("confirm") {
		return a.securityPage(w, r, http.StatusUnprocessableEntity, domain.FieldErrors{"confirm": "accounts.confirm_differs"}, "")
	}
	if err := a.Accounts.ChangePassword(r.Context(), acct, r.PostFormValue("current"), next, a.Origin(r)); err != nil {
		return a.fail(w, r, err)
	}
	if err := a.Sessions.Start(w, r, acct.ID); err != nil {
		return err
	}
	return kit.Redirect(w, r, a.Prefix+"/security?flash=accounts.password_changed")
}

func (a *Auth) totpBegin(w http.ResponseWriter, r *http.Request) error {
	if err := a.Accounts.BeginTOTP(r.Context(), Current(r.Context()), kit.TenantOf(r.Context())); err != nil {
		return a.fail(w, r, err)
	}
	return kit.Redirect(w, r, a.Prefix+"/security")
}

func (a *Auth) totpConfirm(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	codes, err := a.Accounts.ConfirmTOTP(r.Context(), Current(r.Context()), r.PostFormValue("current"), f.String("code"), a.Origin(r))
	if err != nil {
		return a.fail(w, r, err)
	}
	acct := Current(r.Context())
	v := securityView{Page: a.Page(r, "accounts.security_title"), Prefix: a.Prefix, Email: acct.Email, Recovery: codes}
	v.Flash = "accounts.totp.enabled"
	return a.render(w, http.StatusOK, "recovery_codes", v)
}

func (a *Auth) totpDisable(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	if err := a.Accounts.DisableTOTP(r.Context(), Current(r.Context()), r.PostFormValue("current"), f.String("code"), a.Origin(r)); err != nil {
		return a.fail(w, r, err)
	}
	return kit.Redirect(w, r, a.Prefix+"/security?flash=accounts.totp.disabled")
}
