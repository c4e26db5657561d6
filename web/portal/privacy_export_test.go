package portal_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

var exportLink = regexp.MustCompile(`https?://\S+/portal/privacy/exports/[A-Za-z0-9]+`)

// F2, F4, C9: a recruiter releases an export; the candidate gets
// privacy_export_ready with a link, sees the export on /portal/privacy and
// downloads the ZIP there, signed in, audited. Another candidate, an unknown
// token and an expired link get 404.
func TestReleasedExportDownload_F2_F4_C9(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		rec := f.env.Recruiter(t)
		base := fmt.Sprintf("/office/candidates/%d/privacy", f.me.ID)
		for range 2 {
			if res := rec.Post(base+"/export", url.Values{}); res.Status != http.StatusSeeOther {
				t.Fatalf("export: %d", res.Status)
			}
		}
		exports, err := f.st.PrivacyExports(f.a.Ctx, f.me.ID)
		if err != nil || len(exports) != 2 {
			t.Fatalf("exports: %+v %v", exports, err)
		}
		lacks(t, f.client.Get("/portal/privacy"), `id="privacy-exports"`)
		if res := rec.Post(fmt.Sprintf("/office/privacy/exports/%d/release", exports[0].ID), url.Values{}); res.Status != http.StatusOK {
			t.Fatalf("release: %d", res.Status)
		}
		mails, _, _ := f.st.Mails(f.a.Ctx, 50, 0)
		var body string
		for _, m := range mails {
			if m.To == f.me.Email && exportLink.MatchString(m.Body) {
				body = m.Body
			}
		}
		link := exportLink.FindString(body)
		if link == "" {
			t.Fatalf("no privacy_export_ready mail with a link to the candidate: %+v", mails)
		}
		path := webtest.PathOf(t, link)

		want(t, f.client.Get("/portal/privacy"), http.StatusOK, `id="privacy-exports"`, exports[0].FileName)
		res := f.client.Get(path)
		if res.Status != http.StatusOK || res.Header.Get("Content-Type") != "application/zip" {
			t.Fatalf("download: %d %s", res.Status, res.Header.Get("Content-Type"))
		}
		zr, err := zip.NewReader(bytes.NewReader([]byte(res.Body)), int64(len(res.Body)))
		if err != nil || len(zr.File) == 0 || zr.File[0].Name != "data.json" {
			t.Fatalf("not the export's zip: %v", err)
		}
		entries, _, _ := f.st.AuditEntries(f.a.Ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: f.me.ID, Action: "download"})
		if len(entries) != 1 || entries[0].ActorKind != domain.AudiencePortal || !strings.Contains(entries[0].Detail, exports[0].FileName) {
			t.Fatalf("download not audited: %+v", entries)
		}

		// Unknown token; not signed in; another candidate with the link.
		want(t, f.client.Get("/portal/privacy/exports/NOSUCHTOKEN"), http.StatusNotFound)
		if res := f.env.Client(t).Get(path); res.Status == http.StatusOK {
			t.Fatal("the link works without signing in")
		}
		f.a.GiveCredentials(t, f.st, domain.AudiencePortal, f.other.ID)
		other := f.env.Client(t)
		other.MustSignIn("/portal", f.other.Email)
		want(t, other.Get(path), http.StatusNotFound)

		// An expired link: not found, and no longer listed.
		if err := f.st.ReleasePrivacyExport(f.a.Ctx, exports[1].ID, service.HashToken("EXPIREDTOKEN"), time.Now().Add(-time.Minute)); err != nil {
			t.Fatal(err)
		}
		want(t, f.client.Get("/portal/privacy/exports/EXPIREDTOKEN"), http.StatusNotFound)
		if page := f.client.Get("/portal/privacy"); strings.Count(page.Body, "<tr><td>data-export-") != 1 {
			t.Fatal("the expired export is listed")
		}
	})
}
