package kit_test

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/kit"
)

type clock struct{ now time.Time }

func (c *clock) Now() time.Time { return c.now }

func setup(t *testing.T) (*kit.Sessions, *clock, *http.Request) {
	db := storetest.SQLite(t)
	st := db.Store()
	ten := domain.Tenant{Slug: "s", Name: "S", DefaultLanguage: "en"}
	if err := st.CreateTenant(t.Context(), &ten); err != nil {
		t.Fatal(err)
	}
	clk := &clock{now: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	db.SetClock(clk.Now)
	s := &kit.Sessions{Svc: service.New(db), Audience: domain.AudiencePortal, Idle: 30 * time.Minute, Absolute: 12 * time.Hour}
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r = r.WithContext(store.WithTenant(r.Context(), ten.ID))
	return s, clk, r
}

// start signs in and returns a request carrying the new cookie.
func start(t *testing.T, s *kit.Sessions, r *http.Request) (*http.Request, *http.Cookie) {
	w := httptest.NewRecorder()
	if err := s.Start(w, r, 42); err != nil {
		t.Fatal(err)
	}
	cookies := w.Result().Cookies()
	c := cookies[len(cookies)-1] // the first clears any earlier session
	r2 := r.Clone(r.Context())
	r2.Header.Del("Cookie")
	r2.AddCookie(c)
	return r2, c
}

func TestSessionCookieAndTimeouts(t *testing.T) {
	s, clk, r := setup(t)
	r1, c1 := start(t, s, r)
	if !c1.HttpOnly || c1.SameSite != http.SameSiteLaxMode || c1.Name != "mp_portal" {
		t.Fatalf("cookie %+v", c1)
	}
	ses, err := s.Load(httptest.NewRecorder(), r1)
	if err != nil || ses.SubjectID != 42 {
		t.Fatalf("load: %+v %v", ses, err)
	}
	// A new sign-in gives a new id and ends the old session.
	r2, c2 := start(t, s, r1)
	if c2.Value == c1.Value {
		t.Fatal("session id reused at sign-in")
	}
	if _, err := s.Load(httptest.NewRecorder(), r1); err == nil {
		t.Fatal("old session still valid after a new sign-in")
	}
	// Activity keeps it alive until the absolute limit.
	for i := 0; i < 24; i++ { // 24 × 29 min = 11 h 36 min
		clk.now = clk.now.Add(29 * time.Minute)
		if _, err := s.Load(httptest.NewRecorder(), r2); err != nil {
			t.Fatalf("active session ended after %d steps: %v", i, err)
		}
	}
	clk.now = clk.now.Add(29 * time.Minute) // past 12 hours in all
	if _, err := s.Load(httptest.NewRecorder(), r2); err == nil {
		t.Fatal("session outlived the absolute timeout")
	}
	// Idle too long ends it.
	r3, _ := start(t, s, r)
	clk.now = clk.now.Add(31 * time.Minute)
	if _, err := s.Load(httptest.NewRecorder(), r3); err == nil {
		t.Fatal("idle session still valid")
	}
}

func TestSecureCookieName(t *testing.T) {
	s, _, r := setup(t)
	s.Secure = true
	_, c := start(t, s, r)
	if c.Name != "__Host-mp_portal" || !c.Secure || c.Path != "/" {
		t.Fatalf("cookie over TLS: %+v", c)
	}
}

func TestStatusMapping(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want int
	}{
		{domain.ErrNotFound, 404},
		{domain.NotFound("x"), 404},
		{domain.ErrForbidden, 404},
		{&domain.ValidationError{Fields: domain.FieldErrors{"a": "b"}}, 422},
		{domain.Conflict("error.duplicate", nil), 409},
		{&domain.Error{Kind: domain.KindTooMany}, 429},
		{http.ErrBodyNotAllowed, 500},
	} {
		if got := kit.Status(tc.err); got != tc.want {
			t.Errorf("Status(%v) = %d, want %d", tc.err, got, tc.want)
		}
	}
}
