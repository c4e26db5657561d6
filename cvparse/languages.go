package cvparse

import (
	"regexp"
	"sort"
	"strings"
)

// languageNames map the names of languages in nl, en, de and fr, folded,
// to their ISO 639-1 codes.
var languageNames = map[string]string{
	"nederlands": "nl", "dutch": "nl", "niederlandisch": "nl", "neerlandais": "nl", "vlaams": "nl", "flemish": "nl",
	"engels": "en", "english": "en", "englisch": "en", "anglais": "en",
	"duits": "de", "german": "de", "deutsch": "de", "allemand": "de",
	"frans": "fr", "french": "fr", "franzosisch": "fr", "francais": "fr",
	"spaans": "es", "spanish": "es", "spanisch": "es", "espagnol": "es",
	"italiaans": "it", "italian": "it", "italienisch": "it", "italien": "it",
	"pools": "pl", "polish": "pl", "polnisch": "pl", "polonais": "pl",
	"portugees": "pt", "portuguese": "pt", "portugiesisch": "pt", "portugais": "pt",
	"turks": "tr", "turkish": "tr", "turkisch": "tr", "turc": "tr",
	"arabisch": "ar", "arabic": "ar", "arabe": "ar",
	"russisch": "ru", "russian": "ru", "russe": "ru",
	"roemeens": "ro", "romanian": "ro", "rumanisch": "ro", "roumain": "ro",
	"chinees": "zh", "chinese": "zh", "chinesisch": "zh", "chinois": "zh",
}

// levelWords map how CVs describe a level to a CEFR grade or "native",
// longest first when matched.
var levelWords = map[string]string{
	"moedertaal": "native", "native": "native", "native speaker": "native", "mother tongue": "native",
	"muttersprache": "native", "langue maternelle": "native", "maternelle": "native", "bilingue": "native", "zweisprachig": "native",
	"uitstekend": "C2", "excellent": "C2", "verhandlungssicher": "C1", "courant": "C1", "vloeiend": "C1", "fluent": "C1",
	"fliessend": "C1", "fließend": "C1", "sehr gut": "C1", "tres bien": "C1", "very good": "C1", "zeer goed": "C1",
	"goed": "B2", "good": "B2", "gut": "B2", "bien": "B2", "gute kenntnisse": "B2",
	"redelijk": "B1", "intermediate": "B1", "conversational": "B1", "intermediaire": "B1", "moyen": "B1", "voldoende": "B1",
	"basis": "A2", "basic": "A2", "elementary": "A2", "grundkenntnisse": "A2", "notions": "A2", "debutant": "A1",
	"beginner": "A1", "scolaire": "A2", "schulkenntnisse": "A2",
}

var (
	languageRe = regexp.MustCompile(`(?:^|[^\p{L}])(` + alternation(keysOf(languageNames)) + `)(?:$|[^\p{L}])`)
	levelRe    = regexp.MustCompile(`(?:^|[^\p{L}])(` + alternation(keysOf(levelWords)) + `|[abc][12])(?:$|[^\p{L}\d])`)
)

func keysOf(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// findLanguages reads the languages section: each language name and the
// level that follows it before the next name. A grade (B2) beats words.
func findLanguages(lines []line) []Language {
	var out []Language
	seen := map[string]bool{}
	for _, l := range lines {
		if l.sec != secLanguages || l.heading {
			continue
		}
		names := languageRe.FindAllStringSubmatchIndex(l.folded, -1)
		for i, m := range names {
			code := languageNames[l.folded[m[2]:m[3]]]
			end := len(l.folded)
			if i+1 < len(names) {
				end = names[i+1][2]
			}
			if seen[code] {
				continue
			}
			seen[code] = true
			out = append(out, Language{Code: code, Level: levelIn(l.folded[m[3]:end])})
		}
	}
	return out
}

// levelIn finds the level in the words after a language name.
func levelIn(s string) string {
	level := ""
	for _, m := range levelRe.FindAllStringSubmatch(s, -1) {
		w := m[1]
		if len(w) == 2 && (w[0] == 'a' || w[0] == 'b' || w[0] == 'c') && (w[1] == '1' || w[1] == '2') {
			return strings.ToUpper(w)
		}
		if level == "" {
			level = levelWords[w]
		}
	}
	return level
}
