// Package i18n holds the message catalogs of the four languages and looks up
// messages by key. Catalog files are named <area>.<lang>.json.
package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

//go:embed locales/*.json
var locales embed.FS

// Bundle is the loaded catalogs.
type Bundle struct {
	b    *goi18n.Bundle
	keys map[string]map[string]bool // lang -> key -> present
}

// Load reads every embedded catalog.
func Load() (*Bundle, error) {
	b := goi18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("json", json.Unmarshal)
	keys := map[string]map[string]bool{}
	files, err := fs.Glob(locales, "locales/*.json")
	if err != nil {
		return nil, fmt.Errorf("list catalogs: %w", err)
	}
	for _, f := range files {
		data, err := locales.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read catalog %s: %w", f, err)
		}
		mf, err := b.ParseMessageFileBytes(data, f)
		if err != nil {
			return nil, fmt.Errorf("parse catalog %s: %w", f, err)
		}
		lang := langOf(f)
		if keys[lang] == nil {
			keys[lang] = map[string]bool{}
		}
		for _, m := range mf.Messages {
			keys[lang][m.ID] = true
		}
	}
	return &Bundle{b: b, keys: keys}, nil
}

func langOf(file string) string {
	base := strings.TrimSuffix(path.Base(file), ".json")
	return base[strings.LastIndexByte(base, '.')+1:]
}

// Keys returns the sorted keys of a language's catalogs.
func (b *Bundle) Keys(lang string) []string {
	out := make([]string, 0, len(b.keys[lang]))
	for k := range b.keys[lang] {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Has reports whether lang's catalogs hold key.
func (b *Bundle) Has(lang, key string) bool { return b.keys[lang][key] }

// Localizer translates into one language.
type Localizer struct {
	Lang string
	l    *goi18n.Localizer
}

// For returns a localizer for the first supported of langs, falling back to English.
func (b *Bundle) For(langs ...string) *Localizer {
	lang := "en"
	for _, l := range langs {
		l = strings.ToLower(strings.TrimSpace(l))
		if len(l) > 2 {
			l = l[:2]
		}
		if _, ok := b.keys[l]; ok && l != "" {
			lang = l
			break
		}
	}
	return &Localizer{Lang: lang, l: goi18n.NewLocalizer(b.b, lang)}
}

// T translates key; data (optional) fills {{.Name}} placeholders. A missing
// key shows as the key itself, which the catalog test prevents.
func (l *Localizer) T(key string, data ...any) string {
	cfg := &goi18n.LocalizeConfig{MessageID: key}
	if len(data) > 0 {
		cfg.TemplateData = data[0]
	}
	s, err := l.l.Localize(cfg)
	if err != nil {
		return key
	}
	return s
}

// N translates a message with plural forms for count n.
func (l *Localizer) N(key string, n int) string {
	s, err := l.l.Localize(&goi18n.LocalizeConfig{MessageID: key, PluralCount: n, TemplateData: map[string]any{"Count": n}})
	if err != nil {
		return key
	}
	return s
}

// AcceptLanguage returns the languages of an Accept-Language header in order.
func AcceptLanguage(header string) []string {
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil {
		return nil
	}
	out := make([]string, 0, len(tags))
	for _, t := range tags {
		base, _ := t.Base()
		out = append(out, base.String())
	}
	return out
}
