package account

import "testing"

// B4 (issue 11, finding 10): the address the sign-in goes on to is a path of
// the same surface after cleaning, or nothing.
func TestLocalNext_B4(t *testing.T) {
	for _, next := range []string{
		`/office/../../\host/x`,
		`/office/..\..\host`,
		`/\evil.example/`,
		`/\/evil.example/`,
		`//evil.example/office/`,
		`///evil.example/office/`,
		`https://evil.example/office/`,
		`http:/office/`,
		`javascript:alert(1)//office/`,
		`/office/%2e%2e/%2e%2e/%5chost/x`,
		`/office/..%2f..%2fhost`,
		`/office/..%2F..%2Fhost`,
		`/office/%5c%5chost`,
		`/office/%252f%252fhost`,
		"/office/\t/evil.example",
		"/office/\r\nLocation: https://evil.example/",
		`/office/%0d%0aSet-Cookie:%20x=1`,
		"/office/\x00",
		`/office/%00`,
		"/office/\xff\xfe",
		`/office/%ff%fe`,
		`/office/../portal/`,
		`/office/%2e%2e/portal/`,
		`/office/./../hiring/x`,
		`/portal/`,
		`/officex/companies`,
		`/office`,
		`office/companies`,
		`../office/companies`,
		`?next=/office/`,
		`#/office/`,
		`/office/` + string(make([]byte, 3000)),
		``,
	} {
		if got := localNext("/office", next); got != "" {
			t.Errorf("localNext(%q) = %q, want refused", next, got)
		}
	}
	for next, want := range map[string]string{
		"/office/":                            "/office/",
		"/office/companies?q=acme&page=2":     "/office/companies?q=acme&page=2",
		"/office/./companies/../candidates/5": "/office/candidates/5",
		"/office//companies/":                 "/office/companies/",
		"/office/companies?q=%5C%2F":          "/office/companies?q=%5C%2F",
		"/office/candidates/5#notes":          "/office/candidates/5",
		"/office/@evil.example":               "/office/@evil.example",
		"/office/search?q=caf%C3%A9":          "/office/search?q=caf%C3%A9",
	} {
		if got := localNext("/office", next); got != want {
			t.Errorf("localNext(%q) = %q, want %q", next, got, want)
		}
	}
	if got := localNext("/portal", "/portal/timesheets/11/2026/49"); got != "/portal/timesheets/11/2026/49" {
		t.Errorf("portal path: %q", got)
	}
}
