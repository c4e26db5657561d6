package web_test

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/api"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// apiToken makes an API token of Acme's admin and returns its secret.
func apiToken(t *testing.T, env *webtest.Env) string {
	t.Helper()
	secret := "mpt_inputtestsecret0123456789"
	tok := domain.APIToken{Name: "Input test", SecretHash: service.HashAPIToken(secret), CreatedBy: env.Acme.Admin.ID}
	if err := env.Store.CreateAPIToken(env.Acme.Ctx, &tok); err != nil {
		t.Fatal(err)
	}
	return secret
}

func apiCall(t *testing.T, env *webtest.Env, secret, method, path, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, env.Server.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+secret)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// apiCases calls every API route with hostile query parameters and path
// values, and every route with a body once per string field of it.
func apiCases(t *testing.T, env *webtest.Env, fix accessFixture, counts *map[string]int) {
	t.Helper()
	secret := apiToken(t, env)
	for _, rt := range env.APIRoutes() {
		path := api.Prefix + apiPath(rt.Path, fix)
		for kind, v := range hostile {
			status, body := apiCall(t, env, secret, rt.Method, path+"?q="+url.QueryEscape(v), "")
			(*counts)["query "+kind]++
			if status != http.StatusBadRequest {
				t.Errorf("API %s %s, query with %s: %d %s, want 400", rt.Method, rt.Path, kind, status, body)
			}
			if strings.Contains(rt.Path, "{") {
				bad := path[:strings.LastIndex(path, "/")+1] + url.PathEscape(v)
				if i := strings.Index(rt.Path, "}/"); i >= 0 { // a parameter inside the path
					bad = api.Prefix + strings.Replace(rt.Path, rt.Path[strings.Index(rt.Path, "{"):i+1], url.PathEscape(v), 1)
				}
				status, body := apiCall(t, env, secret, rt.Method, bad, "")
				(*counts)["path "+kind]++
				if status != http.StatusBadRequest && status != http.StatusNotFound {
					t.Errorf("API %s %s, path value with %s: %d %s, want 400", rt.Method, bad, kind, status, body)
				}
			}
		}
		if rt.Body == nil {
			continue
		}
		for _, field := range jsonStringFields(reflect.TypeOf(rt.Body)) {
			for kind := range hostile {
				var raw string
				if kind == "NUL" {
					raw = fmt.Sprintf(`{%q:"%s\u0000x"}`, field, marker)
				} else {
					raw = fmt.Sprintf(`{%q:"%s`, field, marker) + "\xff\xfe" + `x"}`
				}
				status, body := apiCall(t, env, secret, rt.Method, path, raw)
				(*counts)["json field "+kind]++
				if status != http.StatusUnprocessableEntity || !strings.Contains(body, domain.KeyBadText) {
					t.Errorf("API %s %s, field %q with %s: %d %s, want 422 %s", rt.Method, rt.Path, field, kind, status, body, domain.KeyBadText)
				}
			}
		}
	}
}

// apiPath fills the {id} parameters of an API path with the fixture's ids.
func apiPath(p string, fix accessFixture) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		if strings.HasPrefix(s, "{") {
			segs[i] = strconv.FormatInt(fix[segs[i-1]], 10)
		}
	}
	return strings.Join(segs, "/")
}

// jsonStringFields lists the JSON names of a body type's string fields
// (and *string, []string), the fields a client writes text into.
func jsonStringFields(t reflect.Type) []string {
	var out []string
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		ft := f.Type
		for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.String {
			out = append(out, name)
		}
	}
	return out
}
