// Package account is the sign-in side every surface shares: sign-in with an
// optional second factor, sign-out, password reset, set-password links and
// the security page. Each surface mounts it under its own prefix, with its
// own session cookie, drawn in its own layout.
package account

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

//go:embed templates/*.html
var templateFS embed.FS

// Auth serves the account pages of one audience.
type Auth struct {
	Audience domain.Audience
	Prefix   string // "/portal": paths are Prefix+"/signin" and so on
	Sessions *kit.Sessions
	Accounts *service.Accounts
	Log      *slog.Logger
	// Page returns the surface's page data (language, name top right).
	Page func(r *http.Request, title string) kit.Page
	tmpl *kit.Templates
}

// New builds the account pages drawn with the surface's layout files.
func New(a Auth, layout fs.FS, layoutDir string, shared ...string) (*Auth, error) {
	tmpl, err := kit.ParsePagesWithLayout(templateFS, "templates", layout, layoutDir, shared...)
	if err != nil {
		return nil, fmt.Errorf("account templates for %s: %w", a.Audience, err)
	}
	a.tmpl = tmpl
	return &a, nil
}

// Routes are the account pages under the prefix as entries of a surface's
// route table R: anyone may call the public ones (sign-in, reset, the
// set-password link); the private ones (sign-out, security page) are the
// signed-in person's own.
func Routes[R kit.RouteOf[A], A comparable](a *Auth, public, private A) []R {
	p := a.Prefix
	return []R{
		{"GET " + p + "/signin", a.signinForm, public},
		{"POST " + p + "/signin", a.signin, public},
		{"POST " + p + "/signout", a.signout, private},
		{"GET " + p + "/reset", a.resetForm, public},
		{"POST " + p + "/reset", a.reset, public},
		{"GET " + p + "/password/set", a.setForm, public},
		{"POST " + p + "/password/set", a.set, public},
		{"GET " + p + "/security", a.security, private},
		{"POST " + p + "/security/password", a.changePassword, private},
		{"POST " + p + "/security/totp", a.totpBegin, private},
		{"POST " + p + "/security/totp/confirm", a.totpConfirm, private},
		{"POST " + p + "/security/totp/disable", a.totpDisable, private},
		{"GET " + p + "/sso", a.ssoStart, public},
		{"GET " + p + "/sso/callback", a.ssoCallback, public},
	}
}

type accountKey struct{}

// Current is the signed-in account of the request; zero when anonymous.
func Current(ctx context.Context) domain.Account {
	a, _ := ctx.Value(accountKey{}).(domain.Account)
	return a
}

// Person is the signed-in account as a portal's pages show it: its name and
// the language on its record (C1, E1); zero when anonymous.
func Person(ctx context.Context) kit.Person {
	acct := Current(ctx)
	return kit.Person{Name: acct.Name, Language: acct.Language}
}

// WithAccount returns ctx carrying the signed-in account.
func WithAccount(ctx context.Context, a domain.Account) context.Context {
	return context.WithValue(ctx, accountKey{}, a)
}

// Require loads the account of the request's session and checks, on every
// request, that it may still use the surface (an active account; a contact
// in the configured group). Without one the browser goes to the sign-in
// form. When the agency requires a second factor the person has not set
// up, every page but the security page sends it there first.
func (a *Auth) Require(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ses, err := a.Sessions.Load(w, r)
		if err != nil {
			if !errors.Is(err, kit.ErrNoSession) {
				a.Log.ErrorContext(r.Context(), "load session", "err", err)
			}
			a.toSignin(w, r)
			return
		}
		acct, err := a.Accounts.Current(r.Context(), a.Audience, ses.SubjectID)
		if err != nil {
			if k := domain.KindOf(err); k != domain.KindNotFound && k != domain.KindForbidden {
				a.Log.ErrorContext(r.Context(), "load account", "err", err)
			}
			a.Sessions.End(w, r)
			a.toSignin(w, r)
			return
		}
		kit.NoteWho(r.Context(), string(a.Audience), acct.ID)
		r = r.WithContext(WithAccount(r.Context(), acct))
		if !a.setupPath(r.URL.Path) {
			need, err := a.Accounts.NeedsTOTPSetup(r.Context(), acct)
			if err != nil {
				a.Log.ErrorContext(r.Context(), "check second factor", "err", err)
				http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
				return
			}
			if need {
				http.Redirect(w, r, a.Prefix+"/security?flash=accounts.totp.setup_first", http.StatusSeeOther)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// setupPath reports whether path stays reachable before a required second
// factor is set up.
func (a *Auth) setupPath(path string) bool {
	return path == a.Prefix+"/security" || strings.HasPrefix(path, a.Prefix+"/security/") || path == a.Prefix+"/signout"
}

func (a *Auth) toSignin(w http.ResponseWriter, r *http.Request) {
	next := ""
	if r.Method == http.MethodGet {
		next = "?next=" + url.QueryEscape(r.URL.RequestURI())
	}
	http.Redirect(w, r, a.Prefix+"/signin"+next, http.StatusSeeOther)
}

// Origin describes the request for the service: agency and client address.
func (a *Auth) Origin(r *http.Request) service.Origin {
	return service.Origin{Tenant: kit.TenantOf(r.Context()), Addr: kit.ClientAddr(r)}
}

func (a *Auth) render(w http.ResponseWriter, status int, name string, view any) error {
	return a.tmpl.Render(w, status, name, view)
}

// titleKey is the audience's variant of a page title.
func (a *Auth) titleKey(page string) string {
	return "accounts." + page + "_title_" + string(a.Audience)
}

// Peek loads the account of the request's session when there is one that
// may still use the surface, and goes on either way: a page anyone may
// reach (the not-found page) then speaks the signed-in person's language.
func (a *Auth) Peek(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ses, err := a.Sessions.Load(w, r); err == nil {
			if acct, err := a.Accounts.Current(r.Context(), a.Audience, ses.SubjectID); err == nil {
				r = r.WithContext(WithAccount(r.Context(), acct))
			}
		}
		next.ServeHTTP(w, r)
	})
}

// Language is the language on the record of the person signed in on this
// surface, "" when nobody is: the pages outside the surfaces (/privacy)
// speak it.
func (a *Auth) Language(w http.ResponseWriter, r *http.Request) string {
	ses, err := a.Sessions.Load(w, r)
	if err != nil {
		return ""
	}
	acct, err := a.Accounts.Current(r.Context(), a.Audience, ses.SubjectID)
	if err != nil {
		return ""
	}
	return acct.Language
}
