package office_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// A1, A4: every record page has its activity tab and attachments; a note
// added on a record shows there, and another agency cannot add one.
func TestEveryRecordHasActivity_A1_A4(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	rec := env.Acme.Records(t, env.Store)
	c := env.Recruiter(t)
	other := env.OtherRecruiter(t)
	for _, tc := range []struct {
		path string
	}{
		{"/office/candidates/" + id(rec.Candidate.ID)},
		{"/office/companies/" + id(rec.Company.ID)},
		{"/office/contacts/" + id(rec.Contact.ID)},
		{"/office/vacancies/" + id(rec.Vacancy.ID)},
		{"/office/matches/" + id(rec.Match.ID)},
		{"/office/placements/" + id(rec.Placement.ID)},
		{"/office/timesheets/" + id(rec.Timesheet.ID)},
	} {
		body := "Called about " + tc.path
		res := c.Post(tc.path+"/notes", url.Values{"note_subject": {"Call"}, "note_body": {body}})
		if res.Status != http.StatusSeeOther || !strings.HasPrefix(res.Location, tc.path) {
			t.Errorf("%s: add note: %d %q", tc.path, res.Status, res.Location)
			continue
		}
		page := c.Get(tc.path)
		if page.Status != http.StatusOK || !strings.Contains(page.Body, body) || !strings.Contains(page.Body, `name="file"`) {
			t.Errorf("%s: page %d lacks the note or the upload form", tc.path, page.Status)
		}
		if tc.path == "/office/candidates/"+id(rec.Candidate.ID) && !strings.Contains(page.Body, `href="/office/placements/`+id(rec.Placement.ID)+`"`) {
			t.Errorf("the candidate page does not link its placement")
		}
		if res := other.Post(tc.path+"/notes", url.Values{"note_body": {"intruder"}}); res.Status != http.StatusNotFound {
			t.Errorf("%s: other agency added a note: %d", tc.path, res.Status)
		}
	}
}
