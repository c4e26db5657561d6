package office_test

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/tabular"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// readSheet reads an exported file back into rows.
func readSheet(t *testing.T, body string) [][]string {
	t.Helper()
	r, err := tabular.Open([]byte(body))
	if err != nil {
		t.Fatalf("the export is no spreadsheet: %v", err)
	}
	defer r.Close()
	var rows [][]string
	for {
		row, _, err := r.Next()
		if err == io.EOF {
			return rows
		}
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, slices.Clone(row))
	}
}

var candidateLink = regexp.MustCompile(`href="/office/candidates/(\d+)"`)

// Issue 16 item 9: the candidate list exports with its filter as CSV and
// XLSX, by the links the list page shows: the file holds exactly the
// candidates the filtered list shows, a formula someone typed as a name
// stays text, another agency's candidates are not in it, and the export
// is audited with its filter.
func TestExportCandidates_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		a, st := env.Acme, env.Store
		a.Candidate(t, st, "Anna", "Smit")
		a.Candidate(t, st, "=HYPERLINK(\"http://evil.test\")", "Smit")
		a.Candidate(t, st, "Chloé", "Dubois")
		env.Other.Candidate(t, st, "Otto", "Smit")
		c := env.Recruiter(t)

		// A filter of the list page's own (issue 15) is exported with it,
		// and one it cannot read is refused rather than dropped.
		elsewhere := a.Candidate(t, st, "Bert", "Visser")
		elsewhere.City = "Groningen"
		if err := st.UpdateCandidate(a.Ctx, &elsewhere); err != nil {
			t.Fatal(err)
		}
		byCity := readSheet(t, c.Get("/office/export/candidates?format=csv&city=Groningen").Body)
		if len(byCity) != 2 || byCity[1][1] != "Bert" {
			t.Fatalf("export filtered by city: %q", byCity)
		}
		if res := c.Get("/office/export/candidates?format=csv&hours=lots"); res.Status < 400 || res.Status >= 500 {
			t.Fatalf("an unreadable filter: %d", res.Status)
		}
		page0 := c.Get("/office/candidates?city=Groningen")
		if n := len(candidateLink.FindAllStringSubmatch(page0.Body, -1)); n != 1 {
			t.Fatalf("the list filtered by city shows %d", n)
		}

		page := c.Get("/office/candidates?q=smit")
		if page.Status != http.StatusOK {
			t.Fatalf("list: %d", page.Status)
		}
		var listed []string
		for _, m := range candidateLink.FindAllStringSubmatch(page.Body, -1) {
			listed = append(listed, m[1])
		}
		if len(listed) != 2 {
			t.Fatalf("the filtered list shows %v", listed)
		}
		for _, format := range []string{"csv", "xlsx"} {
			m := regexp.MustCompile(`href="([^"]*format=` + format + `[^"]*)"`).FindStringSubmatch(page.Body)
			if m == nil {
				t.Fatalf("no %s export link on the list", format)
			}
			link := html.UnescapeString(m[1])
			if !strings.HasPrefix(link, "/office/export/candidates?") || !strings.Contains(link, "q=smit") {
				t.Fatalf("%s link without the filter: %s", format, link)
			}
			res := c.Get(link)
			if res.Status != http.StatusOK || !strings.Contains(res.Header.Get("Content-Disposition"), "."+format) {
				t.Fatalf("%s: %d %v", link, res.Status, res.Header)
			}
			rows := readSheet(t, res.Body)
			if len(rows) != 3 || rows[0][0] != "ID" || rows[0][3] != "E-mail" {
				t.Fatalf("%s rows: %q", format, rows)
			}
			var exported []string
			for _, r := range rows[1:] {
				exported = append(exported, r[0])
				if r[1] == "Otto" {
					t.Errorf("%s: another agency's candidate exported", format)
				}
			}
			slices.Sort(listed)
			slices.Sort(exported)
			if !slices.Equal(listed, exported) {
				t.Errorf("%s holds %v, the list shows %v", format, exported, listed)
			}
			var formula string
			for _, r := range rows[1:] {
				if strings.Contains(r[1], "HYPERLINK") {
					formula = r[1]
				}
			}
			switch format {
			case "csv":
				if !strings.HasPrefix(formula, "'=") {
					t.Errorf("csv: the formula is not defused: %q", formula)
				}
			case "xlsx":
				f, err := excelize.OpenReader(bytes.NewReader([]byte(res.Body)))
				if err != nil {
					t.Fatal(err)
				}
				for row := 2; row <= 3; row++ {
					if got, _ := f.GetCellFormula("Sheet1", fmt.Sprintf("B%d", row)); got != "" {
						t.Errorf("xlsx: B%d is a formula: %q", row, got)
					}
				}
				f.Close()
			}
		}
		entries, _, err := st.AuditEntries(a.Ctx, store.AuditFilter{Action: "list_export"})
		if err != nil {
			t.Fatal(err)
		}
		// The city export and the two by search; the refused one left none.
		if len(entries) != 3 || !strings.Contains(entries[0].Detail, "candidates") || !strings.Contains(entries[0].Detail, "q=smit") ||
			!strings.Contains(entries[2].Detail, "city=Groningen") {
			t.Errorf("export audit: %+v", entries)
		}
	})
}

// Every list with an export link exports in both formats, its header in
// the recruiter's language; an unknown list is not found and an unknown
// format refused.
func TestExportEveryList_I16(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	env.Acme.Records(t, env.Store)
	c := env.Recruiter(t)
	for _, list := range []string{"candidates", "companies", "contacts", "vacancies", "placements", "timesheets", "invoices"} {
		page := c.Get("/office/" + list)
		if page.Status != http.StatusOK || !strings.Contains(page.Body, `id="export-xlsx"`) {
			t.Errorf("%s: %d, no export link", list, page.Status)
			continue
		}
		for _, format := range []string{"csv", "xlsx"} {
			res := c.Get("/office/export/" + list + "?format=" + format)
			if res.Status != http.StatusOK {
				t.Errorf("%s %s: %d", list, format, res.Status)
				continue
			}
			if rows := readSheet(t, res.Body); len(rows) == 0 || len(rows[0]) < 3 || strings.HasPrefix(rows[0][1], "export.") {
				t.Errorf("%s %s header: %q", list, format, rows)
			}
		}
	}
	if res := c.Get("/office/export/users?format=csv"); res.Status != http.StatusNotFound {
		t.Errorf("unknown list: %d", res.Status)
	}
	if res := c.Get("/office/export/candidates?format=pdf"); res.Status != http.StatusUnprocessableEntity {
		t.Errorf("unknown format: %d", res.Status)
	}
	if res := env.Client(t).Get("/office/export/candidates?format=csv"); res.Status == http.StatusOK {
		t.Error("exported without signing in")
	}
}
