package web_test

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// pageForm is a form a page shows: where it posts and what a browser sends
// when it is submitted as drawn.
type pageForm struct {
	Action    string
	Multipart bool
	Fields    url.Values // text fields, checked boxes, the submit button's name
	Files     []string   // names of file fields
}

// formsOf reads the POST forms of a page.
func formsOf(page string) []pageForm {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return nil
	}
	var out []pageForm
	var walk func(n *html.Node, f *pageForm)
	walk = func(n *html.Node, f *pageForm) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "form":
				method, _ := attr(n, "method")
				action, _ := attr(n, "action")
				enctype, _ := attr(n, "enctype")
				if strings.EqualFold(method, "post") {
					nf := pageForm{Action: action, Multipart: enctype == "multipart/form-data", Fields: url.Values{}}
					for c := n.FirstChild; c != nil; c = c.NextSibling {
						walk(c, &nf)
					}
					out = append(out, nf)
					return
				}
			case "input", "button", "textarea", "select":
				if f != nil {
					addField(n, f)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, f)
		}
	}
	walk(doc, nil)
	return out
}

// addField adds what a browser would send for field n.
func addField(n *html.Node, f *pageForm) {
	name, ok := attr(n, "name")
	if !ok || name == "" {
		return
	}
	value, _ := attr(n, "value")
	switch n.Data {
	case "textarea":
		f.Fields.Add(name, text(n))
	case "select":
		f.Fields.Add(name, selected(n))
	case "button":
		f.Fields.Set(name, value)
	default:
		typ, _ := attr(n, "type")
		switch typ {
		case "file":
			f.Files = append(f.Files, name)
		case "checkbox", "radio":
			if _, on := attr(n, "checked"); on {
				f.Fields.Add(name, value)
			}
		case "submit":
			f.Fields.Set(name, value)
		default:
			f.Fields.Add(name, value)
		}
	}
}

// selected is the value a select sends: its selected option, else its first.
func selected(n *html.Node) string {
	first, found := "", false
	var walk func(*html.Node) (string, bool)
	walk = func(n *html.Node) (string, bool) {
		if n.Type == html.ElementNode && n.Data == "option" {
			v, ok := attr(n, "value")
			if !ok {
				v = text(n)
			}
			if !found {
				first, found = v, true
			}
			if _, on := attr(n, "selected"); on {
				return v, true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if v, ok := walk(c); ok {
				return v, true
			}
		}
		return "", false
	}
	if v, ok := walk(n); ok {
		return v
	}
	return first
}
