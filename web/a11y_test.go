package web_test

import (
	"net/http"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// G4: every page of every surface, as its own audience, passes the checks a
// machine can make of WCAG 2.2: a page language, one h1, a viewport for
// phones, a label for every form field, text for every link, button and
// image. The pages come from the route tables, so new pages are checked too.
func TestAccessibilityBasics_G4(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	fix := newAccessFixture(t, env)
	clients := accessClients(t, env)
	clients["admin"] = env.AdminClient(t)
	checked := 0
	for _, rt := range env.AllRoutes() {
		method, path, _ := fix.path(t, rt.Pattern)
		if method != http.MethodGet {
			continue
		}
		c := clients["anonymous"]
		if !rt.Public {
			c = clients[clients.own(rt.Surface)]
			if rt.Surface == "/office" {
				c = clients["admin"]
			}
		}
		res := c.Get(path)
		if res.Status != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
			continue
		}
		checked++
		for _, problem := range a11yProblems(res.Body) {
			t.Errorf("%s: %s", path, problem)
		}
	}
	t.Logf("%d pages checked", checked)
	if checked < 40 {
		t.Fatalf("only %d pages checked", checked)
	}
}

func attr(n *html.Node, name string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val, true
		}
	}
	return "", false
}

func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && n.Data == "img" {
			alt, _ := attr(n, "alt")
			b.WriteString(alt)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.TrimSpace(b.String())
}

func a11yProblems(page string) []string {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return []string{"does not parse: " + err.Error()}
	}
	var problems []string
	labelFor := map[string]bool{}
	var fields []*html.Node
	h1s := 0
	viewport := false
	var walk func(n *html.Node, inLabel bool)
	walk = func(n *html.Node, inLabel bool) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "html":
				if lang, _ := attr(n, "lang"); lang == "" {
					problems = append(problems, "html has no lang")
				}
			case "h1":
				h1s++
			case "meta":
				if name, _ := attr(n, "name"); name == "viewport" {
					viewport = true
				}
			case "label":
				if f, ok := attr(n, "for"); ok {
					labelFor[f] = true
				}
				inLabel = true
			case "input", "select", "textarea":
				typ, _ := attr(n, "type")
				_, hidden := attr(n, "hidden")
				if !hidden && typ != "hidden" && typ != "submit" && typ != "button" && !inLabel {
					fields = append(fields, n)
				}
			case "a":
				if _, ok := attr(n, "href"); ok && text(n) == "" {
					if l, _ := attr(n, "aria-label"); l == "" {
						problems = append(problems, "a link without text")
					}
				}
			case "button":
				if text(n) == "" {
					if l, _ := attr(n, "aria-label"); l == "" {
						problems = append(problems, "a button without text")
					}
				}
			case "img":
				if _, ok := attr(n, "alt"); !ok {
					problems = append(problems, "an image without alt")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLabel)
		}
	}
	walk(doc, false)
	for _, f := range fields {
		id, _ := attr(f, "id")
		aria, _ := attr(f, "aria-label")
		labelledby, _ := attr(f, "aria-labelledby")
		if (id == "" || !labelFor[id]) && aria == "" && labelledby == "" {
			name, _ := attr(f, "name")
			problems = append(problems, "form field "+f.Data+" name="+name+" has no label")
		}
	}
	if h1s != 1 {
		problems = append(problems, "has "+strings.Repeat("I", h1s)+" h1 elements, want exactly one")
	}
	if !viewport {
		problems = append(problems, "no viewport meta for phones")
	}
	return problems
}
