package portal_test

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// fixture is a running application with a signed-in candidate of Acme, a
// second candidate of Acme with its own records, and the attachment types a
// portal needs: CV, one visible for the portal and one that is not.
type fixture struct {
	env       *webtest.Env
	st        *store.Store
	a         webtest.Agency
	me        domain.Candidate
	client    *webtest.Client
	other     domain.Candidate
	cv        domain.AttachmentType
	visible   domain.AttachmentType
	invisible domain.AttachmentType
}

func newFixture(t *testing.T, db *store.DB) *fixture {
	t.Helper()
	env := webtest.New(t, db)
	f := &fixture{env: env, st: env.Store, a: env.Acme}
	f.me = f.a.Candidate(t, f.st, "Demi", "Demo")
	f.other = f.a.Candidate(t, f.st, "Otto", "Other")
	f.cv = f.attachmentType(t, "CV", domain.TypeCodeCV, false)
	f.visible = f.attachmentType(t, "Certificate", "", true)
	f.invisible = f.attachmentType(t, "Contract", "", false)
	f.a.GiveCredentials(t, f.st, domain.AudiencePortal, f.me.ID)
	f.client = env.Client(t)
	f.client.MustSignIn("/portal", f.me.Email)
	return f
}

func (f *fixture) attachmentType(t *testing.T, name string, code domain.AttachmentTypeCode, visible bool) domain.AttachmentType {
	t.Helper()
	at := domain.AttachmentType{Name: name, Code: code, VisibleProfessional: visible}
	if err := f.st.SaveAttachmentType(f.a.Ctx, &at); err != nil {
		t.Fatal(err)
	}
	return at
}

// attach stores a file on a record directly, as a recruiter would.
func (f *fixture) attach(t *testing.T, kind domain.SubjectKind, id domain.ID, typ domain.AttachmentType, name, content string) domain.Attachment {
	t.Helper()
	at := domain.Attachment{SubjectKind: kind, SubjectID: id, TypeID: typ.ID, FileName: name, ContentType: "text/plain; charset=utf-8"}
	if err := f.st.CreateAttachment(f.a.Ctx, &at, []byte(content)); err != nil {
		t.Fatal(err)
	}
	return at
}

// settings changes Acme's settings.
func (f *fixture) settings(t *testing.T, change func(*domain.Settings)) {
	t.Helper()
	set, err := f.st.Settings(f.a.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	change(&set)
	if err := f.st.SaveSettings(f.a.Ctx, set); err != nil {
		t.Fatal(err)
	}
}

func (f *fixture) candidate(t *testing.T) domain.Candidate {
	t.Helper()
	c, err := f.st.Candidate(f.a.Ctx, f.me.ID)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// upload posts a multipart form with a file and fields.
func upload(t *testing.T, c *webtest.Client, path, name string, content []byte, fields url.Values) webtest.Response {
	t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for k, vs := range fields {
		for _, v := range vs {
			_ = w.WriteField(k, v)
		}
	}
	part, err := w.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = part.Write(content)
	_ = w.Close()
	return c.PostMultipart(path, w.FormDataContentType(), &body)
}

func want(t *testing.T, res webtest.Response, status int, contains ...string) {
	t.Helper()
	if res.Status != status {
		t.Fatalf("status %d, want %d; location %q\n%s", res.Status, status, res.Location, snippet(res.Body))
	}
	for _, s := range contains {
		if !strings.Contains(res.Body, s) {
			t.Fatalf("answer lacks %q:\n%s", s, snippet(res.Body))
		}
	}
}

func lacks(t *testing.T, res webtest.Response, parts ...string) {
	t.Helper()
	for _, s := range parts {
		if strings.Contains(res.Body, s) {
			t.Fatalf("answer has %q:\n%s", s, snippet(res.Body))
		}
	}
}

func snippet(s string) string {
	if i := strings.Index(s, `<main id="main">`); i >= 0 {
		s = s[i:]
	}
	if len(s) > 3000 {
		s = s[:3000]
	}
	return s
}

var pdf = []byte("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n")

func seeOther(t *testing.T, res webtest.Response) {
	t.Helper()
	if res.Status != http.StatusSeeOther {
		t.Fatalf("status %d, want 303\n%s", res.Status, snippet(res.Body))
	}
}
