package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// apiTokensView lists the agency's API tokens (G1). Secret is set only on
// the answer to creating a token: the one time it is shown.
type apiTokensView struct {
	kit.Page
	Tokens []domain.APIToken
	Name   string
	Secret string
	New    domain.APIToken
}

const apiTokensPath = "/office/settings/api-tokens"

func (a *App) apiTokensPage(w http.ResponseWriter, r *http.Request, status int, v apiTokensView, errs domain.FieldErrors) error {
	v.Page = a.Page(r, "api.tokens.title")
	if errs != nil {
		v.Errors = errs
	}
	var err error
	if v.Tokens, err = a.Store.APITokens(r.Context()); err != nil {
		return err
	}
	return a.Render(w, status, "settings_api_tokens", v)
}

func (a *App) apiTokens(w http.ResponseWriter, r *http.Request) error {
	return a.apiTokensPage(w, r, http.StatusOK, apiTokensView{}, nil)
}

func (a *App) apiTokenCreate(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	name := f.String("name")
	t, secret, err := a.Svc.CreateAPIToken(r.Context(), name, user(r.Context()))
	if err != nil {
		if !kit.Invalid(err) {
			return err
		}
		_ = f.Check(err)
		return a.apiTokensPage(w, r, http.StatusUnprocessableEntity, apiTokensView{Name: name}, f.Errors)
	}
	// The secret is shown in this answer only, never in a URL or again.
	return a.apiTokensPage(w, r, http.StatusOK, apiTokensView{Secret: secret, New: t}, nil)
}

func (a *App) apiTokenRevoke(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if err := a.Svc.RevokeAPIToken(r.Context(), id, user(r.Context())); err != nil {
		return err
	}
	return kit.Redirect(w, r, apiTokensPath+"?flash=api.tokens.revoked")
}
