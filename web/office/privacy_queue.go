package office

import (
	"net/http"
	"strconv"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// privacyWarnDays is how many days before its due date a request shows as
// due on the queue and the dashboard.
const privacyWarnDays = 7

// privacyRow is a request with its F2 follow-up state.
type privacyRow struct {
	domain.PrivacyRequest
	Due, Overdue bool
}

func privacyRows(list []domain.PrivacyRequest, now time.Time) []privacyRow {
	out := make([]privacyRow, len(list))
	for i, r := range list {
		due, overdue := domain.PrivacyDue(r, now, privacyWarnDays)
		out[i] = privacyRow{PrivacyRequest: r, Due: due, Overdue: overdue}
	}
	return out
}

type privacyQueueView struct {
	kit.Page
	Requests []privacyRow
	All      bool
	Pager    Pager
}

// privacyQueue lists the open requests, the earliest due first (F2); ?all=1
// lists handled ones too.
func (a *App) privacyQueue(w http.ResponseWriter, r *http.Request) error {
	v := privacyQueueView{Page: a.Page(r, "privacy.queue.title"), All: r.URL.Query().Get("all") == "1", Pager: Pager{Page: kit.PageIndex(r) + 1}}
	list, more, err := a.Store.PrivacyRequests(r.Context(), store.PrivacyRequestFilter{Open: !v.All, Limit: pageSize, Offset: (v.Pager.Page - 1) * pageSize})
	if err != nil {
		return err
	}
	v.Requests, v.Pager.More = privacyRows(list, a.DB.Now()), more
	return a.Render(w, http.StatusOK, "privacy_queue", v)
}

type privacyRequestFormView struct {
	kit.Page
	Candidate  domain.Candidate
	Found      []domain.Candidate
	Search     string
	R          domain.PrivacyRequest
	ReceivedOn string
	Rights     []kit.Option
	Origins    []kit.Option
}

func rightOptions() []kit.Option {
	opts := make([]kit.Option, 0, len(domain.PrivacyRights))
	for _, r := range domain.PrivacyRights {
		opts = append(opts, kit.Option{Value: string(r), Label: "privacy.right." + string(r)})
	}
	return opts
}

func originOptions() []kit.Option {
	opts := make([]kit.Option, 0, len(domain.PrivacyOrigins))
	for _, o := range domain.PrivacyOrigins {
		opts = append(opts, kit.Option{Value: o, Label: "privacy.origin." + o})
	}
	return opts
}

func (a *App) privacyRequestForm(w http.ResponseWriter, r *http.Request, status int, v privacyRequestFormView) error {
	v.Rights, v.Origins = rightOptions(), originOptions()
	return a.Render(w, status, "privacy_request_new", v)
}

// privacyRequestNew is the form for a request that came by mail, phone or
// letter: ?candidate=ID picks the candidate, ?q= searches one.
func (a *App) privacyRequestNew(w http.ResponseWriter, r *http.Request) error {
	v := privacyRequestFormView{Page: a.Page(r, "privacy.request.new"), Search: r.URL.Query().Get("q"),
		ReceivedOn: domain.DateOf(a.DB.Now()).String(), R: domain.PrivacyRequest{Origin: "mail"}}
	if id := queryID(r, "candidate"); id != 0 {
		c, err := a.Store.Candidate(r.Context(), id)
		if err != nil {
			return err
		}
		v.Candidate = c
	} else if v.Search != "" {
		found, _, err := a.Store.Candidates(r.Context(), store.CandidateFilter{Query: v.Search, WithRestricted: true, Limit: 20})
		if err != nil {
			return err
		}
		v.Found = found
	}
	return a.privacyRequestForm(w, r, http.StatusOK, v)
}

func (a *App) privacyRequestCreate(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	c, err := a.Store.Candidate(r.Context(), f.ID("candidate_id"))
	if err != nil {
		return err
	}
	received := f.Date("received_at")
	req := domain.PrivacyRequest{CandidateID: c.ID, Right: domain.PrivacyRight(f.String("right")), Message: f.Text("message"),
		ReceivedAt: received.Time(), Origin: f.String("origin")}
	if received.After(domain.DateOf(a.DB.Now())) {
		f.Errors["received_at"] = "privacy.error.received_future"
	}
	if !validOrigin(req.Origin) {
		f.Errors["origin"] = "validation.choice"
	}
	if err := f.Check(req.Validate()); err != nil {
		v := privacyRequestFormView{Page: a.Page(r, "privacy.request.new"), Candidate: c, R: req, ReceivedOn: f.String("received_at")}
		v.Errors = f.Errors
		return a.privacyRequestForm(w, r, http.StatusUnprocessableEntity, v)
	}
	if err := a.Svc.EnterPrivacyRequest(r.Context(), &req, actor(r)); err != nil {
		return err
	}
	return kit.Redirect(w, r, "/office/privacy/"+strconv.FormatInt(req.ID, 10)+"?flash=flash.saved")
}

func validOrigin(o string) bool {
	for _, x := range domain.PrivacyOrigins {
		if x == o {
			return true
		}
	}
	return false
}

// privacyDue is the dashboard's list of open requests near or past their due
// date (domain.PrivacyDue, F2).
func (a *App) privacyDue(r *http.Request) ([]privacyRow, error) {
	now := a.DB.Now()
	list, _, err := a.Store.PrivacyRequests(r.Context(), store.PrivacyRequestFilter{Open: true,
		DueBefore: now.AddDate(0, 0, privacyWarnDays+1), Limit: 50})
	if err != nil {
		return nil, err
	}
	var out []privacyRow
	for _, row := range privacyRows(list, now) {
		if row.Due || row.Overdue {
			out = append(out, row)
		}
	}
	return out, nil
}
