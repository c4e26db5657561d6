package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// actor is the signed-in recruiter as the author of a logged change.
func actor(r *http.Request) store.Actor {
	u := user(r.Context())
	return store.Actor{Kind: domain.AudienceOffice, ID: u.ID, Name: u.Name, Addr: kit.ClientAddr(r)}
}

func choiceOptions(list []store.Choice) []kit.Option {
	opts := make([]kit.Option, 0, len(list))
	for _, c := range list {
		opts = append(opts, kit.Option{Value: strconv.FormatInt(c.ID, 10), Label: c.Name})
	}
	return opts
}

func phaseOptions(list []domain.Phase) []kit.Option {
	opts := make([]kit.Option, 0, len(list))
	for _, p := range list {
		opts = append(opts, kit.Option{Value: strconv.FormatInt(p.ID, 10), Label: p.Name})
	}
	return opts
}

// fieldError puts an error the store reports about the input on the form:
// field errors on their fields, any other invalid or conflict error on field.
// It reports false for errors that are not about the input.
func fieldError(f *kit.Form, err error, field string) bool {
	if kit.Invalid(err) {
		_ = f.Check(err)
		return true
	}
	if k := domain.KindOf(err); k == domain.KindInvalid || k == domain.KindConflict {
		f.Errors[field] = domain.KeyOf(err)
		return true
	}
	return false
}

func idPath(prefix string, id domain.ID) string { return prefix + strconv.FormatInt(id, 10) }
