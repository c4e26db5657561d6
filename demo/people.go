package demo

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// person is a generated name with the locale it belongs to.
type person struct {
	first, last string
	loc         *locale
}

func (p person) name() string { return p.first + " " + p.last }

// languageWeights spreads people over en, nl, de and fr (out of 100).
var languageWeights = []int{35, 35, 15, 15}

// newPerson draws a locale and a name. It draws first of all, so that a
// candidate's name can be recomputed from its own stream (candidatePerson).
func newPerson(r *rand.Rand) person {
	loc := &locales[weighted(r, languageWeights)]
	return person{first: pick(r, loc.first), last: pick(r, loc.last), loc: loc}
}

// pick returns a random element.
func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// weighted returns an index drawn by weight.
func weighted(r *rand.Rand, weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := r.IntN(total)
	for i, w := range weights {
		if n < w {
			return i
		}
		n -= w
	}
	return len(weights) - 1
}

// chance is true with probability pct/100.
func chance(r *rand.Rand, pct int) bool { return r.IntN(100) < pct }

// between returns an int in [lo, hi].
func between(r *rand.Rand, lo, hi int) int { return lo + r.IntN(hi-lo+1) }

// asciiFold maps the accented letters of the name lists to plain ones for
// e-mail addresses and host names.
var asciiFold = strings.NewReplacer(
	"ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "É", "E", "à", "a", "â", "a", "ç", "c",
	"î", "i", "ï", "i", "ô", "o", "û", "u", "ù", "u",
)

// slug turns "van den Berg" into "vandenberg" and "Müller" into "mueller".
func slug(s string) string {
	s = strings.ToLower(asciiFold.Replace(s))
	var b strings.Builder
	for _, c := range s {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// phone draws a mobile number of the locale.
func phone(r *rand.Rand, loc *locale) string {
	return loc.phone + strconv.Itoa(10000000+r.IntN(89999999))
}

// daysAgo is today minus n days.
func (l *loader) daysAgo(n int) domain.Date { return l.today.AddDays(-n) }

// ago is now minus a duration.
func (l *loader) ago(d time.Duration) time.Time { return l.now.Add(-d) }

// randomPast is a moment within the last maxDays days, at office hours.
func (l *loader) randomPast(r *rand.Rand, maxDays int) time.Time {
	day := l.today.AddDays(-1 - r.IntN(maxDays)).Time()
	return day.Add(time.Duration(8*3600+r.IntN(9*3600)) * time.Second)
}

// nullDate stores the zero Date as NULL.
func nullDate(d domain.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

// nullTime stores the zero time as NULL.
func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// nullID stores 0 as NULL.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

const day = 24 * time.Hour
