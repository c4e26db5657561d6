package office

import (
	"context"
	"net/http"

	"github.com/matchpoint/matchpoint/web/account"
)

// requireUser lets through a signed-in recruiter whose account is still
// active (account.Auth.Require checks the session, the account and a
// required second factor on every request) and loads its user. Admin routes
// answer 404 to non-admins.
func (a *App) requireUser(admin bool, next http.Handler) http.Handler {
	return a.Auth.Require(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := a.Store.User(r.Context(), account.Current(r.Context()).ID)
		if err != nil || !u.Active {
			a.Sessions.End(w, r)
			http.Redirect(w, r, "/office/signin", http.StatusSeeOther)
			return
		}
		ctx := context.WithValue(r.Context(), userKey{}, u)
		if admin && !u.IsAdmin() {
			a.ErrorPage(w, r.WithContext(ctx), http.StatusNotFound, "error.not_found")
			return
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	}))
}

// peekUser knows the signed-in recruiter, if any, without demanding one:
// the not-found page speaks its language.
func (a *App) peekUser(next http.Handler) http.Handler {
	return a.Auth.Peek(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if acct := account.Current(r.Context()); acct.ID != 0 {
			if u, err := a.Store.User(r.Context(), acct.ID); err == nil && u.Active {
				r = r.WithContext(context.WithValue(r.Context(), userKey{}, u))
			}
		}
		next.ServeHTTP(w, r)
	}))
}
