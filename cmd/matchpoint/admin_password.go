package main

import (
	"errors"
	"io"
	"log/slog"
	"maps"
	"slices"
	"strings"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/domain"
)

// refusal says why the command refused its input, in the user's language:
// a password the policy refuses (the same policy as every other way of
// setting one) or another field's message.
func refusal(a *app.App, lang string, err error) error {
	var verr *domain.ValidationError
	if !errors.As(err, &verr) {
		return err
	}
	t := a.Bundle.For(lang, "en")
	var parts []string
	for _, field := range slices.Sorted(maps.Keys(verr.Fields)) {
		parts = append(parts, "--"+field+": "+t.T(verr.Fields[field]))
	}
	return errors.New(strings.Join(parts, "; "))
}

// quietLog is the logger of a command that prints its own result.
func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
