package office_test

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// uploadImport posts a file to the import form.
func uploadImport(t *testing.T, c *webtest.Client, kind, name string, content []byte) webtest.Response {
	t.Helper()
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	_ = w.WriteField("kind", kind)
	f, err := w.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = f.Write(content)
	_ = w.Close()
	return c.PostMultipart("/office/imports", w.FormDataContentType(), &b)
}

// Issue 16 item 8 over HTTP: an admin uploads, maps, checks and runs an
// import; a bad mapping is refused with the field named and saves
// nothing; a bad file is refused on the form; a recruiter who is no admin
// and the other agency's people cannot see or run it.
func TestImportPages_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		admin := env.AdminClient(t)
		if res := uploadImport(t, admin, "candidates", "bad.csv", []byte("voornaam\x00")); res.Status != http.StatusUnprocessableEntity ||
			!strings.Contains(res.Body, `id="e-file"`) {
			t.Fatalf("bad file: %d", res.Status)
		}
		res := uploadImport(t, admin, "candidates", "k.csv", []byte("Nummer,Voornaam,Achternaam,Stad\nK-1,Anna,Smit,Utrecht\nK-2,Bram,Jansen,Delft\n"))
		if res.Status != http.StatusSeeOther || !strings.HasPrefix(res.Location, "/office/imports/") {
			t.Fatalf("upload: %d %s", res.Status, res.Location)
		}
		page := res.Location
		if got := admin.Get(page); got.Status != http.StatusOK || !strings.Contains(got.Body, "Bram") || !strings.Contains(got.Body, `id="import-mapping"`) {
			t.Fatalf("mapping page: %d", got.Status)
		}
		// Two columns for one field: refused, nothing saved.
		bad := url.Values{"column_0": {"external_id"}, "column_1": {"first_name"}, "column_2": {"first_name"}, "column_3": {"city"}}
		if got := admin.Post(page+"/mapping", bad); got.Status != http.StatusUnprocessableEntity || !strings.Contains(got.Body, `id="mapping-problem"`) {
			t.Fatalf("bad mapping: %d", got.Status)
		}
		id := domain.ID(0)
		for _, im := range must1(env.Store.Imports(env.Acme.Ctx, 10)) {
			id = im.ID
			if im.Mapping[2] != "last_name" {
				t.Errorf("a refused mapping was saved: %q", im.Mapping)
			}
		}
		for who, c := range map[string]*webtest.Client{"recruiter": env.Recruiter(t), "other agency": env.OtherRecruiter(t)} {
			for _, p := range []string{page} {
				if got := c.Get(p); got.Status == http.StatusOK {
					t.Errorf("%s sees %s", who, p)
				}
			}
			if got := c.Post(page+"/run", url.Values{}); got.Status == http.StatusSeeOther {
				t.Errorf("%s ran the import", who)
			}
		}
		if im, _ := env.Store.Import(env.Acme.Ctx, id); im.Status != domain.ImportNew {
			t.Fatalf("the import was touched: %+v", im)
		}
		good := url.Values{"column_0": {"external_id"}, "column_1": {"first_name"}, "column_2": {"last_name"}, "column_3": {"city"}}
		for _, step := range []string{"/mapping", "/check"} {
			if got := admin.Post(page+step, good); got.Status != http.StatusSeeOther {
				t.Fatalf("%s: %d", step, got.Status)
			}
		}
		if got := admin.Get(page); !strings.Contains(got.Body, `data-created="2"`) {
			t.Errorf("dry run counts not shown")
		}
		if got := admin.Post(page+"/run", url.Values{}); got.Status != http.StatusSeeOther {
			t.Fatalf("run: %d", got.Status)
		}
		if got := admin.Post(page+"/run", url.Values{}); got.Status != http.StatusConflict && got.Status != http.StatusUnprocessableEntity {
			t.Errorf("a second run: %d", got.Status)
		}
	})
}

func must1[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
