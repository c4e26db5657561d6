// Package webfixture stands for a web package that writes through the
// store: the import test must find both calls marked "want".
package webfixture

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// Write changes data the forbidden way.
func Write(ctx context.Context, st *store.Store, n *domain.Note) error {
	return st.InTx(ctx, func(tx *store.Store) error {
		return tx.CreateNote(ctx, n) // want
	})
}

// Later keeps a writer as a method value.
func Later(st *store.Store) func(context.Context, *domain.Note) error {
	return st.CreateNote // want
}

// Read only reads, in a transaction or not.
func Read(ctx context.Context, st *store.Store, id domain.ID) error {
	return st.InTx(ctx, func(tx *store.Store) error {
		_, err := tx.Candidate(ctx, id)
		return err
	})
}
