package office_test

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// upload posts one file with an attachment type to path.
func upload(t *testing.T, c *webtest.Client, path string, typeID domain.ID, name string, content []byte) webtest.Response {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	if err := mw.WriteField("type_id", id(typeID)); err != nil {
		t.Fatal(err)
	}
	fw, err := mw.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(content)
	mw.Close()
	return c.PostMultipart(path, mw.FormDataContentType(), &body)
}

func attachmentType(t *testing.T, env *webtest.Env, name string) domain.AttachmentType {
	t.Helper()
	at := domain.AttachmentType{Name: name}
	if err := env.Store.SaveAttachmentType(env.Acme.Ctx, &at); err != nil {
		t.Fatal(err)
	}
	return at
}

// A1, B5: a recruiter uploads a file on a candidate and downloads the same
// bytes as a download; an executable named .pdf and a file over 20 MB are
// refused with a message; another agency gets 404.
func TestAttachmentUploadDownload_A1(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		c := env.Recruiter(t)
		cand := env.Acme.Candidate(t, env.Store, "Sanne", "Bakker")
		typ := attachmentType(t, env, "Contract")
		base := "/office/candidates/" + id(cand.ID)
		content := append([]byte("%PDF-1.7\n"), bytes.Repeat([]byte{0, 1, 2, 255, '\r', '\n'}, 5000)...)

		res := upload(t, c, base+"/attachments", typ.ID, `..\evil"name.pdf`, content)
		if res.Status != http.StatusSeeOther {
			t.Fatalf("upload: %d\n%s", res.Status, res.Body)
		}
		list, err := env.Store.Attachments(env.Acme.Ctx, domain.SubjectCandidate, cand.ID)
		if err != nil || len(list) != 1 {
			t.Fatalf("stored %+v, %v", list, err)
		}
		att := list[0]
		if att.ContentType != "application/pdf" || strings.ContainsAny(att.FileName, `\"/`) || att.UploadedBy != env.Acme.Recruiter.Name {
			t.Errorf("metadata %+v", att)
		}
		page := c.Get(base)
		if !strings.Contains(page.Body, "/office/attachments/"+id(att.ID)) || !strings.Contains(page.Body, `id="activity"`) {
			t.Errorf("candidate page does not list the attachment")
		}
		dl := c.Get("/office/attachments/" + id(att.ID))
		if dl.Status != http.StatusOK || dl.Body != string(content) {
			t.Fatalf("download: %d, %d bytes, want %d", dl.Status, len(dl.Body), len(content))
		}
		if cd := dl.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment;") || !strings.Contains(cd, "evil_name.pdf") {
			t.Errorf("Content-Disposition %q", cd)
		}
		if dl.Header.Get("X-Content-Type-Options") != "nosniff" || dl.Header.Get("Content-Type") != "application/pdf" {
			t.Errorf("headers %v", dl.Header)
		}

		exe := append([]byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"), bytes.Repeat([]byte{0x90}, 2000)...)
		res = upload(t, c, base+"/attachments", typ.ID, "invoice.pdf", exe)
		if res.Status != http.StatusUnsupportedMediaType || !strings.Contains(res.Body, `id="e-file"`) ||
			!strings.Contains(res.Body, "This kind of file is not accepted") {
			t.Errorf("executable as .pdf: %d\n%s", res.Status, res.Body)
		}
		zip := []byte("PK\x03\x04" + strings.Repeat("z", 100))
		if res = upload(t, c, base+"/attachments", typ.ID, "archive.zip", zip); res.Status != http.StatusUnsupportedMediaType {
			t.Errorf("plain zip accepted: %d", res.Status)
		}
		if res = upload(t, c, base+"/attachments", typ.ID, "letter.docx", zip); res.Status != http.StatusSeeOther {
			t.Errorf("docx refused: %d", res.Status)
		}
		for _, size := range []int{20<<20 + 1000, 22 << 20} {
			big := append([]byte("%PDF-1.7\n"), make([]byte, size)...)
			res = upload(t, c, base+"/attachments", typ.ID, "big.pdf", big)
			if res.Status != http.StatusRequestEntityTooLarge || !strings.Contains(res.Body, "larger than 20 MB") {
				t.Errorf("%d bytes: status %d", size, res.Status)
			}
		}
		if res = upload(t, c, base+"/attachments", 999999, "x.txt", []byte("hello")); res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-type_id"`) {
			t.Errorf("unknown type: %d", res.Status)
		}
		if list, _ := env.Store.Attachments(env.Acme.Ctx, domain.SubjectCandidate, cand.ID); len(list) != 2 {
			t.Errorf("refused uploads were stored: %d attachments", len(list))
		}

		// B5: the other agency can neither download, delete nor upload.
		other := env.OtherRecruiter(t)
		if res = other.Get("/office/attachments/" + id(att.ID)); res.Status != http.StatusNotFound || strings.Contains(res.Body, "%PDF") {
			t.Errorf("other agency download: %d", res.Status)
		}
		if res = other.Post("/office/attachments/"+id(att.ID)+"/delete", nil); res.Status != http.StatusNotFound {
			t.Errorf("other agency delete: %d", res.Status)
		}
		if res = upload(t, other, base+"/attachments", typ.ID, "a.txt", []byte("x")); res.Status != http.StatusNotFound {
			t.Errorf("other agency upload: %d", res.Status)
		}
		if res = c.Post("/office/attachments/"+id(att.ID)+"/delete", nil); res.Status != http.StatusSeeOther {
			t.Fatalf("delete: %d", res.Status)
		}
		if res = c.Get("/office/attachments/" + id(att.ID)); res.Status != http.StatusNotFound {
			t.Errorf("deleted attachment still served: %d", res.Status)
		}
	})
}
