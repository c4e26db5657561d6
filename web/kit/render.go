package kit

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
)

// Page is what every page view carries: the localizer, the signed-in
// person's name, field errors and a flash message. Views embed it.
type Page struct {
	L       *i18n.Localizer
	Title   string // message key
	Who     string // display name of the signed-in person, "" when anonymous
	IsAdmin bool
	Path    string
	Errors  domain.FieldErrors
	Flash   string // message key
	Query   url.Values
	names   *lazyNames
	// Sections are the optional parts of a surface's navigation that the
	// person may open (the Hiring Portal's invoices for the contacts its
	// client names); nil when the surface has none.
	Sections map[string]bool
}

// lazyNames reads the agency's translated names on the first name a page
// shows, once per page.
type lazyNames struct {
	once  sync.Once
	load  func() domain.Names
	names domain.Names
}

// Named is a configured record's name (kind as domain.NameKind: "phase",
// "source" …) in the page's language, else fallback, the record's own name.
func (p Page) Named(kind string, id domain.ID, fallback string) string {
	if p.names == nil {
		return fallback
	}
	p.names.once.Do(func() { p.names.names = p.names.load() })
	return p.names.names.Name(domain.NameKind(kind), id, p.Lang(), fallback)
}

// T translates a key in the page's language.
func (p Page) T(key string, data ...any) string {
	if p.L == nil {
		return key
	}
	return p.L.T(key, data...)
}

// Lang is the page's language.
func (p Page) Lang() string {
	if p.L == nil {
		return "en"
	}
	return p.L.Lang
}

// Err returns the message key of a field's error, "" when none.
func (p Page) Err(field string) string { return p.Errors[field] }

// Option is one choice of a select.
type Option struct {
	Value string
	Label string
}

// Templates renders named pages of one surface. Each page file is parsed
// together with the surface's shared files (layout, partials), once per
// language, so that the formatting functions (hours, money, day, when, num,
// colon) write the page's language without the templates passing it.
type Templates struct {
	pages map[string]map[string]*template.Template // lang -> name -> page
}

// Funcs available in every template, formatting as in English.
func Funcs() template.FuncMap { return FuncsFor(i18n.FormatFor("en")) }

// FuncsFor are the template functions of one language: date stays ISO
// (2006-01-02, what date inputs take); day, when, hours, money and num write
// the language's forms (i18n.Format).
func FuncsFor(f i18n.Format) template.FuncMap {
	return template.FuncMap{
		"day":  func(d domain.Date) string { return f.Date(d.Time()) },
		"when": func(t time.Time) string { return f.DateTime(t) },
		"num":  func(x float64, decimals int) string { return f.Number(x, decimals) },
		"days": func(first, last domain.Date) string { return f.DateRange(first.Time(), last.Time()) },
		"colon": func() template.HTML {
			return template.HTML(template.HTMLEscapeString(f.Colon())) //nolint:gosec // escaped just above
		},
		"field": func(p any, name, label string, value any) Field {
			return Field{Page: pageOf(p), Name: name, Label: label, Value: fmt.Sprint(value)}
		},
		"id": func(id domain.ID) string {
			if id == 0 {
				return ""
			}
			return strconv.FormatInt(id, 10)
		},
		"date":  func(d domain.Date) string { return d.String() },
		"hours": f.Hours,
		"money": f.Amount,
		"add":   func(a, b int) int { return a + b },
		// hasPrefix marks the navigation's current section.
		"hasPrefix": strings.HasPrefix,
		"dict": func(kv ...any) map[string]any {
			m := make(map[string]any, len(kv)/2)
			for i := 0; i+1 < len(kv); i += 2 {
				m[fmt.Sprint(kv[i])] = kv[i+1]
			}
			return m
		},
		"query": func(q url.Values, key, value string) string {
			c := url.Values{}
			for k, v := range q {
				c[k] = v
			}
			c.Set(key, value)
			return "?" + c.Encode()
		},
		"choices":   func(f Field, opts []Option) Field { f.Options = opts; return f },
		"payfields": payFields,
		"typed":     func(f Field, typ string) Field { f.Type = typ; return f },
		"selected":  func(a, b any) bool { return fmt.Sprint(a) == fmt.Sprint(b) },
		"preview": func(s string, n int) string {
			r := []rune(strings.Join(strings.Fields(s), " "))
			if len(r) <= n {
				return string(r)
			}
			return string(r[:n]) + "…"
		},
	}
}

// Field is the data of a form field partial: label key, name, value, error.
type Field struct {
	Page    Page
	Name    string
	Label   string
	Value   string
	Type    string
	Options []Option
}

func pageOf(p any) Page {
	switch v := p.(type) {
	case Page:
		return v
	case interface{ PageData() Page }:
		return v.PageData()
	}
	return Page{}
}

// PageData lets templates pass any view embedding Page to "field".
func (p Page) PageData() Page { return p }

// ParseTemplates parses every *.html in dir of fsys except the shared files
// as its own page, each with the shared files.
func ParseTemplates(fsys fs.FS, dir string, shared ...string) (*Templates, error) {
	files, err := fs.Glob(fsys, dir+"/*.html")
	if err != nil {
		return nil, fmt.Errorf("list templates: %w", err)
	}
	isShared := map[string]bool{}
	var sharedPaths []string
	for _, s := range shared {
		isShared[dir+"/"+s] = true
		sharedPaths = append(sharedPaths, dir+"/"+s)
	}
	t := newTemplates()
	for lang := range t.pages {
		funcs := FuncsFor(i18n.FormatFor(lang))
		for _, f := range files {
			if isShared[f] {
				continue
			}
			name := strings.TrimSuffix(f[len(dir)+1:], ".html")
			tmpl, err := template.New(name).Funcs(funcs).ParseFS(fsys, append(sharedPaths, f)...)
			if err != nil {
				return nil, fmt.Errorf("parse template %s: %w", f, err)
			}
			t.pages[lang][name] = tmpl
		}
	}
	return t, nil
}

// newTemplates has an empty set of pages per language.
func newTemplates() *Templates {
	t := &Templates{pages: map[string]map[string]*template.Template{}}
	for _, lang := range domain.Languages {
		t.pages[lang] = map[string]*template.Template{}
	}
	return t
}

// Render writes page name with the view; the page file defines "content"
// and the layout (shared) is executed as "layout".
func (t *Templates) Render(w http.ResponseWriter, status int, name string, view any) error {
	lang := "en"
	if v, ok := view.(interface{ Lang() string }); ok {
		lang = v.Lang()
	}
	pages, ok := t.pages[lang]
	if !ok {
		pages = t.pages["en"]
	}
	tmpl, ok := pages[name]
	if !ok {
		return fmt.Errorf("render: no template %q", name)
	}
	var buf bytes.Buffer
	if err := tmpl.ExecuteTemplate(&buf, "layout", view); err != nil {
		return fmt.Errorf("render %s: %w", name, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, err := buf.WriteTo(w)
	return err
}

// ParsePagesWithLayout parses every *.html in dir of pages as its own page,
// each together with the shared files of another file system: a package of
// pages used by several surfaces (sign-in, security) drawn in each
// surface's own layout.
func ParsePagesWithLayout(pages fs.FS, dir string, layout fs.FS, layoutDir string, shared ...string) (*Templates, error) {
	files, err := fs.Glob(pages, dir+"/*.html")
	if err != nil {
		return nil, fmt.Errorf("list templates: %w", err)
	}
	sharedPaths := make([]string, 0, len(shared))
	for _, s := range shared {
		sharedPaths = append(sharedPaths, layoutDir+"/"+s)
	}
	t := newTemplates()
	for lang := range t.pages {
		funcs := FuncsFor(i18n.FormatFor(lang))
		for _, f := range files {
			name := strings.TrimSuffix(f[len(dir)+1:], ".html")
			tmpl, err := template.New(name).Funcs(funcs).ParseFS(layout, sharedPaths...)
			if err != nil {
				return nil, fmt.Errorf("parse layout for %s: %w", f, err)
			}
			if tmpl, err = tmpl.ParseFS(pages, f); err != nil {
				return nil, fmt.Errorf("parse template %s: %w", f, err)
			}
			t.pages[lang][name] = tmpl
		}
	}
	return t, nil
}

// Format is the page's language's formats (numbers, amounts, dates).
func (p Page) Format() i18n.Format {
	if p.L == nil {
		return i18n.FormatFor("en")
	}
	return p.L.Format()
}

// Day writes a day in the page's language ("3 déc. 2026").
func (p Page) Day(d domain.Date) string { return p.Format().Date(d.Time()) }
