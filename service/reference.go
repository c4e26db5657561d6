package service

import (
	"context"
	"errors"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// reference is one chosen record a form or a JSON body names by id: the
// field it came from and how to load it in the agency of ctx.
type reference struct {
	field string
	id    domain.ID
	load  func(ctx context.Context, st *store.Store, id domain.ID) error
}

// ref makes a reference from a store lookup of any record type.
func ref[T any](field string, id domain.ID, get func(*store.Store, context.Context, domain.ID) (T, error)) reference {
	return reference{field: field, id: id, load: func(ctx context.Context, st *store.Store, id domain.ID) error {
		_, err := get(st, ctx, id)
		return err
	}}
}

// onField turns the store's "a chosen item does not exist" (a reference to
// a record that is gone, or of another agency) into a validation error on
// the field it came from, so a page shows it there and the API names it.
// Any other error passes through.
func onField(ctx context.Context, st *store.Store, err error, refs ...reference) error {
	if domain.KindOf(err) != domain.KindInvalid || domain.KeyOf(err) != "error.reference" {
		return err
	}
	for _, r := range refs {
		if r.id == 0 {
			continue
		}
		if lerr := r.load(ctx, st, r.id); errors.Is(lerr, domain.ErrNotFound) {
			return &domain.ValidationError{Fields: domain.FieldErrors{r.field: "error.reference"}}
		}
	}
	return err
}
