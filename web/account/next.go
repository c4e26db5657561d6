package account

import (
	"net/url"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"
)

// safeNext keeps only local paths of the surface, so the sign-in form cannot
// send anyone to another site (see localNext).
func (a *Auth) safeNext(next string) string { return localNext(a.Prefix, next) }

// maxNext is the longest next address kept; longer ones are dropped.
const maxNext = 2048

// localNext returns next cleaned when it is a path of the surface under
// prefix ("/office"), and "" otherwise. Browsers read a backslash as a
// slash and drop tabs and line breaks, and http.Redirect cleans dot
// segments, so "/office/../../\host" would leave the site as "/\host": the
// path is judged after cleaning, and backslashes, control characters and
// encoded slashes or backslashes are refused outright. The answer is the
// cleaned path with the query as sent; a fragment is dropped.
func localNext(prefix, next string) string {
	if next == "" || len(next) > maxNext || !utf8.ValidString(next) || strings.ContainsRune(next, '\\') || hasControl(next) {
		return ""
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || u.Opaque != "" {
		return ""
	}
	raw := strings.ToLower(u.EscapedPath())
	if !strings.HasPrefix(u.Path, "/") || strings.Contains(raw, "%2f") || strings.Contains(raw, "%5c") {
		return ""
	}
	// The decoded path: no control characters or backslashes sent encoded,
	// nothing that decodes to an encoded slash again ("%252f").
	if !utf8.ValidString(u.Path) {
		return ""
	}
	decoded := strings.ToLower(u.Path)
	if hasControl(decoded) || strings.ContainsRune(decoded, '\\') ||
		strings.Contains(decoded, "%2f") || strings.Contains(decoded, "%5c") {
		return ""
	}
	clean := path.Clean(u.Path)
	if strings.HasSuffix(u.Path, "/") && clean != "/" {
		clean += "/"
	}
	if !strings.HasPrefix(clean, prefix+"/") {
		return ""
	}
	out := url.URL{Path: clean, RawQuery: u.RawQuery}
	return out.String()
}

func hasControl(s string) bool { return strings.IndexFunc(s, unicode.IsControl) >= 0 }
