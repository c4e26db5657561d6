package api

import (
	"errors"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
)

// F4 (issue 11, finding 9): JSON bodies with text that cannot be stored are
// refused, naming the field where there is one; well-formed text passes and
// what is not JSON is left to the decoder.
func TestCheckText_F4(t *testing.T) {
	for _, tc := range []struct {
		body  string
		field string // "" = refused without a field; "-" = accepted
	}{
		{`{"headline":"ab\u0000cd"}`, "headline"},
		{`{"a":1,"b":{"c":[1,"x",{"d":"\u0000"}]},"e":"f"}`, "d"},
		{`{"a":[{"b":"ok"}],"c":"\u0000"}`, "c"},
		{`{"a":{"b":"ok"},"c":["x","y\u0000"]}`, "c"},
		{`{"ke\u0000y":"v"}`, "ke\uFFFDy"},
		{`["\u0000"]`, "body"},
		{`"\u0000"`, "body"},
		{"{\"headline\":\"ab\xff\xfecd\"}", ""},
		{"{\"headline\":\"ab\x00cd\"}", ""},
		{"\xc3", ""},
		{`{"headline":"ab\\u0000cd"}`, "-"}, // an escaped backslash: the text \u0000, storable
		{`{"headline":"café \u00e9 \ud83d\ude00"}`, "-"},
		{`{"headline":"no"`, "-"},
		{`not json \u0000`, "-"},
		{``, "-"},
	} {
		err := checkText([]byte(tc.body))
		var verr *domain.ValidationError
		switch {
		case tc.field == "-":
			if err != nil {
				t.Errorf("%q: %v, want accepted", tc.body, err)
			}
		case tc.field == "":
			if domain.KeyOf(err) != domain.KeyBadText || errors.As(err, &verr) {
				t.Errorf("%q: %v, want %s for the whole body", tc.body, err, domain.KeyBadText)
			}
		default:
			if !errors.As(err, &verr) || verr.Fields[tc.field] != domain.KeyBadText || len(verr.Fields) != 1 {
				t.Errorf("%q: %v, want %s on field %q", tc.body, err, domain.KeyBadText, tc.field)
			}
		}
	}
}
