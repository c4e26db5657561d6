package api

import (
	"bytes"
	"encoding/json"
	"unicode/utf8"

	"github.com/matchpoint/matchpoint/domain"
)

// checkText refuses a body that holds text neither database can store
// (domain.StorableText) with 422: invalid UTF-8 or a NUL byte anywhere in
// the raw body, which encoding/json would otherwise quietly turn into
// U+FFFD or refuse as malformed, and a NUL written as \u0000 in any key or
// string, named by the field it is in. A body that is not JSON is left to
// the decoder (400).
func checkText(body []byte) error {
	if !utf8.Valid(body) || bytes.IndexByte(body, 0) >= 0 {
		return &domain.Error{Kind: domain.KindInvalid, Key: domain.KeyBadText, Op: "decode"}
	}
	if !bytes.Contains(body, []byte(`\u0000`)) {
		return nil
	}
	type frame struct{ object, wantKey bool }
	var stack []frame
	field := "body"
	dec := json.NewDecoder(bytes.NewReader(body))
	for {
		tok, err := dec.Token()
		if err != nil {
			return nil // the end, or not JSON: the decoder proper answers
		}
		var top *frame
		if len(stack) > 0 {
			top = &stack[len(stack)-1]
		}
		switch t := tok.(type) {
		case json.Delim:
			if t == '{' || t == '[' {
				stack = append(stack, frame{object: t == '{', wantKey: t == '{'})
				continue
			}
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				top = &stack[len(stack)-1]
			} else {
				top = nil
			}
		case string:
			if top != nil && top.object && top.wantKey {
				field = domain.ShownText(t)
				if !domain.StorableText(t) {
					return &domain.ValidationError{Fields: domain.FieldErrors{field: domain.KeyBadText}}
				}
				top.wantKey = false
				continue
			}
			if !domain.StorableText(t) {
				return &domain.ValidationError{Fields: domain.FieldErrors{field: domain.KeyBadText}}
			}
		}
		// A value ended: the object around it, if any, wants a key next.
		if top != nil && top.object {
			top.wantKey = true
		}
	}
}
