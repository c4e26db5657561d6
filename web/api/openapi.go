package api

import (
	"net/http"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// obj is a JSON object of the OpenAPI document.
type obj = map[string]any

var pathValue = regexp.MustCompile(`\{([a-z_]+)\}`)

// OpenAPI returns the OpenAPI 3.1 document of the route table.
func (a *App) OpenAPI() obj {
	g := &schemas{defs: obj{}}
	errRef := g.ref(reflect.TypeOf(Error{}))
	paths := obj{}
	for _, rt := range a.Routes() {
		op := obj{
			"operationId": operationID(rt),
			"summary":     rt.Summary,
			"tags":        []string{rt.Tag},
		}
		var params []obj
		for _, m := range pathValue.FindAllStringSubmatch(rt.Path, -1) {
			params = append(params, obj{"name": m[1], "in": "path", "required": true, "schema": obj{"type": "integer", "format": "int64"}})
		}
		for _, p := range rt.Query {
			s := obj{"type": p.Type}
			if p.Type == "date" {
				s = obj{"type": "string", "format": "date"}
			}
			q := obj{"name": p.Name, "in": "query", "schema": s}
			if p.Doc != "" {
				q["description"] = p.Doc
			}
			params = append(params, q)
		}
		if params != nil {
			op["parameters"] = params
		}
		if rt.Body != nil {
			op["requestBody"] = obj{"required": true, "content": obj{"application/json": obj{"schema": g.ref(reflect.TypeOf(rt.Body))}}}
		}
		status := rt.Status
		if status == 0 {
			status = http.StatusOK
		}
		answer := obj{"description": http.StatusText(status)}
		if rt.Media != "" {
			answer["content"] = obj{rt.Media: obj{"schema": obj{"type": "string", "format": "binary"}}}
		} else if rt.Answer != nil {
			answer["content"] = obj{"application/json": obj{"schema": g.ref(reflect.TypeOf(rt.Answer))}}
		}
		responses := obj{itoa(status): answer}
		errAnswer := func(code int, why string) {
			responses[itoa(code)] = obj{"description": why, "content": obj{"application/json": obj{"schema": errRef}}}
		}
		if rt.Public {
			op["security"] = []obj{}
		} else {
			errAnswer(http.StatusUnauthorized, "missing, unknown or revoked token")
		}
		if strings.Contains(rt.Path, "{") {
			errAnswer(http.StatusNotFound, "no such record in the token's agency")
		}
		if rt.Body != nil || rt.Query != nil {
			errAnswer(http.StatusUnprocessableEntity, "invalid input; fields lists each field's message key and English message")
		}
		if rt.Body != nil {
			errAnswer(http.StatusBadRequest, "the body is not the JSON this route takes")
			errAnswer(http.StatusConflict, "the change conflicts with the record's state")
		}
		op["responses"] = responses
		item, _ := paths[rt.Path].(obj)
		if item == nil {
			item = obj{}
			paths[rt.Path] = item
		}
		item[strings.ToLower(rt.Method)] = op
	}
	return obj{
		"openapi": "3.1.0",
		"info": obj{"title": "Matchpoint API", "version": "1",
			"description": "The back office's records as JSON. Every request but this document's carries an API token an admin creates under " +
				"Settings › API tokens: `Authorization: Bearer mpt_…`. The token belongs to one agency and sees only its records. " +
				"Dates are \"YYYY-MM-DD\", times RFC 3339. Errors carry a stable message key and its English text."},
		"servers":    []obj{{"url": Prefix}},
		"security":   []obj{{"bearer": []string{}}},
		"paths":      paths,
		"components": obj{"schemas": g.defs, "securitySchemes": obj{"bearer": obj{"type": "http", "scheme": "bearer", "description": "an API token of one agency"}}},
	}
}

func (a *App) openAPI(w http.ResponseWriter, r *http.Request) error {
	writeJSON(w, http.StatusOK, a.OpenAPI())
	return nil
}

// operationID names a route: GET /candidates/{id} → get_candidates_id.
func operationID(rt Route) string {
	p := strings.NewReplacer("/", "_", "{", "", "}", "", ".", "_").Replace(rt.Path)
	return strings.ToLower(rt.Method) + p
}

func itoa(n int) string { return strconv.Itoa(n) }

// schemas turns Go types into JSON Schemas under components/schemas.
type schemas struct{ defs obj }

var timeType = reflect.TypeOf(time.Time{})

// ref returns a reference to t's schema, defining it on first use.
func (g *schemas) ref(t reflect.Type) obj {
	if t.Kind() == reflect.Struct && t != timeType {
		name := schemaName(t)
		if _, ok := g.defs[name]; !ok {
			g.defs[name] = obj{} // placeholder: a type may refer to itself
			g.defs[name] = g.object(t)
		}
		return obj{"$ref": "#/components/schemas/" + name}
	}
	return g.schema(t)
}

func (g *schemas) schema(t reflect.Type) obj {
	switch {
	case t == timeType:
		return obj{"type": "string", "format": "date-time"}
	case t.Kind() == reflect.Pointer:
		s := g.ref(t.Elem())
		if typ, ok := s["type"].(string); ok {
			s["type"] = []string{typ, "null"}
			return s
		}
		return obj{"oneOf": []obj{s, {"type": "null"}}}
	}
	switch t.Kind() {
	case reflect.String:
		return obj{"type": "string"}
	case reflect.Bool:
		return obj{"type": "boolean"}
	case reflect.Int, reflect.Int64, reflect.Int32:
		return obj{"type": "integer", "format": "int64"}
	case reflect.Float64, reflect.Float32:
		return obj{"type": "number"}
	case reflect.Slice, reflect.Array:
		return obj{"type": "array", "items": g.ref(t.Elem())}
	case reflect.Map:
		return obj{"type": "object"}
	case reflect.Struct:
		return g.ref(t)
	}
	return obj{}
}

func (g *schemas) object(t reflect.Type) obj {
	props := obj{}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		s := g.ref(f.Type)
		if _, isRef := s["$ref"]; isRef && (f.Tag.Get("doc") != "" || f.Tag.Get("readonly") != "") {
			s = obj{"allOf": []obj{s}}
		}
		if d := f.Tag.Get("doc"); d != "" {
			s["description"] = d
		}
		if f.Tag.Get("readonly") == "true" {
			s["readOnly"] = true
		}
		if fm := f.Tag.Get("format"); fm != "" {
			s["format"] = fm
		}
		if e := f.Tag.Get("enum"); e != "" {
			s["enum"] = strings.Split(e, ",")
		}
		props[name] = s
	}
	return obj{"type": "object", "properties": props}
}

// schemaName names a type; an instance of a generic type is named after its
// argument: List[…api.Candidate] → CandidateList.
func schemaName(t reflect.Type) string {
	n := t.Name()
	base, arg, ok := strings.Cut(n, "[")
	if !ok {
		return n
	}
	arg = strings.TrimSuffix(arg, "]")
	if i := strings.LastIndex(arg, "."); i >= 0 {
		arg = arg[i+1:]
	}
	return arg + base
}
