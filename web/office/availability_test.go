package office_test

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// Issue 15: a candidate without an availability note shows no trailing "·".
func TestAvailabilityHasNoTrailingDot(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	c := env.Acme.Candidate(t, env.Store, "Nora", "Note")
	body := env.Recruiter(t).Get("/office/candidates/" + strconv.FormatInt(c.ID, 10)).Body
	if regexp.MustCompile(`·\s*</dd>`).MatchString(body) {
		t.Errorf("a value ends with a dangling ·")
	}
}
