package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type consentsView struct {
	kit.Page
	Days     int
	Until    domain.Date
	Today    domain.Date
	Consents []store.FollowUpConsent
}

// privacyConsents lists, for follow-up (C6), the candidates who withdrew
// their consent and those whose consent ends within ?days=N (default 30).
func (a *App) privacyConsents(w http.ResponseWriter, r *http.Request) error {
	days, err := strconv.Atoi(r.URL.Query().Get("days"))
	if err != nil || days < 0 || days > 3650 {
		days = 30
	}
	v := consentsView{Page: a.Page(r, "privacy.consents.title"), Days: days, Until: domain.DateOf(a.DB.Now()).AddDays(days),
		Today: domain.DateOf(a.DB.Now())}
	if v.Consents, err = a.Store.ConsentsToFollowUp(r.Context(), v.Until, 500); err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "privacy_consents", v)
}
