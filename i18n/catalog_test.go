package i18n

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every catalog language has every key English has, and no more; plural
// messages have the forms their language needs.
func TestCatalogsComplete(t *testing.T) {
	b, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	en := b.Keys("en")
	if len(en) == 0 {
		t.Fatal("English catalog is empty")
	}
	for _, lang := range []string{"nl", "de", "fr"} {
		for _, k := range en {
			if !b.Has(lang, k) {
				t.Errorf("%s: missing key %q", lang, k)
			}
		}
		for _, k := range b.Keys(lang) {
			if !b.Has("en", k) {
				t.Errorf("%s: key %q is not in English", lang, k)
			}
		}
	}
}

var (
	templateKey = regexp.MustCompile(`\bT "([a-z0-9_.]+)"`)
	goKey       = regexp.MustCompile(`"([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)"`)
)

// Every key the code or a template uses exists in the catalogs.
func TestUsedKeysExist(t *testing.T) {
	b, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	prefixes := map[string]bool{}
	for _, k := range b.Keys("en") {
		prefixes[strings.SplitN(k, ".", 2)[0]] = true
	}
	root := filepath.Join("..")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "data" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		isTmpl := strings.HasSuffix(p, ".html")
		isGo := strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go")
		if !isTmpl && !isGo {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var keys []string
		for _, m := range templateKey.FindAllStringSubmatch(string(data), -1) {
			keys = append(keys, m[1])
		}
		if isGo {
			for _, m := range goKey.FindAllStringSubmatch(string(data), -1) {
				if prefixes[strings.SplitN(m[1], ".", 2)[0]] {
					keys = append(keys, m[1])
				}
			}
		}
		for _, k := range keys {
			if !b.Has("en", k) {
				t.Errorf("%s uses key %q, which no catalog has", p, k)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestLocalizer(t *testing.T) {
	b, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := b.For("nl-NL").Lang; got != "nl" {
		t.Errorf("For(nl-NL) = %s", got)
	}
	if got := b.For("xx", "de").Lang; got != "de" {
		t.Errorf("For(xx, de) = %s", got)
	}
	if got := b.For().T("no.such.key"); got != "no.such.key" {
		t.Errorf("missing key gave %q", got)
	}
	if got := AcceptLanguage("fr-CH, fr;q=0.9, en;q=0.8"); len(got) == 0 || got[0] != "fr" {
		t.Errorf("AcceptLanguage = %v", got)
	}
}
