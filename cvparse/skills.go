package cvparse

import (
	_ "embed"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

//go:embed skills.tsv
var shippedSkills string

// Skill is one skill of the shipped list: its name per language and the
// folded forms a CV may write it in.
type Skill struct {
	Names map[string]string // by language: en, nl, de, fr
	forms []string          // folded names and aliases
	// written are the names and aliases as the list spells them, beside
	// forms, for the names that count only as written.
	written []string
}

// Name is the skill's name in lang, else in English.
func (s Skill) Name(lang string) string {
	if n := s.Names[lang]; n != "" {
		return n
	}
	return s.Names["en"]
}

// SkillList is the shipped multilingual skill list.
type SkillList []Skill

// ShippedSkills parses the list embedded in the binary.
func ShippedSkills() SkillList {
	var out SkillList
	langs := []string{"en", "nl", "de", "fr"}
	for line := range strings.Lines(shippedSkills) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		s := Skill{Names: map[string]string{}}
		seen := map[string]bool{}
		add := func(name string) {
			f := foldForMatch(name)
			if f != "" && !seen[f] {
				seen[f] = true
				s.forms = append(s.forms, f)
				s.written = append(s.written, strings.TrimSpace(name))
			}
		}
		for i, c := range cols {
			c = strings.TrimSpace(c)
			if i < len(langs) {
				s.Names[langs[i]] = c
				add(c)
				continue
			}
			for _, alias := range strings.Split(c, ",") {
				add(alias)
			}
		}
		out = append(out, s)
	}
	return out
}

// foldForMatch folds a name or a text for whole-word matching: folded as
// domain.Fold does, with punctuation that is not part of a skill's name
// (C#, C++, .NET, PL/SQL keep theirs) turned into spaces, and one space
// at each end so " name " finds whole words.
func foldForMatch(s string) string {
	s = domain.Fold(s)
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '#', r == '+', r == '/', r == '.', r == '\'', r == '-':
			return r
		case r > 127:
			return r
		}
		return ' '
	}, s)
	words := strings.Fields(s)
	for i, w := range words {
		// A full stop or hyphen at a word's end is the sentence's, not the name's.
		words[i] = strings.TrimRight(w, ".-/'")
	}
	return strings.Join(words, " ")
}

// Key names a skill by the shipped list: the English name of the entry one
// of whose names or aliases the name folds to, else the name folded.
func (l SkillList) Key(name string) string {
	f := foldForMatch(name)
	for _, s := range l {
		for _, form := range s.forms {
			if form == f {
				return s.Names["en"]
			}
		}
	}
	return f
}
