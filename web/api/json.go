package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
)

// maxBody is the largest request body the API reads.
const maxBody = 1 << 20

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// decode reads the JSON body onto v; fields v lacks are refused, so a typo
// is not silently ignored. Fields the body leaves out keep v's values, which
// gives PATCH its meaning. A value of the wrong type is a 422 that names the
// field, like every other field error; a body that is no JSON, or has a
// field v lacks, is a 400; one over maxBody a 413.
func decode(w http.ResponseWriter, r *http.Request, v any) error {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return &domain.Error{Kind: errTooLarge.Kind, Key: errTooLarge.Key, Err: err}
	}
	if err != nil {
		return badRequest(err)
	}
	if err := checkText(body); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if field, key, ok := fieldOf(err); ok {
			return &domain.ValidationError{Fields: domain.FieldErrors{field: key}}
		}
		return badRequest(err)
	}
	if err := dec.Decode(&struct{}{}); !errors.Is(err, io.EOF) {
		return badRequest(errors.New("more than one JSON value"))
	}
	return nil
}

// fieldOf names the field a decoding error is about: a value of the wrong
// type for it ("validation.type"). A field the route does not take stays a
// 400 (the body is not the JSON the route takes).
func fieldOf(err error) (field, key string, ok bool) {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) && typeErr.Field != "" {
		return typeErr.Field, "validation.type", true
	}
	return "", "", false
}

// query reads the query parameters of a list, collecting problems as field
// errors so a bad parameter is a 422 that names it.
type query struct {
	r *http.Request
	v domain.Validator
}

func newQuery(r *http.Request) *query { return &query{r: r} }

func (q *query) String(name string) string { return q.r.URL.Query().Get(name) }

func (q *query) Int(name string, def int) int {
	s := q.String(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	q.v.Check(err == nil && n >= 0, name, "validation.number")
	return n
}

func (q *query) ID(name string) domain.ID { return domain.ID(q.Int(name, 0)) }

func (q *query) Date(name string) domain.Date {
	d, err := domain.ParseDate(q.String(name))
	q.v.Check(err == nil, name, "validation.date")
	return d
}

// Page reads limit (1–200, default 50) and offset.
func (q *query) Page() (limit, offset int) {
	limit = q.Int("limit", 50)
	q.v.Check(limit >= 1 && limit <= 200, "limit", "validation.range")
	return limit, q.Int("offset", 0)
}

func (q *query) Err() error { return q.v.Err() }

// List is one page of a list answer.
type List[T any] struct {
	Items      []T  `json:"items"`
	HasMore    bool `json:"has_more"`
	NextOffset *int `json:"next_offset,omitempty" doc:"offset of the next page; absent on the last"`
}

func list[T, D any](items []D, more bool, offset int, conv func(D) T) List[T] {
	out := List[T]{Items: make([]T, 0, len(items)), HasMore: more}
	for _, it := range items {
		out.Items = append(out.Items, conv(it))
	}
	if more {
		next := offset + len(items)
		out.NextOffset = &next
	}
	return out
}

// date formats a domain date as "YYYY-MM-DD", nil when unset.
func date(d domain.Date) *string {
	if d.IsZero() {
		return nil
	}
	s := d.String()
	return &s
}

// parseDate reads an optional "YYYY-MM-DD" into a field error on v.
func parseDate(v *domain.Validator, s *string, field string) domain.Date {
	if s == nil {
		return domain.Date{}
	}
	d, err := domain.ParseDate(*s)
	v.Check(err == nil, field, "validation.date")
	return d
}
