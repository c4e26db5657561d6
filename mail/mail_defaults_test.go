package mail_test

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
)

// G2, B3: every kind of mail has a built-in default in every language, and
// each renders with the documented data (as the typed struct, and as a map so
// that a field outside the documented set fails with missingkey=error).
func TestEveryDefaultTemplateRenders_G2_B3(t *testing.T) {
	readme, err := os.ReadFile("defaults/README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range domain.EmailTemplateKeys {
		sample, ok := mail.Sample(key)
		if !ok {
			t.Errorf("%s: no sample data", key)
			continue
		}
		fields := asMap(sample)
		if !strings.Contains(string(readme), "`"+key+"`") {
			t.Errorf("%s: not documented in defaults/README.md", key)
		}
		for name := range fields {
			if !strings.Contains(string(readme), "| `"+name+"` |") {
				t.Errorf("%s: field %s not documented in defaults/README.md", key, name)
			}
		}
		for _, lang := range domain.Languages {
			tpl, err := mail.Default(key, lang)
			if err != nil {
				t.Errorf("%s.%s: %v", key, lang, err)
				continue
			}
			if err := tpl.Validate(); err != nil {
				t.Errorf("%s.%s: %v", key, lang, err)
			}
			for _, data := range []any{sample, fields} {
				subject, body, err := mail.Render(tpl, data)
				if err != nil {
					t.Errorf("%s.%s: %v", key, lang, err)
					continue
				}
				if subject == "" || strings.Contains(subject, "\n") || strings.TrimSpace(body) == "" {
					t.Errorf("%s.%s: subject %q, body %q", key, lang, subject, body)
				}
				if strings.Contains(subject+body, "<no value>") || strings.Contains(subject+body, "{{") {
					t.Errorf("%s.%s rendered a gap: %q %q", key, lang, subject, body)
				}
			}
		}
	}
	entries, err := os.ReadDir("defaults")
	if err != nil {
		t.Fatal(err)
	}
	if want := len(domain.EmailTemplateKeys)*len(domain.Languages) + 1; len(entries) != want {
		t.Errorf("defaults/ holds %d files, want %d (one per key and language, and the README)", len(entries), want)
	}
}

// asMap turns a data struct into the map of its fields.
func asMap(v any) map[string]any {
	out := map[string]any{}
	rv := reflect.ValueOf(v)
	for i := range rv.NumField() {
		out[rv.Type().Field(i).Name] = rv.Field(i).Interface()
	}
	return out
}
