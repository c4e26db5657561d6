package account

import (
	"errors"
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
)

// signinRefused answers a sign-in form that kit.NewForm refused (a NUL byte
// or invalid UTF-8 in a field) with 422 and the reason, after the service
// counted and audited it as a failed sign-in: refusing it at the edge must
// not give guesses a way around the limit.
func (a *Auth) signinRefused(w http.ResponseWriter, r *http.Request) error {
	v := a.signinPage(r)
	err := a.Accounts.SignInRefused(r.Context(), a.Audience, r.PostFormValue("email"), a.Origin(r))
	switch {
	case errors.Is(err, service.ErrTooMany):
		v.Problem = "accounts.too_many"
		return a.render(w, http.StatusTooManyRequests, "signin", v)
	case err != nil:
		return err
	}
	v.Problem = domain.KeyBadText
	return a.render(w, http.StatusUnprocessableEntity, "signin", v)
}
