package web_test

import (
	"html"
	"net/http"
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// keyLooks reports the words of text that look like message keys: a word
// that is a key of the catalogs, or one whose first part names a catalog
// area ("timesheet.") and that has a second dot or an underscore
// ("timesheet.status.sent", "email_template.key.privacy_export_ready").
// File names ("cv.txt") and host names pass.
type keyLooks struct {
	keys  map[string]bool
	areas map[string]bool
}

func newKeyLooks(b *i18n.Bundle) keyLooks {
	k := keyLooks{keys: map[string]bool{}, areas: map[string]bool{}}
	for _, key := range b.Keys("en") {
		k.keys[key] = true
		if area, _, ok := strings.Cut(key, "."); ok {
			k.areas[area] = true
		}
	}
	return k
}

func (k keyLooks) find(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !(r == '.' || r == '_' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '@' || r == '/' || r == '-')
	}) {
		w = strings.Trim(w, ".")
		if strings.ContainsAny(w, "@/-") || !strings.Contains(w, ".") {
			continue
		}
		area, rest, _ := strings.Cut(w, ".")
		if k.keys[w] || k.areas[area] && (strings.Contains(rest, ".") || strings.Contains(w, "_")) {
			out = append(out, w)
		}
	}
	return out
}

// visibleText is the text a person reads or hears on a page: text nodes
// outside script, style and code (API names such as the webhook events
// "match.approved" are shown as code on purpose), and the labels of
// attributes read aloud.
func visibleText(body string) string {
	var sb strings.Builder
	z := xhtml.NewTokenizer(strings.NewReader(body))
	skip := 0
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return sb.String()
		case xhtml.TextToken:
			if skip == 0 {
				sb.Write(z.Text())
				sb.WriteByte('\n')
			}
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if skipped(string(name)) {
				skip++
			}
			for hasAttr {
				var key, val []byte
				key, val, hasAttr = z.TagAttr()
				switch string(key) {
				case "title", "aria-label", "placeholder", "alt":
					sb.Write(val)
					sb.WriteByte('\n')
				}
			}
		case xhtml.EndTagToken:
			if name, _ := z.TagName(); skipped(string(name)) && skip > 0 {
				skip--
			}
		}
	}
}

func skipped(tag string) bool { return tag == "script" || tag == "style" || tag == "code" }

// Issue 15: every GET page of the route tables, drawn for its own audience
// in each of the four languages, shows no message key in place of text
// (the Hiring Portal's status filter and the e-mail template names once
// did). The routes come from the tables, so a new page is covered by
// construction; a page that fails to render is a failure too.
func TestNoRawMessageKeys(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		fix := newAccessFixture(t, env)
		ctx := env.Acme.Ctx
		looks := newKeyLooks(env.App().Bundle)

		// The fixture's own candidate and contact see the fixture's records.
		cand, err := env.Store.Candidate(ctx, fix["candidates"])
		if err != nil {
			t.Fatal(err)
		}
		env.Acme.GiveCredentials(t, env.Store, domain.AudiencePortal, cand.ID)
		contact, err := env.Store.Contact(ctx, fix["contacts"])
		if err != nil {
			t.Fatal(err)
		}
		contact.GroupIDs = append(contact.GroupIDs, env.Acme.PortalGroup(t, env.Store).ID)
		if err := env.Store.UpdateContact(ctx, &contact); err != nil {
			t.Fatal(err)
		}
		env.Acme.GiveCredentials(t, env.Store, domain.AudienceHiring, contact.ID)
		clients := map[string]*webtest.Client{"/office": env.AdminClient(t), "/jobs": env.Client(t)}
		clients["/portal"] = env.Client(t)
		clients["/portal"].MustSignIn("/portal", cand.Email)
		clients["/hiring"] = env.Client(t)
		clients["/hiring"].MustSignIn("/hiring", contact.Email)
		anonymous := env.Client(t)

		pages := 0
		for _, lang := range []string{"nl", "en", "de", "fr"} {
			if err := env.Store.SetUserLanguage(ctx, env.Acme.Admin.ID, lang); err != nil {
				t.Fatal(err)
			}
			cand.Language = lang
			if err := env.Store.UpdateCandidate(ctx, &cand); err != nil {
				t.Fatal(err)
			}
			contact.Language = lang
			if err := env.Store.UpdateContact(ctx, &contact); err != nil {
				t.Fatal(err)
			}
			for _, rt := range env.AllRoutes() {
				method, path, _ := fix.path(t, rt.Pattern)
				if method != http.MethodGet || strings.HasSuffix(path, "/signout") {
					continue
				}
				c := clients[rt.Surface]
				if rt.Public {
					c = anonymous
				}
				res := c.GetWithHeader(path, "Accept-Language", lang)
				if res.Status >= 500 {
					t.Errorf("%s GET %s: %d", lang, path, res.Status)
					continue
				}
				if !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
					continue
				}
				pages++
				if found := looks.find(visibleText(res.Body)); len(found) > 0 {
					t.Errorf("%s GET %s (%d) shows message keys: %v", lang, path, res.Status, found)
				}
			}
			// Issue 15: unknown addresses and /privacy speak the person's
			// language in the surface's layout (not Go's bare 404).
			notFound := html.EscapeString(env.App().Bundle.For(lang).T("error.not_found"))
			for _, p := range []struct{ who, path, layout string }{
				{"/office", "/office/no-such-page", `href="/office/`},
				{"/portal", "/portal/no-such-page", `href="/portal/`},
				{"/portal", "/portal/timesheets/x/y/z/w", `href="/portal/`},
				{"/hiring", "/hiring/no-such-page", `href="/hiring/`},
				{"/jobs", "/jobs/no/such/page", `href="/jobs`},
				{"", "/portal/no-such-page", `href="/portal/`},
				{"", "/no-such-page", `href="/privacy"`},
			} {
				c := anonymous
				if p.who != "" {
					c = clients[p.who]
				}
				res := c.GetWithHeader(p.path, "Accept-Language", lang)
				if res.Status != http.StatusNotFound || !strings.Contains(res.Body, `<html lang="`+lang+`"`) ||
					!strings.Contains(res.Body, notFound) || !strings.Contains(res.Body, p.layout) {
					t.Errorf("%s GET %s as %q: %d, want the surface's 404 page in %s:\n%s", lang, p.path, p.who, res.Status, lang, res.Body)
				}
			}
			// /privacy speaks the language of the signed-in person, whatever
			// the browser asks for.
			title := html.EscapeString(env.App().Bundle.For(lang).T("privacy.title"))
			for _, who := range []string{"/office", "/portal", "/hiring"} {
				res := clients[who].GetWithHeader("/privacy", "Accept-Language", "en;q=0.1")
				if res.Status != http.StatusOK || !strings.Contains(res.Body, `<html lang="`+lang+`"`) || !strings.Contains(res.Body, title) {
					t.Errorf("%s /privacy as %s: %d, not in the person's language", lang, who, res.Status)
				}
			}
		}
		if pages < 4*100 {
			t.Errorf("only %d pages looked at", pages)
		}
	})
}

// The key finder itself: keys and would-be keys are found, file and host
// names and prose are not.
func TestKeyLooks(t *testing.T) {
	b, err := i18n.Load()
	if err != nil {
		t.Fatal(err)
	}
	k := newKeyLooks(b)
	for _, text := range []string{"Status: timesheet.status.sent", "email_template.key.privacy_export_ready", "hiring.name"} {
		if len(k.find(text)) == 0 {
			t.Errorf("%q: no key found", text)
		}
	}
	for _, text := range []string{"cv.txt and export.zip", "hooks.example.com", "rosa.records@example.test", "Wait. Then go.", "37.50"} {
		if f := k.find(text); len(f) > 0 {
			t.Errorf("%q: found %v", text, f)
		}
	}
}
