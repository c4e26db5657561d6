package account

import (
	"errors"
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

type resetView struct {
	kit.Page
	Prefix  string
	Email   string
	Sent    bool
	Problem string
}

func (a *Auth) resetForm(w http.ResponseWriter, r *http.Request) error {
	return a.render(w, http.StatusOK, "reset", resetView{Page: a.Page(r, "accounts.reset_title"), Prefix: a.Prefix})
}

// reset answers the same whether or not the address has an account (B4).
func (a *Auth) reset(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	v := resetView{Page: a.Page(r, "accounts.reset_title"), Prefix: a.Prefix, Email: f.String("email")}
	err = a.Accounts.RequestReset(r.Context(), a.Audience, v.Email, a.Origin(r))
	if errors.Is(err, service.ErrTooMany) {
		v.Problem = "accounts.too_many"
		return a.render(w, http.StatusTooManyRequests, "reset", v)
	}
	if err != nil {
		return err
	}
	v.Sent = true
	return a.render(w, http.StatusOK, "reset", v)
}

type setView struct {
	kit.Page
	Prefix string
	Token  string
	Email  string
}

func (a *Auth) setPage(r *http.Request, token string, acct domain.Account) setView {
	return setView{Page: a.Page(r, "accounts.set_title"), Prefix: a.Prefix, Token: token, Email: acct.Email}
}

// linkInvalid tells that a link was used or expired, and how to get a new one.
func (a *Auth) linkInvalid(w http.ResponseWriter, r *http.Request) error {
	return a.render(w, http.StatusGone, "link_invalid", resetView{Page: a.Page(r, "accounts.link_invalid_title"), Prefix: a.Prefix})
}

func (a *Auth) setForm(w http.ResponseWriter, r *http.Request) error {
	token := r.URL.Query().Get("token")
	acct, err := a.Accounts.LinkAccount(r.Context(), a.Audience, token)
	if errors.Is(err, service.ErrLinkInvalid) {
		return a.linkInvalid(w, r)
	}
	if err != nil {
		return err
	}
	return a.render(w, http.StatusOK, "password_set", a.setPage(r, token, acct))
}

// set spends the link and sets the password (B3); the person then signs in.
func (a *Auth) set(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	token, pw := f.String("token"), r.PostFormValue("password")
	if pw != r.PostFormValue("confirm") {
		acct, err := a.Accounts.LinkAccount(r.Context(), a.Audience, token)
		if errors.Is(err, service.ErrLinkInvalid) {
			return a.linkInvalid(w, r)
		}
		if err != nil {
			return err
		}
		v := a.setPage(r, token, acct)
		v.Errors["confirm"] = "accounts.confirm_differs"
		return a.render(w, http.StatusUnprocessableEntity, "password_set", v)
	}
	acct, err := a.Accounts.SetPassword(r.Context(), a.Audience, token, pw, a.Origin(r))
	switch {
	case errors.Is(err, service.ErrLinkInvalid):
		return a.linkInvalid(w, r)
	case kit.Invalid(err):
		v := a.setPage(r, token, acct)
		var verr *domain.ValidationError
		errors.As(err, &verr)
		v.Errors = verr.Fields
		return a.render(w, http.StatusUnprocessableEntity, "password_set", v)
	case err != nil:
		return err
	}
	return kit.Redirect(w, r, a.Prefix+"/signin?flash=accounts.password_set_done")
}
