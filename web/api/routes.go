package api

import "net/http"

// Route is one entry of the API's route table; the OpenAPI document is
// generated from the same entries.
type Route struct {
	Method  string
	Path    string // below Prefix, with {name} path values
	Summary string
	Tag     string
	Public  bool    // no token needed
	Query   []Param // query parameters
	Body    any     // a value of the request body's type; nil for none
	Answer  any     // a value of the success answer's type
	Status  int     // success status; 0 means 200
	Media   string  // the success answer's media type when it is a file, not JSON
	Handler func(http.ResponseWriter, *http.Request) error
}

// Param is a query parameter.
type Param struct {
	Name string
	Type string // "string", "integer" or "date"
	Doc  string
}

// withPaging adds the list parameters limit and offset to ps.
func withPaging(ps ...Param) []Param {
	return append(ps, Param{"limit", "integer", "page size, 1–200 (default 50)"}, Param{"offset", "integer", "items to skip (default 0)"})
}

// Routes is the API's whole route table.
func (a *App) Routes() []Route {
	search := Param{"q", "string", "search words"}
	const created = http.StatusCreated
	return append([]Route{
		{Method: "GET", Path: "/openapi.json", Summary: "This OpenAPI document", Tag: "meta", Public: true, Answer: map[string]any{}, Handler: a.openAPI},

		{Method: "GET", Path: "/candidates", Summary: "List or search candidates", Tag: "candidates",
			Query: withPaging(search, Param{"owner_id", "integer", ""}, Param{"status_id", "integer", ""}), Answer: List[Candidate]{}, Handler: a.candidateList},
		{Method: "POST", Path: "/candidates", Summary: "Create a candidate", Tag: "candidates", Body: Candidate{}, Answer: Candidate{}, Status: created, Handler: a.candidateCreate},
		{Method: "GET", Path: "/candidates/{id}", Summary: "Get a candidate", Tag: "candidates", Answer: Candidate{}, Handler: a.candidateGet},
		{Method: "PATCH", Path: "/candidates/{id}", Summary: "Update a candidate; fields left out keep their values", Tag: "candidates", Body: Candidate{}, Answer: Candidate{}, Handler: a.candidateUpdate},

		{Method: "GET", Path: "/companies", Summary: "List or search companies", Tag: "companies",
			Query: withPaging(search, Param{"kind", "string", "client, main_office or pool"}), Answer: List[Company]{}, Handler: a.companyList},
		{Method: "POST", Path: "/companies", Summary: "Create a company", Tag: "companies", Body: Company{}, Answer: Company{}, Status: created, Handler: a.companyCreate},
		{Method: "GET", Path: "/companies/{id}", Summary: "Get a company", Tag: "companies", Answer: Company{}, Handler: a.companyGet},
		{Method: "PATCH", Path: "/companies/{id}", Summary: "Update a company", Tag: "companies", Body: Company{}, Answer: Company{}, Handler: a.companyUpdate},

		{Method: "GET", Path: "/contacts", Summary: "List or search contacts", Tag: "contacts",
			Query: withPaging(search, Param{"company_id", "integer", ""}, Param{"group_id", "integer", ""}), Answer: List[Contact]{}, Handler: a.contactList},
		{Method: "POST", Path: "/contacts", Summary: "Create a contact", Tag: "contacts", Body: Contact{}, Answer: Contact{}, Status: created, Handler: a.contactCreate},
		{Method: "GET", Path: "/contacts/{id}", Summary: "Get a contact", Tag: "contacts", Answer: Contact{}, Handler: a.contactGet},
		{Method: "PATCH", Path: "/contacts/{id}", Summary: "Update a contact", Tag: "contacts", Body: Contact{}, Answer: Contact{}, Handler: a.contactUpdate},

		{Method: "GET", Path: "/vacancies", Summary: "List or search vacancies", Tag: "vacancies",
			Query:  withPaging(search, Param{"company_id", "integer", ""}, Param{"contact_id", "integer", ""}, Param{"status", "string", "open or closed"}),
			Answer: List[Vacancy]{}, Handler: a.vacancyList},
		{Method: "POST", Path: "/vacancies", Summary: "Create a vacancy", Tag: "vacancies", Body: Vacancy{}, Answer: Vacancy{}, Status: created, Handler: a.vacancyCreate},
		{Method: "GET", Path: "/vacancies/{id}", Summary: "Get a vacancy", Tag: "vacancies", Answer: Vacancy{}, Handler: a.vacancyGet},
		{Method: "PATCH", Path: "/vacancies/{id}", Summary: "Update a vacancy", Tag: "vacancies", Body: Vacancy{}, Answer: Vacancy{}, Handler: a.vacancyUpdate},

		{Method: "GET", Path: "/matches", Summary: "List the matches of a vacancy or a candidate", Tag: "matches",
			Query:  withPaging(Param{"vacancy_id", "integer", "this or candidate_id is required"}, Param{"candidate_id", "integer", ""}, Param{"phase_id", "integer", ""}),
			Answer: List[Match]{}, Handler: a.matchList},
		{Method: "POST", Path: "/matches", Summary: "Match a candidate to a vacancy", Tag: "matches", Body: Match{}, Answer: Match{}, Status: created, Handler: a.matchCreate},
		{Method: "GET", Path: "/matches/{id}", Summary: "Get a match", Tag: "matches", Answer: Match{}, Handler: a.matchGet},
		{Method: "POST", Path: "/matches/{id}/phase", Summary: "Move a match to another phase of its procedure", Tag: "matches", Body: MatchMove{}, Answer: Match{}, Handler: a.matchMove},

		{Method: "GET", Path: "/placements", Summary: "List placements, latest start first", Tag: "placements",
			Query: withPaging(search, Param{"candidate_id", "integer", ""}, Param{"company_id", "integer", ""}, Param{"contact_id", "integer", ""},
				Param{"active_on", "date", "only placements running on that day"}), Answer: List[Placement]{}, Handler: a.placementList},
		{Method: "POST", Path: "/placements", Summary: "Create a placement", Tag: "placements", Body: Placement{}, Answer: Placement{}, Status: created, Handler: a.placementCreate},
		{Method: "GET", Path: "/placements/{id}", Summary: "Get a placement with its contacts", Tag: "placements", Answer: Placement{}, Handler: a.placementGet},
		{Method: "PATCH", Path: "/placements/{id}", Summary: "Update a placement", Tag: "placements", Body: Placement{}, Answer: Placement{}, Handler: a.placementUpdate},

		{Method: "GET", Path: "/timesheets", Summary: "List timesheets, latest week first", Tag: "timesheets",
			Query: withPaging(Param{"status", "string", "draft, sent, approved or rejected"}, Param{"year", "integer", "ISO year"}, Param{"week", "integer", "ISO week"},
				Param{"company_id", "integer", ""}, Param{"candidate_id", "integer", ""}, Param{"placement_id", "integer", ""}),
			Answer: List[Timesheet]{}, Handler: a.timesheetList},
		{Method: "GET", Path: "/timesheets/{id}", Summary: "Get a timesheet with its lines and history", Tag: "timesheets", Answer: Timesheet{}, Handler: a.timesheetGet},
	}, a.invoiceRoutes()...)
}
