package service_test

import (
	"errors"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// Issue 15: a configured name has a name per language that falls back to
// the record's own; hostile input changes nothing; another agency's record
// is not found; the change is audited.
func TestNameTranslations(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "names", true)
		b := newAgency(t, db, "other", true)
		src := domain.Source{Name: "Website"}
		must(t, "source", a.st.SaveSource(a.ctx, &src))
		admin := userActor(a.admin)

		err := a.svc.SaveNameTranslations(a.ctx, admin, domain.NameSource, src.ID,
			domain.NameTranslations{"fr": "  Site web ", "de": "Webseite", "nl": ""})
		if err != nil {
			t.Fatal(err)
		}
		names, err := a.svc.NameTranslations(a.ctx)
		if err != nil {
			t.Fatal(err)
		}
		for lang, want := range map[string]string{"fr": "Site web", "de": "Webseite", "nl": "Website", "en": "Website"} {
			if got := names.Name(domain.NameSource, src.ID, lang, src.Name); got != want {
				t.Errorf("%s: %q, want %q", lang, got, want)
			}
		}
		// Emptying a language gives it back to the record's own name.
		must(t, "clear", a.svc.SaveNameTranslations(a.ctx, admin, domain.NameSource, src.ID, domain.NameTranslations{"de": ""}))
		names, _ = a.svc.NameTranslations(a.ctx)
		if got := names.Name(domain.NameSource, src.ID, "de", src.Name); got != "Website" {
			t.Errorf("cleared de: %q", got)
		}
		for name, in := range map[string]domain.NameTranslations{
			"NUL":          {"fr": "a\x00b"},
			"invalid UTF8": {"fr": "\xff\xfe"},
			"too long":     {"fr": string(make([]byte, 1<<20))},
			"language":     {"xx": "Name"},
		} {
			err := a.svc.SaveNameTranslations(a.ctx, admin, domain.NameSource, src.ID, in)
			var verr *domain.ValidationError
			if !errors.As(err, &verr) {
				t.Errorf("%s: %v, want a validation error", name, err)
			}
		}
		if names, _ := a.svc.NameTranslations(a.ctx); names.Name(domain.NameSource, src.ID, "fr", "") != "Site web" {
			t.Errorf("refused input changed the name: %+v", names)
		}
		// Another agency's record, an unknown kind: not found, nothing stored.
		err = b.svc.SaveNameTranslations(b.ctx, userActor(b.admin), domain.NameSource, src.ID, domain.NameTranslations{"fr": "X"})
		if domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("other agency: %v", err)
		}
		if err := a.svc.SaveNameTranslations(a.ctx, admin, domain.NameKind("users"), a.admin.ID, domain.NameTranslations{"fr": "X"}); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("unknown kind: %v", err)
		}
		if names, _ := b.svc.NameTranslations(b.ctx); len(names) != 0 {
			t.Errorf("other agency sees names: %+v", names)
		}
		entries, _, err := a.st.AuditEntries(a.ctx, store.AuditFilter{ObjectKind: "settings", Limit: 10})
		if err != nil || len(entries) < 2 {
			t.Errorf("audit: %d entries, %v", len(entries), err)
		}
	})
}
