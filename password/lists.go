package password

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// commonText is the project's own list of common passwords and their usual
// variations (common_gen.go), with Dutch, German and French words the
// breached list lacks.
//
//go:embed common.txt
var commonText string

// breachedGz is a list of 412,535 passwords seen in breaches, lower case and
// sorted; README.md says where it comes from and under which licence.
//
//go:embed breached.txt.gz
var breachedGz []byte

// sortedList is a sorted, newline-separated list searched in place: one
// string and its line offsets instead of a map of half a million strings.
type sortedList struct {
	text string
	offs []uint32
}

func newSortedList(text string) sortedList {
	l := sortedList{text: text}
	for i := 0; i < len(text); {
		l.offs = append(l.offs, uint32(i))
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return l
}

func (l sortedList) line(i int) string {
	s := l.text[l.offs[i]:]
	if j := strings.IndexByte(s, '\n'); j >= 0 {
		s = s[:j]
	}
	return s
}

func (l sortedList) has(s string) bool {
	i := sort.Search(len(l.offs), func(i int) bool { return l.line(i) >= s })
	return i < len(l.offs) && l.line(i) == s
}

func (l sortedList) len() int { return len(l.offs) }

// lists are loaded on first use: only setting a password needs them.
var lists = sync.OnceValue(func() [2]sortedList {
	zr, err := gzip.NewReader(bytes.NewReader(breachedGz))
	if err != nil {
		panic(fmt.Sprintf("password: embedded breached list: %v", err)) // a broken build
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		panic(fmt.Sprintf("password: embedded breached list: %v", err))
	}
	var own []string
	sc := bufio.NewScanner(strings.NewReader(commonText))
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			own = append(own, line)
		}
	}
	sort.Strings(own)
	return [2]sortedList{newSortedList(string(raw)), newSortedList(strings.Join(own, "\n"))}
})

func listed(s string) bool {
	l := lists()
	return l[0].has(s) || l[1].has(s)
}

// maxDecoration is how many digits and symbols around a listed password
// still make it that password ("sunshine2024!").
const maxDecoration = 6

// common reports whether lower (a lower-cased password) is on the lists, as
// it is, with its spaces trimmed, or once the digits and symbols around it
// are taken away, as is or read without leetspeak.
func common(lower string) bool {
	if listed(lower) || listed(strings.TrimSpace(lower)) {
		return true
	}
	core := strings.TrimFunc(lower, notLetter)
	if utf8.RuneCountInString(core) < 4 || utf8.RuneCountInString(lower)-utf8.RuneCountInString(core) > maxDecoration {
		return false
	}
	for _, c := range append([]string{core}, unleet(core)...) {
		if listed(c) {
			return true
		}
	}
	return false
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }
