package password

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:generate go run common_gen.go common.txt

// Length limits. No composition rules: length and a refusal of known-bad
// choices protect better and annoy less (NIST SP 800-63B).
const (
	MinLength = 10
	MaxLength = 128
)

//go:embed common.txt
var commonText string

var (
	commonOnce sync.Once
	commonSet  map[string]bool
)

func common() map[string]bool {
	commonOnce.Do(func() {
		commonSet = map[string]bool{}
		sc := bufio.NewScanner(strings.NewReader(commonText))
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line != "" && !strings.HasPrefix(line, "#") {
				commonSet[line] = true
			}
		}
	})
	return commonSet
}

// Problem returns the message key of what is wrong with a new password, or
// "" when it is acceptable. Length counts characters, not bytes; the whole
// password is used, never truncated. A password that contains one of the
// names (the agency's, case-insensitive) is refused.
func Problem(pw string, names ...string) string {
	n := utf8.RuneCountInString(pw)
	switch {
	case n < MinLength:
		return "password.too_short"
	case n > MaxLength:
		return "password.too_long"
	}
	lower := strings.ToLower(pw)
	if common()[lower] || common()[strings.TrimSpace(lower)] {
		return "password.common"
	}
	for _, name := range names {
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		if strings.Contains(lower, name) {
			return "password.contains_name"
		}
		// "Acme Staffing" is also refused as "acmestaffing" and as "acme".
		if strings.Contains(lower, strings.Join(strings.Fields(name), "")) {
			return "password.contains_name"
		}
		for _, w := range strings.Fields(name) {
			if utf8.RuneCountInString(w) >= 4 && strings.Contains(lower, w) && !genericWord(w) {
				return "password.contains_name"
			}
		}
	}
	return ""
}

// genericWord is a word of agency names too common to refuse on its own.
func genericWord(w string) bool {
	switch w {
	case "staffing", "recruitment", "group", "agency", "holding", "services", "personnel", "interim", "uitzendbureau", "werving":
		return true
	}
	return false
}
