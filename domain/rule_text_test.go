package domain

import "testing"

// F4 (issue 11, finding 9): which text may be stored, and how refused text
// is recorded.
func TestStorableText_F4(t *testing.T) {
	for _, tc := range []struct {
		in       string
		storable bool
		shown    string
	}{
		{"", true, ""},
		{"plain", true, "plain"},
		{"café ☕ 日本", true, "café ☕ 日本"},
		{"tab\tnew\nline\r", true, "tab\tnew\nline\r"},
		{"a\x00b", false, "a\uFFFDb"},
		{"\x00", false, "\uFFFD"},
		{"ab\xff\xfecd", false, "ab\uFFFDcd"},
		{"\xc3", false, "\uFFFD"},         // a cut-off two-byte character
		{"\xed\xa0\x80", false, "\uFFFD"}, // a UTF-16 surrogate
		{"\xc0\xaf", false, "\uFFFD"},     // an overlong "/"
		{"ok\x00\xff", false, "ok\uFFFD\uFFFD"},
	} {
		if got := StorableText(tc.in); got != tc.storable {
			t.Errorf("StorableText(%q) = %v, want %v", tc.in, got, tc.storable)
		}
		if got := ShownText(tc.in); got != tc.shown || !StorableText(got) {
			t.Errorf("ShownText(%q) = %q, want %q", tc.in, got, tc.shown)
		}
	}
}
