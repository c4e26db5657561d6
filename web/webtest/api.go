package webtest

import "github.com/matchpoint/matchpoint/web/api"

// APIRoutes is the JSON API's route table.
func (e *Env) APIRoutes() []api.Route { return e.server.API.Routes() }
