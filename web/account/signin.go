package account

import (
	"errors"
	"net/http"

	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

type signinView struct {
	kit.Page
	Prefix  string
	Email   string
	Next    string
	Step    string // set while the second factor is asked
	Problem string // message key of a failure
}

func (a *Auth) signinPage(r *http.Request) signinView {
	return signinView{Page: a.Page(r, a.titleKey("signin")), Prefix: a.Prefix}
}

func (a *Auth) signinForm(w http.ResponseWriter, r *http.Request) error {
	v := a.signinPage(r)
	v.Next = a.safeNext(r.URL.Query().Get("next"))
	return a.render(w, http.StatusOK, "signin", v)
}

// signin answers every failure the same way, whether the account exists or
// not (B4); the service logs the outcome and counts failures.
func (a *Auth) signin(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if errors.Is(err, kit.ErrBadText) {
		return a.signinRefused(w, r)
	}
	if err != nil {
		return err
	}
	in := service.SignInForm{Email: f.String("email"), Password: r.PostFormValue("password"),
		Code: f.String("code"), Step: f.String("step")}
	v := a.signinPage(r)
	v.Email, v.Next = in.Email, a.safeNext(f.String("next"))
	res, err := a.Accounts.SignIn(r.Context(), a.Audience, in, a.Origin(r))
	switch {
	case errors.Is(err, service.ErrTooMany):
		v.Problem = "accounts.too_many"
		return a.render(w, http.StatusTooManyRequests, "signin", v)
	case errors.Is(err, service.ErrBusy):
		w.Header().Set("Retry-After", "5")
		v.Problem = "accounts.busy"
		return a.render(w, http.StatusServiceUnavailable, "signin", v)
	case errors.Is(err, service.ErrSignInFailed):
		v.Problem = "accounts.signin_failed"
		v.Step = res.Step
		return a.render(w, http.StatusUnauthorized, "signin", v)
	case err != nil:
		return err
	case res.NeedCode:
		v.Step = res.Step
		return a.render(w, http.StatusOK, "signin", v)
	}
	if err := a.Sessions.Start(w, r, res.Account.ID); err != nil {
		return err
	}
	next := v.Next
	if next == "" {
		next = a.Prefix + "/"
	}
	return kit.Redirect(w, r, next)
}

func (a *Auth) signout(w http.ResponseWriter, r *http.Request) error {
	a.Sessions.End(w, r)
	return kit.Redirect(w, r, a.Prefix+"/signin")
}
