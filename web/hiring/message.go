package hiring

import (
	"net/http"

	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

type messageView struct {
	kit.Page
	Msg service.Message
}

// messageForm is 'Contact': a message to the agency (E11).
func (a *App) messageForm(w http.ResponseWriter, r *http.Request) error {
	return a.Render(w, http.StatusOK, "contact", messageView{Page: a.Page(r, "hiring.contact")})
}

// messageSend turns the message into a portal-message note on the contact's
// activity tab (E11) and thanks the contact.
func (a *App) messageSend(w http.ResponseWriter, r *http.Request) error {
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	msg := service.Message{Subject: f.String("subject"), Body: f.Text("body")}
	_, err = a.Svc.HiringSendMessage(r.Context(), c, msg)
	if err := f.Check(err); err != nil {
		if kit.Invalid(err) {
			v := messageView{Page: a.Page(r, "hiring.contact"), Msg: msg}
			v.Errors = f.Errors
			return a.Render(w, http.StatusUnprocessableEntity, "contact", v)
		}
		return err
	}
	return kit.Redirect(w, r, "/hiring/contact?flash=hiring.flash.message_sent")
}
