package kit

import (
	"fmt"
	"net/http"
	"net/url"

	"github.com/matchpoint/matchpoint/domain"
)

// ErrBadAddress is a request whose path or query string holds a NUL byte or
// text that is not valid UTF-8, once decoded: 400, before any handler reads
// it (Wrap, and the API's own wrapper, check every request).
var ErrBadAddress = &domain.Error{Kind: domain.KindInvalid, Key: "input.bad_address"}

// ErrBadText is a submitted form whose field names or values hold a NUL
// byte or text that is not valid UTF-8: 422, nothing is read (NewForm).
var ErrBadText = &domain.Error{Kind: domain.KindInvalid, Key: domain.KeyBadText}

// CheckAddress refuses a request whose decoded path or query parameters
// (names and values) cannot be stored as text (domain.StorableText).
func CheckAddress(r *http.Request) error {
	if !domain.StorableText(r.URL.Path) {
		return fmt.Errorf("path: %w", ErrBadAddress)
	}
	if r.URL.RawQuery == "" {
		return nil
	}
	// A malformed escape ("%zz") drops only that pair; what parses is checked.
	q, _ := url.ParseQuery(r.URL.RawQuery)
	if name, ok := badValue(q); !ok {
		return fmt.Errorf("query parameter %q: %w", domain.ShownText(name), ErrBadAddress)
	}
	return nil
}

// badValue returns the first name whose name or values cannot be stored.
func badValue(vs map[string][]string) (string, bool) {
	for name, values := range vs {
		if !domain.StorableText(name) {
			return name, false
		}
		for _, v := range values {
			if !domain.StorableText(v) {
				return name, false
			}
		}
	}
	return "", true
}
