package cvcorpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// Expected are the values a parser should find in a CV.
type Expected struct {
	Email      string
	Phone      string
	PostalCode string
	City       string
	BirthDate  domain.Date // zero when the CV does not state it
	Languages  []Language
	Skills     []string // as written in the CV
	Experience []Entry
	Education  []Entry
}

// Language is a language with its level (CEFR or "native").
type Language struct{ Code, Level string }

// Entry is a job or a study with its dates; an empty End runs until now.
// Dates are kept at the precision the CV states (a year alone is January).
type Entry struct {
	Title, Org string
	Start, End domain.Date
}

// CV is one generated CV: its language, layout, text and expected values.
type CV struct {
	Name     string // file name without extension
	Lang     string
	Layout   string
	Doc      Document
	Expected Expected
}

// Generate writes n CVs per language (nl, en, de, fr) from seed; the same
// seed gives the same CVs.
func Generate(seed uint64, perLanguage int) []CV {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	var out []CV
	for _, loc := range locales {
		for i := 0; i < perLanguage; i++ {
			out = append(out, generate(r, loc, i))
		}
	}
	return out
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// pickN picks n distinct elements.
func pickN[T any](r *rand.Rand, xs []T, n int) []T {
	idx := r.Perm(len(xs))[:min(n, len(xs))]
	out := make([]T, len(idx))
	for i, j := range idx {
		out[i] = xs[j]
	}
	return out
}

func digits(r *rand.Rand, format string) string {
	var b strings.Builder
	for _, c := range format {
		if c == '#' {
			b.WriteByte(byte('0' + r.IntN(10)))
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

var layouts = []string{"labelled", "compact", "sidebar", "table"}

func generate(r *rand.Rand, loc locale, i int) CV {
	first, last := pick(r, loc.first), pick(r, loc.last)
	pl := pick(r, loc.places)
	cv := CV{Lang: loc.lang, Layout: layouts[i%len(layouts)]}
	cv.Name = fmt.Sprintf("cv-%s-%02d-%s", loc.lang, i+1, cv.Layout)
	e := &cv.Expected
	user := strings.ToLower(domain.Slug(first) + "." + strings.ReplaceAll(domain.Slug(last), "-", ""))
	e.Email = user + fmt.Sprint(r.IntN(90)+10) + "@" + pick(r, loc.mailHosts)
	e.Phone = digits(r, pick(r, loc.phones))
	e.PostalCode, e.City = pl.postal, pl.city
	street := pick(r, loc.streets)
	number := fmt.Sprint(r.IntN(180) + 1)
	streetLine := street + " " + number
	if loc.lang == "en" || loc.lang == "fr" {
		streetLine = number + " " + street
		if loc.lang == "fr" {
			streetLine = number + ", " + street
		}
	}
	var addrLine string
	if loc.lang == "en" {
		addrLine = pl.city + " " + pl.postal
	} else {
		addrLine = pl.postal + " " + pl.city
	}
	if r.IntN(4) != 0 {
		e.BirthDate = domain.NewDate(1965+r.IntN(40), time.Month(1+r.IntN(12)), 1+r.IntN(28))
	}
	// Languages: the mother tongue and one to three others.
	langs := []langName{loc.languages[0]}
	langs = append(langs, pickN(r, loc.languages[1:], 1+r.IntN(3))...)
	for k, l := range langs {
		lv := loc.levels[0]
		if k > 0 {
			lv = pick(r, loc.levels[1:])
		}
		e.Languages = append(e.Languages, Language{Code: l.code, Level: lv.level})
	}
	e.Skills = pickN(r, loc.skills, 4+r.IntN(4))
	// How this CV writes its dates; with years alone the expected values
	// are years too.
	dateStyle := r.IntN(4)
	prec := func(d domain.Date) domain.Date {
		if dateStyle == 3 && !d.IsZero() {
			return domain.NewDate(d.Time().Year(), 1, 1)
		}
		return d
	}
	// Work experience: two to four jobs back from now, newest first.
	year := 2026
	month := 1 + r.IntN(11)
	jobs := 2 + r.IntN(3)
	for k := 0; k < jobs; k++ {
		endY, endM := year, month
		startY := endY - 1 - r.IntN(4)
		startM := 1 + r.IntN(12)
		en := Entry{Title: pick(r, loc.titles), Org: pick(r, loc.employers),
			Start: domain.NewDate(startY, time.Month(startM), 1)}
		if k > 0 {
			en.End = domain.NewDate(endY, time.Month(endM), 1)
		}
		exp := en
		exp.Start, exp.End = prec(en.Start), prec(en.End)
		e.Experience = append(e.Experience, exp)
		year, month = startY, max(startM-1-r.IntN(3), 1)
	}
	// Education: one or two, before the first job.
	studies := 1 + r.IntN(2)
	for k := 0; k < studies; k++ {
		end := year - r.IntN(2)
		start := end - 2 - r.IntN(3)
		e.Education = append(e.Education, Entry{Title: pick(r, loc.degrees), Org: pick(r, loc.schools),
			Start: domain.NewDate(start, 1, 1), End: domain.NewDate(end, 1, 1)})
		year = start
	}
	w := writer{r: r, loc: loc, e: e, dateStyle: dateStyle}
	cv.Doc = w.document(cv.Layout, first+" "+last, streetLine, addrLine)
	cv.Doc.UTF8Font = i%3 == 1
	return cv
}

// writer lays out one CV.
type writer struct {
	r         *rand.Rand
	loc       locale
	e         *Expected
	dateStyle int // how this CV writes months: 0 mm/yyyy, 1 abbreviated name, 2 full name, 3 years only
}

func (w writer) date(d domain.Date, yearOnly bool) string {
	if yearOnly || w.dateStyle == 3 {
		return fmt.Sprint(d.Time().Year())
	}
	m := int(d.Time().Month())
	switch w.dateStyle {
	case 1:
		return w.loc.monthNames[m-1] + " " + fmt.Sprint(d.Time().Year())
	case 2:
		return w.loc.monthFull[m-1] + " " + fmt.Sprint(d.Time().Year())
	}
	if w.loc.lang == "de" {
		return fmt.Sprintf("%02d.%d", m, d.Time().Year())
	}
	return fmt.Sprintf("%02d/%d", m, d.Time().Year())
}

func (w writer) span(en Entry, yearOnly bool) string {
	end := pick(w.r, w.loc.present)
	if !en.End.IsZero() {
		end = w.date(en.End, yearOnly)
	}
	return w.date(en.Start, yearOnly) + " – " + end
}

func (w writer) birth() string {
	d := w.e.BirthDate.Time()
	switch w.loc.lang {
	case "de":
		return d.Format("02.01.2006")
	case "fr":
		return fmt.Sprintf("%d %s %d", d.Day(), w.loc.monthFull[d.Month()-1], d.Year())
	case "en":
		return fmt.Sprintf("%d %s %d", d.Day(), w.loc.monthFull[d.Month()-1], d.Year())
	}
	return d.Format("02-01-2006")
}

func (w writer) levelText(l Language) string {
	for _, lv := range w.loc.levels {
		if lv.level == l.Level {
			return lv.text
		}
	}
	return ""
}

func (w writer) langName(code string) string {
	for _, l := range w.loc.languages {
		if l.code == code {
			return l.name
		}
	}
	return code
}
