package account

import (
	"errors"
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/sso"
	"github.com/matchpoint/matchpoint/web/kit"
)

// ssoFlowLife is how long a browser may take at its identity provider.
const ssoFlowLife = 10 * time.Minute

func (a *Auth) ssoCookie(value string, maxAge int) *http.Cookie {
	// Lax: the provider sends the browser back with a top-level GET from
	// its own site, which must carry the cookie.
	return &http.Cookie{Name: kit.SSOCookieName(a.Audience, a.Sessions.Secure), Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, Secure: a.Sessions.Secure, SameSite: http.SameSiteLaxMode}
}

// ssoStart sends the browser to the agency's identity provider, keeping the
// flow's secrets in a short-lived cookie: any instance can finish it.
func (a *Auth) ssoStart(w http.ResponseWriter, r *http.Request) error {
	next := a.safeNext(r.URL.Query().Get("next"))
	to, flow, err := a.Accounts.SSOBegin(r.Context(), a.Audience, next, a.Origin(r))
	if err != nil {
		return a.ssoProblem(w, r, err)
	}
	http.SetCookie(w, a.ssoCookie(flow.Encode(), int(ssoFlowLife/time.Second)))
	http.Redirect(w, r, to, http.StatusSeeOther)
	return nil
}

// ssoCallback finishes the sign-on the provider sends the browser back
// from, and starts a session as a password sign-in does.
func (a *Auth) ssoCallback(w http.ResponseWriter, r *http.Request) error {
	var flow sso.Flow
	if c, err := r.Cookie(kit.SSOCookieName(a.Audience, a.Sessions.Secure)); err == nil {
		flow, _ = sso.DecodeFlow(c.Value) // a missing or broken one fails the state check
	}
	http.SetCookie(w, a.ssoCookie("", -1)) // a flow is used once
	q := r.URL.Query()
	if q.Get("error") != "" { // the person cancelled, or the provider refused
		return a.ssoProblem(w, r, service.ErrSSOFailed)
	}
	acct, err := a.Accounts.SSOFinish(r.Context(), a.Audience, flow, q.Get("state"), q.Get("code"), a.Origin(r))
	if err != nil {
		return a.ssoProblem(w, r, err)
	}
	if err := a.Sessions.Start(w, r, acct.ID); err != nil {
		return err
	}
	next := a.safeNext(flow.Next)
	if next == "" {
		next = a.Prefix + "/"
	}
	return kit.Redirect(w, r, next)
}

// ssoProblem shows a failed sign-on on the sign-in page; an agency without
// single sign-on has no such pages (404).
func (a *Auth) ssoProblem(w http.ResponseWriter, r *http.Request, err error) error {
	if errors.Is(err, service.ErrSSOOff) {
		return err
	}
	status := kit.Status(err)
	if status == http.StatusInternalServerError {
		return err
	}
	if status == http.StatusServiceUnavailable {
		a.Log.WarnContext(r.Context(), "single sign-on: identity provider unavailable", "err", err)
	}
	v := a.signinPage(r)
	v.Problem = domain.KeyOf(err)
	return a.render(w, status, "signin", v)
}
