package kit_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// A path id that is not a positive number is not found, never a 400 or a
// 500, so a guessed or mangled id tells nothing (B5).
func TestPathIDRefusals_B5(t *testing.T) {
	for _, v := range []string{"0", "-1", "-42", "abc", "", "1.5", "0x10", " 7", "99999999999999999999"} {
		r := httptest.NewRequest(http.MethodGet, "/office/candidates/x", nil)
		r.SetPathValue("id", v)
		id, err := kit.PathID(r, "id")
		if err == nil || domain.KindOf(err) != domain.KindNotFound || kit.Status(err) != http.StatusNotFound || id != 0 {
			t.Errorf("PathID(%q) = %d, %v; want 0 and not found", v, id, err)
		}
	}
	r := httptest.NewRequest(http.MethodGet, "/office/candidates/42", nil)
	r.SetPathValue("id", "42")
	if id, err := kit.PathID(r, "id"); err != nil || id != 42 {
		t.Errorf("PathID(42) = %d, %v", id, err)
	}
}

// ?page= counts from 1; anything that is not a page number is the first.
func TestPageIndex(t *testing.T) {
	for q, want := range map[string]int{"": 0, "page=": 0, "page=x": 0, "page=0": 0, "page=-3": 0, "page=1": 0, "page=2": 1, "page=10": 9} {
		r := httptest.NewRequest(http.MethodGet, "/hiring/candidates?"+q, nil)
		if got := kit.PageIndex(r); got != want {
			t.Errorf("PageIndex(%q) = %d, want %d", q, got, want)
		}
	}
}

// A successful post answers 303 to the next page.
func TestRedirect(t *testing.T) {
	w := httptest.NewRecorder()
	r := httptest.NewRequest(http.MethodPost, "/portal/profile", nil)
	if err := kit.Redirect(w, r, "/portal/profile?flash=saved"); err != nil {
		t.Fatal(err)
	}
	if w.Code != http.StatusSeeOther || w.Header().Get("Location") != "/portal/profile?flash=saved" {
		t.Errorf("redirect = %d %q", w.Code, w.Header().Get("Location"))
	}
}
