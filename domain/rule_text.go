package domain

import (
	"strings"
	"unicode/utf8"
)

// KeyBadText is the message of text that holds a NUL byte or is not valid
// UTF-8: neither database takes both (PostgreSQL refuses them, SQLite would
// store the bytes raw), so such text is refused where it comes in.
const KeyBadText = "input.bad_text"

// StorableText reports whether s may be stored as text: valid UTF-8 with no
// NUL byte.
func StorableText(s string) bool {
	return strings.IndexByte(s, 0) < 0 && utf8.ValidString(s)
}

// ShownText is s with every NUL byte and every byte that is not valid UTF-8
// replaced by U+FFFD, to record or show what someone sent without storing
// what cannot be stored.
func ShownText(s string) string {
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
}
