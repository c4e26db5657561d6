package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// sendCredentials mails a single-use set-password link to the candidate or
// contact of the path (B3); the mail and the token land in one transaction.
func (a *App) sendCredentials(w http.ResponseWriter, r *http.Request, aud domain.Audience, back func(domain.ID) string) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	u := user(r.Context())
	by := store.Actor{Kind: domain.AudienceOffice, ID: u.ID, Name: u.Name, Addr: kit.ClientAddr(r)}
	if _, err := a.Accounts.SendCredentials(r.Context(), by, aud, id, a.Auth.Origin(r)); err != nil {
		return err
	}
	return kit.Redirect(w, r, back(id)+"?flash=accounts.credentials_sent")
}

func (a *App) candidateCredentials(w http.ResponseWriter, r *http.Request) error {
	return a.sendCredentials(w, r, domain.AudiencePortal, candidateURL)
}

func (a *App) contactCredentials(w http.ResponseWriter, r *http.Request) error {
	return a.sendCredentials(w, r, domain.AudienceHiring, contactURL)
}
