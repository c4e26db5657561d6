package office

import (
	"context"
	"errors"
	"net/http"
	"net/url"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/password"
	"github.com/matchpoint/matchpoint/web/kit"
)

// requireUser loads the recruiter of the session; without one the browser is
// sent to the sign-in form. Admin routes answer 404 to non-admins.
func (a *App) requireUser(admin bool, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ses, err := a.Sessions.Load(w, r)
		if err != nil {
			if !errors.Is(err, kit.ErrNoSession) {
				a.Log.Error("load session", "err", err)
			}
			a.toSignin(w, r)
			return
		}
		u, err := a.Store.User(r.Context(), ses.SubjectID)
		if err != nil || !u.Active {
			a.Sessions.End(w, r)
			a.toSignin(w, r)
			return
		}
		ctx := context.WithValue(r.Context(), userKey{}, u)
		if admin && !u.IsAdmin() {
			a.errorPage(w, r.WithContext(ctx), http.StatusNotFound, "error.not_found")
			return
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func (a *App) toSignin(w http.ResponseWriter, r *http.Request) {
	next := ""
	if r.Method == http.MethodGet {
		next = "?next=" + url.QueryEscape(r.URL.RequestURI())
	}
	http.Redirect(w, r, "/office/signin"+next, http.StatusSeeOther)
}

type signinView struct {
	kit.Page
	Email string
	Next  string
}

func (a *App) signinForm(w http.ResponseWriter, r *http.Request) error {
	return a.render(w, http.StatusOK, "signin", signinView{Page: a.page(r, "signin.title"), Next: safeNext(r.URL.Query().Get("next"))})
}

// dummyHash is checked when no account matches, so that the answer takes as
// long as for a wrong password and tells nothing about which accounts exist.
const dummyHash = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$8ku2Ig7Iq4QyH1Rq3vYwz3l2J3Q2m3mQxg0m9x0Qk1A"

func (a *App) signin(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		return &domain.Error{Kind: domain.KindInvalid, Key: "error.bad_form", Err: err}
	}
	email, pw := r.PostFormValue("email"), r.PostFormValue("password")
	next := safeNext(r.PostFormValue("next"))
	u, err := a.Store.UserByEmail(r.Context(), email)
	if err != nil && !errors.Is(err, domain.ErrNotFound) {
		return err
	}
	hash := u.PasswordHash
	if err != nil || !u.Active {
		hash = dummyHash
	}
	ok, _ := password.Check(pw, hash)
	if !ok || err != nil || !u.Active {
		view := signinView{Page: a.page(r, "signin.title"), Email: email, Next: next}
		view.Flash = "signin.failed"
		return a.render(w, http.StatusUnauthorized, "signin", view)
	}
	if err := a.Sessions.Start(w, r, u.ID); err != nil {
		return err
	}
	if next == "" {
		next = "/office/"
	}
	return redirect(w, r, next)
}

// safeNext keeps only local back-office paths, so the sign-in form cannot be
// used to send someone to another site.
func safeNext(next string) string {
	if len(next) < 8 || next[:8] != "/office/" {
		return ""
	}
	u, err := url.Parse(next)
	if err != nil || u.Host != "" || u.Scheme != "" {
		return ""
	}
	return next
}

func (a *App) signout(w http.ResponseWriter, r *http.Request) error {
	a.Sessions.End(w, r)
	return redirect(w, r, "/office/signin")
}
