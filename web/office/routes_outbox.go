package office

// routesOutbox are the outbox pages (G2): admins only, because the outbox
// holds every mail of the agency, set-password links included.
func (a *App) routesOutbox() []Route {
	return []Route{
		{"GET /office/outbox", a.outboxList, Admin},
		{"GET /office/outbox/{id}", a.outboxMail, Admin},
		{"POST /office/outbox/{id}/reveal", a.outboxReveal, Admin},
	}
}
