package portal_test

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// C3: an uploaded CV becomes an attachment of type CV on the candidate; an
// earlier CV stays; the back office lists both.
func TestCVUpload_C3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		want(t, f.client.Get("/portal/cv"), http.StatusOK, `<label for="f-file">`, "at most 20 MB")
		seeOther(t, upload(t, f.client, "/portal/cv", "cv-2025.pdf", pdf, nil))
		seeOther(t, upload(t, f.client, "/portal/cv", `C:\Users\demi\cv 2026.pdf`, pdf, nil))
		atts, err := f.st.Attachments(f.a.Ctx, domain.SubjectCandidate, f.me.ID)
		if err != nil || len(atts) != 2 {
			t.Fatalf("attachments: %+v %v", atts, err)
		}
		for _, a := range atts {
			if a.TypeID != f.cv.ID || a.ContentType != "application/pdf" {
				t.Fatalf("CV stored as %+v", a)
			}
		}
		if atts[0].FileName != "cv 2026.pdf" {
			t.Fatalf("name not cleaned: %q", atts[0].FileName)
		}
		want(t, f.client.Get("/portal/cv"), http.StatusOK, "cv-2025.pdf", "cv 2026.pdf")
		want(t, f.env.Recruiter(t).Get(fmt.Sprintf("/office/candidates/%d", f.me.ID)), http.StatusOK, "cv-2025.pdf", "cv 2026.pdf")
	})
}

// C4: the candidate lists, downloads and uploads only its own attachments
// of types visible for the Professional Portal; invisible types and other
// candidates' files are not found by any id; uploads are checked for size,
// content and name.
func TestDocuments_C4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		mine := f.attach(t, domain.SubjectCandidate, f.me.ID, f.visible, "diploma.txt", "my diploma")
		hidden := f.attach(t, domain.SubjectCandidate, f.me.ID, f.invisible, "contract.txt", "salary secrets")
		theirs := f.attach(t, domain.SubjectCandidate, f.other.ID, f.visible, "their.txt", "not yours")
		company := domain.Company{OwnerID: f.a.Recruiter.ID, Kind: domain.CompanyClient, Name: "Client BV"}
		if err := f.st.CreateCompany(f.a.Ctx, &company); err != nil {
			t.Fatal(err)
		}
		onCompany := f.attach(t, domain.SubjectCompany, company.ID, f.visible, "company.txt", "company file")

		res := f.client.Get("/portal/documents")
		want(t, res, http.StatusOK, "diploma.txt", `<label for="f-type_id">`, `<label for="f-file">`, "Certificate")
		lacks(t, res, "contract.txt", "their.txt", "company.txt", ">Contract<")

		res = f.client.Get(fmt.Sprintf("/portal/attachments/%d", mine.ID))
		want(t, res, http.StatusOK, "my diploma")
		if d := res.Header.Get("Content-Disposition"); !strings.HasPrefix(d, "attachment;") || !strings.Contains(d, "diploma.txt") {
			t.Fatalf("disposition %q", d)
		}
		if res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Fatal("download without nosniff")
		}
		for _, id := range []domain.ID{hidden.ID, theirs.ID, onCompany.ID, 999999} {
			res := f.client.Get(fmt.Sprintf("/portal/attachments/%d", id))
			want(t, res, http.StatusNotFound)
			lacks(t, res, "salary secrets", "not yours", "company file")
		}
		want(t, f.client.Get("/portal/attachments/abc"), http.StatusNotFound)

		// Upload of a visible type.
		seeOther(t, upload(t, f.client, "/portal/documents", "../../etc/permit.pdf", pdf, url.Values{"type_id": {fmt.Sprint(f.visible.ID)}}))
		atts, _ := f.st.Attachments(f.a.Ctx, domain.SubjectCandidate, f.me.ID)
		if len(atts) != 3 || atts[0].FileName != "permit.pdf" || atts[0].TypeID != f.visible.ID || atts[0].UploadedBy != "Demi Demo" {
			t.Fatalf("upload: %+v", atts)
		}
		want(t, f.env.Recruiter(t).Get(fmt.Sprintf("/office/candidates/%d", f.me.ID)), http.StatusOK, "permit.pdf")

		// Refusals: an invisible type, no type, an executable named .pdf, a
		// file over 20 MB, an empty file. Each has its message; none is stored.
		exe := append([]byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"), bytes.Repeat([]byte{0}, 200)...)
		for _, tc := range []struct {
			name    string
			typeID  domain.ID
			file    string
			content []byte
			status  int
			msg     string
		}{
			{"invisible type", f.invisible.ID, "a.pdf", pdf, http.StatusUnprocessableEntity, `id="e-type_id"`},
			{"cv type not visible", f.cv.ID, "a.pdf", pdf, http.StatusUnprocessableEntity, `id="e-type_id"`},
			{"executable renamed", f.visible.ID, "invoice.pdf", exe, http.StatusUnsupportedMediaType, "This kind of file is not accepted"},
			{"too big", f.visible.ID, "big.pdf", append(append([]byte{}, pdf...), make([]byte, 20<<20+1)...), http.StatusRequestEntityTooLarge, "This file is too big: at most 20 MB."},
			{"empty", f.visible.ID, "empty.pdf", nil, http.StatusUnprocessableEntity, "This file is empty."},
		} {
			t.Run(tc.name, func(t *testing.T) {
				res := upload(t, f.client, "/portal/documents", tc.file, tc.content, url.Values{"type_id": {fmt.Sprint(tc.typeID)}})
				want(t, res, tc.status, tc.msg, `<h1>My documents</h1>`)
			})
		}
		if atts, _ := f.st.Attachments(f.a.Ctx, domain.SubjectCandidate, f.me.ID); len(atts) != 3 {
			t.Fatalf("a refused upload was stored: %d attachments", len(atts))
		}
	})
}

// C5: the recruiter tab shows the owner's name, e-mail and phone.
func TestRecruiterTab_C5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		if _, err := db.Raw().Exec(`UPDATE users SET phone = '030 123 4567' WHERE id = $1`, f.a.Recruiter.ID); err != nil {
			t.Fatal(err)
		}
		want(t, f.client.Get("/portal/recruiter"), http.StatusOK, f.a.Recruiter.Name, f.a.Recruiter.Email, "030 123 4567")
	})
}

// C4: the upload limit is configurable; the message names the agency's limit.
func TestUploadLimitConfigured_C4(t *testing.T) {
	p := newDemoPortal(t, storetest.SQLite(t), 20, app.Config{UploadMaxBytes: 1 << 20})
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	s := p.signIns["portal"]
	res, err := c.PostForm(p.url+"/portal/signin", url.Values{"email": {s.Email}, "password": {s.Password}})
	if err != nil || res.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign in: %v %v", res, err)
	}
	res.Body.Close()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	part, _ := w.CreateFormFile("file", "big.pdf")
	_, _ = part.Write(append(append([]byte{}, pdf...), make([]byte, 1<<20)...))
	_ = w.Close()
	res, err = c.Post(p.url+"/portal/cv", w.FormDataContentType(), &body)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	page, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(page), "at most 1 MB") {
		t.Fatalf("1 MB limit: %d\n%s", res.StatusCode, snippet(string(page)))
	}
}
