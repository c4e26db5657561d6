package api

import (
	"errors"
	"net/http"
	"sort"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// Error is the body of every error answer.
type Error struct {
	Status  int          `json:"status"`
	Key     string       `json:"key" doc:"message key, stable across languages and versions"`
	Message string       `json:"message" doc:"the key's English text"`
	Fields  []FieldError `json:"fields,omitempty" doc:"per-field problems of a 422"`
}

// FieldError is one invalid field of a request body.
type FieldError struct {
	Field   string `json:"field"`
	Key     string `json:"key"`
	Message string `json:"message"`
}

// errTooLarge is a body over maxBody: 413, before any field is read.
var errTooLarge = &domain.Error{Kind: domain.KindInvalid, Key: "api.error.too_large"}

// errBadJSON is a body that is not the JSON the route takes: 400, where a
// body that parses but breaks a rule is 422.
var errBadJSON = &domain.Error{Kind: domain.KindInvalid, Key: "api.error.bad_json"}

func badRequest(err error) error {
	return &domain.Error{Kind: domain.KindInvalid, Key: errBadJSON.Key, Err: err}
}

// errorBody turns err into its status and body. The status comes from
// kit.Status, the one place every surface maps error kinds.
func (a *App) errorBody(err error) Error {
	status := kit.Status(err)
	if errors.Is(err, errBadJSON) {
		status = http.StatusBadRequest
	}
	if errors.Is(err, errTooLarge) {
		status = http.StatusRequestEntityTooLarge
	}
	key := domain.KeyOf(err)
	switch status {
	case http.StatusNotFound:
		key = "error.not_found" // one may not tell a foreign record from a missing one
	case http.StatusInternalServerError:
		key = "error.internal"
	}
	en := a.Bundle.For("en")
	body := Error{Status: status, Key: key}
	var verr *domain.ValidationError
	if errors.As(err, &verr) {
		body.Key = "error.invalid"
		for f, k := range verr.Fields {
			body.Fields = append(body.Fields, FieldError{Field: f, Key: k, Message: en.T(k)})
		}
		sort.Slice(body.Fields, func(i, j int) bool { return body.Fields[i].Field < body.Fields[j].Field })
	}
	body.Message = en.T(body.Key)
	return body
}

func (a *App) writeError(w http.ResponseWriter, r *http.Request, err error) {
	body := a.errorBody(err)
	if body.Status == http.StatusInternalServerError {
		a.Log.ErrorContext(r.Context(), "api request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeJSON(w, body.Status, body)
}

// wrap turns a handler that returns its error into an http.Handler.
func (a *App) wrap(h func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		err := kit.CheckAddress(r)
		if err == nil {
			err = h(w, r)
		}
		if err != nil {
			a.writeError(w, r, err)
		}
	})
}
