package office

// routesAPI are the admin pages of the JSON API (G1): its tokens and webhooks.
func (a *App) routesAPI() []Route {
	return []Route{
		{"GET /office/settings/api-tokens", a.apiTokens, Admin},
		{"POST /office/settings/api-tokens", a.apiTokenCreate, Admin},
		{"POST /office/settings/api-tokens/{id}/revoke", a.apiTokenRevoke, Admin},
		{"GET /office/settings/webhooks", a.webhooks, Admin},
		{"POST /office/settings/webhooks", a.webhookCreate, Admin},
		{"POST /office/settings/webhooks/{id}/delete", a.webhookDelete, Admin},
	}
}
