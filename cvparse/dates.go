package cvparse

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// months are the names and abbreviations of months in nl, en, de and fr,
// folded (no accents), as CVs write them.
var months = map[string]time.Month{
	"jan": 1, "januari": 1, "january": 1, "januar": 1, "janvier": 1, "janv": 1, "jänner": 1,
	"feb": 2, "febr": 2, "februari": 2, "february": 2, "februar": 2, "fevrier": 2, "fevr": 2, "fev": 2,
	"mrt": 3, "maart": 3, "mar": 3, "march": 3, "marz": 3, "maerz": 3, "mars": 3,
	"apr": 4, "april": 4, "avril": 4, "avr": 4,
	"mei": 5, "may": 5, "mai": 5,
	"jun": 6, "juni": 6, "june": 6, "juin": 6,
	"jul": 7, "juli": 7, "july": 7, "juillet": 7, "juil": 7,
	"aug": 8, "augustus": 8, "august": 8, "aout": 8,
	"sep": 9, "sept": 9, "september": 9, "septembre": 9,
	"okt": 10, "oct": 10, "oktober": 10, "october": 10, "octobre": 10,
	"nov": 11, "november": 11, "novembre": 11,
	"dec": 12, "dez": 12, "december": 12, "dezember": 12, "decembre": 12,
}

// presentWords say an entry runs until now.
var presentWords = []string{"heden", "nu", "present", "now", "current", "today", "heute", "jetzt", "aktuell", "dato",
	"bis heute", "aujourd'hui", "aujourd hui", "actuel", "ce jour", "en cours", "to date"}

var (
	monthAlt   = alternation(keys(months))
	presentAlt = alternation(presentWords)
	// dateTok is one date of a range in folded text: a day-month-year,
	// a month and year in digits or words, or a year.
	dateTok = `(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}|(?:\d{1,2}\.?\s+)?(?:` + monthAlt + `)\.?\s+(?:19|20)\d{2}|(?:19|20)\d{2})`
	// rangeRe finds "from – to" (to may be a word for now) or "since from".
	rangeRe = regexp.MustCompile(`(?:^|[^\p{L}\d])(?:(?:van|vanaf|von|from|du|de)\s+)?(` + dateTok + `)(?:\s*(?:-|–|—|to|tot|tot en met|t/m|bis|a|au|till|until|jusqu'a|jusqu'en)\s*|\s+)(` + dateTok + `|` + presentAlt + `)(?:$|[^\p{L}\d])` +
		`|(?:^|[^\p{L}\d])(?:sinds|since|seit|depuis|vanaf)\s+(` + dateTok + `)(?:$|[^\p{L}\d])`)
	dmyRe   = regexp.MustCompile(`^(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})$`)
	myRe    = regexp.MustCompile(`^(\d{1,2})[./-]((?:19|20)\d{2})$`)
	ymRe    = regexp.MustCompile(`^((?:19|20)\d{2})[./-](\d{1,2})$`)
	wordsRe = regexp.MustCompile(`^(?:(\d{1,2})\.?\s+)?(` + monthAlt + `)\.?\s+((?:19|20)\d{2})$`)
	yearRe  = regexp.MustCompile(`^((?:19|20)\d{2})$`)
)

func keys(m map[string]time.Month) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// alternation is a regexp alternation of words, longest first so that
// "januari" wins over "jan".
func alternation(words []string) string {
	w := append([]string{}, words...)
	sortByLenDesc(w)
	for i := range w {
		w[i] = regexp.QuoteMeta(w[i])
	}
	return strings.Join(w, "|")
}

func sortByLenDesc(w []string) {
	for i := 1; i < len(w); i++ {
		for j := i; j > 0 && (len(w[j]) > len(w[j-1]) || len(w[j]) == len(w[j-1]) && w[j] < w[j-1]); j-- {
			w[j], w[j-1] = w[j-1], w[j]
		}
	}
}

// Span is a range of dates found in a line: where it stands in the folded
// line, and its start and end (zero end: until now, or unknown).
type Span struct {
	From, To   int
	Start, End domain.Date
	Current    bool
}

// findRange finds the first date range in a folded line.
func findRange(line string) (Span, bool) {
	m := rangeRe.FindStringSubmatchIndex(line)
	if m == nil {
		return Span{}, false
	}
	sp := Span{From: m[0], To: m[1]}
	if m[2] >= 0 {
		start, ok := parseDate(line[m[2]:m[3]])
		if !ok {
			return Span{}, false
		}
		sp.Start = start
		endText := line[m[4]:m[5]]
		if end, ok := parseDate(endText); ok {
			sp.End = end
		} else {
			sp.Current = true
		}
		if !sp.End.IsZero() && sp.End.Before(sp.Start) {
			return Span{}, false
		}
		return sp, true
	}
	start, ok := parseDate(line[m[6]:m[7]])
	if !ok {
		return Span{}, false
	}
	sp.Start, sp.Current = start, true
	return sp, true
}

// parseDate reads one date token; a missing day is the first, a missing
// month January.
func parseDate(s string) (domain.Date, bool) {
	s = strings.TrimSpace(s)
	num := func(t string) int { n, _ := strconv.Atoi(t); return n }
	mk := func(y, m, d int) (domain.Date, bool) {
		if m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100 {
			return domain.Date{}, false
		}
		return domain.NewDate(y, time.Month(m), d), true
	}
	if m := dmyRe.FindStringSubmatch(s); m != nil {
		return mk(num(m[3]), num(m[2]), num(m[1]))
	}
	if m := myRe.FindStringSubmatch(s); m != nil {
		return mk(num(m[2]), num(m[1]), 1)
	}
	if m := ymRe.FindStringSubmatch(s); m != nil {
		return mk(num(m[1]), num(m[2]), 1)
	}
	if m := wordsRe.FindStringSubmatch(s); m != nil {
		day := 1
		if m[1] != "" {
			day = num(m[1])
		}
		return mk(num(m[3]), int(months[m[2]]), day)
	}
	if m := yearRe.FindStringSubmatch(s); m != nil {
		return mk(num(m[1]), 1, 1)
	}
	return domain.Date{}, false
}

// birthRe finds a full date of birth in a folded line: day, month (digits
// or a name) and year, or year-month-day, or "march 12, 1990".
var birthRe = regexp.MustCompile(`(\d{1,2})(?:er)?[./\-\s]\s*(\d{1,2}|` + monthAlt + `)\.?[./\-\s]\s*((?:19|20)\d{2})` +
	`|((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})` +
	`|(` + monthAlt + `)\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})`)

// parseBirthDate reads the first full date in a folded line.
func parseBirthDate(line string) (domain.Date, bool) {
	m := birthRe.FindStringSubmatch(line)
	if m == nil {
		return domain.Date{}, false
	}
	num := func(t string) int { n, _ := strconv.Atoi(t); return n }
	month := func(t string) int {
		if n, err := strconv.Atoi(t); err == nil {
			return n
		}
		return int(months[t])
	}
	var y, mo, d int
	switch {
	case m[1] != "":
		y, mo, d = num(m[3]), month(m[2]), num(m[1])
	case m[4] != "":
		y, mo, d = num(m[4]), num(m[5]), num(m[6])
	default:
		y, mo, d = num(m[9]), month(m[7]), num(m[8])
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return domain.Date{}, false
	}
	date := domain.NewDate(y, time.Month(mo), d)
	if date.Time().Day() != d {
		return domain.Date{}, false // 31 February
	}
	return date, true
}
