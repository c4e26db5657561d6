// Package webtest starts the whole application on a test database with a
// small fixture agency, and gives HTTP clients that sign in like a browser.
package webtest

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/password"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web"
	"github.com/matchpoint/matchpoint/web/careers"
	"github.com/matchpoint/matchpoint/web/hiring"
	"github.com/matchpoint/matchpoint/web/kit"
	"github.com/matchpoint/matchpoint/web/office"
	"github.com/matchpoint/matchpoint/web/portal"
)

// Password is every fixture account's password.
const Password = "fixture-password-1"

// Agency is a fixture tenant.
type Agency struct {
	Tenant    domain.Tenant
	Ctx       context.Context // scoped to the tenant
	Recruiter domain.User
	Admin     domain.User
	Status    domain.CandidateStatus
}

// Env is a running application with two agencies: Acme (the default tenant)
// and Other (served on host other.test).
type Env struct {
	DB     *store.DB
	Store  *store.Store
	Server *httptest.Server
	server *web.Server
	app    *app.App
	Acme   Agency
	Other  Agency
}

// New starts the application on db.
func New(t testing.TB, db *store.DB) *Env {
	t.Helper()
	e := &Env{DB: db, Store: db.Store()}
	e.Acme = newAgency(t, e.Store, "acme", "")
	e.Other = newAgency(t, e.Store, "other", "other.test")
	srv, ts, ap := Serve(t, db, app.Config{DefaultTenant: "acme", PasswordParams: FastParams}, false)
	e.server, e.Server, e.app = srv, ts, ap
	return e
}

// Serve starts the whole application on db with cfg, over TLS when tls, and
// returns it with its test server. The base URL is the test server's own
// address unless cfg names one, so the links in mails lead to it.
func Serve(t testing.TB, db *store.DB, cfg app.Config, tls bool) (*web.Server, *httptest.Server, *app.App) {
	t.Helper()
	bundle, err := i18n.Load()
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(kit.LogHandler(slog.NewTextHandler(io.Discard, nil)))
	if testing.Verbose() {
		log = slog.New(kit.LogHandler(slog.NewTextHandler(testWriter{t}, nil)))
	}
	ts := httptest.NewUnstartedServer(nil)
	scheme := "http"
	if tls {
		scheme = "https"
	}
	if cfg.BaseURL == nil {
		cfg.BaseURL = &url.URL{Scheme: scheme, Host: ts.Listener.Addr().String()}
	}
	ap, err := app.New(cfg, db, bundle, log)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := web.New(ap)
	if err != nil {
		t.Fatal(err)
	}
	ts.Config.Handler = srv
	if tls {
		ts.StartTLS()
	} else {
		ts.Start()
	}
	t.Cleanup(ts.Close)
	return srv, ts, ap
}

type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

var fastHash string

func newAgency(t testing.TB, st *store.Store, slug, host string) Agency {
	t.Helper()
	ctx := context.Background()
	a := Agency{Tenant: domain.Tenant{Slug: slug, Name: strings.ToUpper(slug[:1]) + slug[1:] + " Staffing", Host: host, DefaultLanguage: "en"}}
	if err := st.CreateTenant(ctx, &a.Tenant); err != nil {
		t.Fatalf("create tenant: %v", err)
	}
	a.Ctx = store.WithTenant(ctx, a.Tenant.ID)
	if fastHash == "" {
		h, err := password.Hash(Password, FastParams)
		if err != nil {
			t.Fatal(err)
		}
		fastHash = h
	}
	a.Recruiter = domain.User{Email: "recruiter@" + slug + ".test", Name: "Rita " + slug, Role: domain.RoleRecruiter,
		Language: "en", Active: true, PasswordHash: fastHash}
	a.Admin = domain.User{Email: "admin@" + slug + ".test", Name: "Adam " + slug, Role: domain.RoleAdmin,
		Language: "en", Active: true, PasswordHash: fastHash}
	for _, u := range []*domain.User{&a.Recruiter, &a.Admin} {
		if err := st.CreateUser(a.Ctx, u); err != nil {
			t.Fatalf("create user: %v", err)
		}
	}
	a.Status = domain.CandidateStatus{Name: "Placed", FullProfile: true, Timesheets: true}
	if err := st.SaveCandidateStatus(a.Ctx, &a.Status); err != nil {
		t.Fatal(err)
	}
	return a
}

// Client is a browser-like client: it keeps cookies and does not follow
// redirects, so tests see each response.
type Client struct {
	t    testing.TB
	base string
	Host string // Host header; "" = the server's own address (default tenant)
	http *http.Client
}

// Client returns a new anonymous client.
func (e *Env) Client(t testing.TB) *Client {
	jar, _ := cookiejar.New(nil)
	return &Client{t: t, base: e.Server.URL, http: &http.Client{Jar: jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// ClientOn returns a new anonymous client of another server on the same
// database (one started with Serve).
func (e *Env) ClientOn(t testing.TB, serverURL string) *Client {
	c := e.Client(t)
	c.base = serverURL
	return c
}

// Response is what a request gave.
type Response struct {
	Status   int
	Body     string
	Location string
	Header   http.Header
}

func (c *Client) do(req *http.Request) Response {
	c.t.Helper()
	if c.Host != "" {
		req.Host = c.Host
	}
	res, err := c.http.Do(req)
	if err != nil {
		c.t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return Response{Status: res.StatusCode, Body: string(body), Location: res.Header.Get("Location"), Header: res.Header}
}

// Get requests path.
func (c *Client) Get(path string) Response {
	c.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, c.base+path, nil)
	return c.do(req)
}

// Post submits form values to path.
func (c *Client) Post(path string, form url.Values) Response {
	c.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, c.base+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.do(req)
}

// PostMultipart submits a prepared multipart body.
func (c *Client) PostMultipart(path, contentType string, body io.Reader) Response {
	c.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, c.base+path, body)
	req.Header.Set("Content-Type", contentType)
	return c.do(req)
}

// SignInOffice signs in to the back office and fails the test if it does not work.
func (c *Client) SignInOffice(email string) {
	c.t.Helper()
	res := c.Post("/office/signin", url.Values{"email": {email}, "password": {Password}})
	if res.Status != http.StatusSeeOther {
		c.t.Fatalf("sign in %s: status %d", email, res.Status)
	}
}

// Recruiter returns a client signed in as Acme's recruiter.
func (e *Env) Recruiter(t testing.TB) *Client {
	c := e.Client(t)
	c.SignInOffice(e.Acme.Recruiter.Email)
	return c
}

// AdminClient returns a client signed in as Acme's admin.
func (e *Env) AdminClient(t testing.TB) *Client {
	c := e.Client(t)
	c.SignInOffice(e.Acme.Admin.Email)
	return c
}

// OtherRecruiter returns a client signed in as the other agency's recruiter, on its host.
func (e *Env) OtherRecruiter(t testing.TB) *Client {
	c := e.Client(t)
	c.Host = "other.test"
	c.SignInOffice(e.Other.Recruiter.Email)
	return c
}

// Candidate creates a candidate of the agency owned by its recruiter.
func (a Agency) Candidate(t testing.TB, st *store.Store, first, last string) domain.Candidate {
	t.Helper()
	c := domain.Candidate{OwnerID: a.Recruiter.ID, StatusID: a.Status.ID, FirstName: first, LastName: last,
		Email: strings.ToLower(first+"."+last) + "@example.test", City: "Utrecht", Language: "en"}
	if err := st.CreateCandidate(a.Ctx, &c); err != nil {
		t.Fatalf("create candidate: %v", err)
	}
	return c
}

// FastParams make hashing cheap in tests; production uses password.Default.
var FastParams = password.Params{Memory: 1024, Time: 1, Threads: 1}

// App is the application value the test server runs on: its use cases
// make mails with the same links as the pages' do.
func (e *Env) App() *app.App { return e.app }

// Web is the assembled application the test server serves.
func (e *Env) Web() *web.Server { return e.server }

// Routes is the back office's route table.
func (e *Env) Routes() []office.Route { return e.server.Office.Routes() }

// Careers is the careers site (issue 16), for tests that set its base URL
// or its limiter.
func (e *Env) Careers() *careers.App { return e.server.Careers }

// SurfaceRoute is a route of any surface with who may call it.
type SurfaceRoute struct {
	Surface string // "/office", "/portal", "/hiring" or "/jobs" (the careers site, all public)
	Pattern string
	Public  bool
	Admin   bool // office routes for admins only
}

// AllRoutes lists the route tables of the surfaces.
func (e *Env) AllRoutes() []SurfaceRoute {
	var out []SurfaceRoute
	for _, r := range e.server.Office.Routes() {
		out = append(out, SurfaceRoute{"/office", r.Pattern, r.Access == office.Public, r.Access == office.Admin})
	}
	for _, r := range e.server.Portal.Routes() {
		out = append(out, SurfaceRoute{"/portal", r.Pattern, r.Access == portal.Public, false})
	}
	for _, r := range e.server.Hiring.Routes() {
		out = append(out, SurfaceRoute{"/hiring", r.Pattern, r.Access == hiring.Public, false})
	}
	for _, r := range e.server.Careers.Routes() {
		out = append(out, SurfaceRoute{"/jobs", r.Pattern, r.Access == careers.Public, false})
	}
	return out
}

// Cookies returns the cookies the client holds for the server, to replay a
// signed-in request straight against the handler (benchmarks).
func (c *Client) Cookies() []*http.Cookie {
	u, _ := url.Parse(c.base)
	return c.http.Jar.Cookies(u)
}
