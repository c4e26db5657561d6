// Package cveval measures cvparse on the generated corpus: each CV is
// written as PDF and DOCX, read back by cvtext, parsed, and compared with
// the values it was generated from. Precision and recall are counted per
// field over all documents (doc/cv-parsing.md).
package cveval

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/matchpoint/matchpoint/cvparse"
	"github.com/matchpoint/matchpoint/cvparse/cvcorpus"
	"github.com/matchpoint/matchpoint/cvtext"
	"github.com/matchpoint/matchpoint/domain"
)

// Fields are the fields measured, in the order of the report.
var Fields = []string{"email", "phone", "postal code", "city", "date of birth", "languages", "language levels",
	"skills", "experience (whole entry)", "experience dates", "education (whole entry)", "education dates"}

// Count is one field's tally.
type Count struct{ TP, FP, FN int }

// Precision is TP / (TP + FP), 1 when nothing was proposed.
func (c Count) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is TP / (TP + FN), 1 when nothing was expected.
func (c Count) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// Report is the outcome of one run.
type Report struct {
	CVs, Documents int
	Languages      []string
	Formats        []string
	Fields         map[string]*Count
	ByLanguage     map[string]map[string]*Count
	Failures       []string // documents whose text could not be read
}

// Run generates perLanguage CVs per language from seed and measures the
// parser on each as PDF and as DOCX.
func Run(ctx context.Context, seed uint64, perLanguage int) (Report, error) {
	cvs := cvcorpus.Generate(seed, perLanguage)
	rep := Report{CVs: len(cvs), Languages: []string{"nl", "en", "de", "fr"}, Formats: []string{"pdf", "docx"},
		Fields: map[string]*Count{}, ByLanguage: map[string]map[string]*Count{}}
	for _, f := range Fields {
		rep.Fields[f] = &Count{}
	}
	opt := cvparse.Options{Skills: cvparse.ShippedSkills(), Language: "en"}
	for _, cv := range cvs {
		for _, format := range rep.Formats {
			var content []byte
			var err error
			if format == "pdf" {
				content, err = cvcorpus.PDF(cv.Doc)
			} else {
				content, err = cvcorpus.DOCX(cv.Doc)
			}
			if err != nil {
				return rep, fmt.Errorf("cveval: write %s.%s: %w", cv.Name, format, err)
			}
			text, err := cvtext.Extract(ctx, content, cvtext.DefaultLimits)
			if err != nil {
				rep.Failures = append(rep.Failures, cv.Name+"."+format+": "+err.Error())
			}
			rep.Documents++
			got := cvparse.Parse(text, opt)
			if rep.ByLanguage[cv.Lang] == nil {
				rep.ByLanguage[cv.Lang] = map[string]*Count{}
				for _, f := range Fields {
					rep.ByLanguage[cv.Lang][f] = &Count{}
				}
			}
			score(rep.Fields, rep.ByLanguage[cv.Lang], cv.Expected, got, opt.Skills)
		}
	}
	return rep, nil
}

// score adds one document's outcome to the tallies.
func score(all, lang map[string]*Count, want cvcorpus.Expected, got cvparse.Proposal, skills cvparse.SkillList) {
	one := func(field, w, g string) {
		for _, m := range []map[string]*Count{all, lang} {
			c := m[field]
			switch {
			case g != "" && g == w:
				c.TP++
			case g != "" && w == "":
				c.FP++
			case g != "":
				c.FP++
				c.FN++
			case w != "":
				c.FN++
			}
		}
	}
	set := func(field string, w, g []string) {
		want := map[string]int{}
		for _, x := range w {
			want[x]++
		}
		for _, m := range []map[string]*Count{all, lang} {
			c := m[field]
			left := map[string]int{}
			for k, v := range want {
				left[k] = v
			}
			for _, x := range g {
				if left[x] > 0 {
					left[x]--
					c.TP++
				} else {
					c.FP++
				}
			}
			for _, v := range left {
				c.FN += v
			}
		}
	}
	date := func(d domain.Date) string {
		if d.IsZero() {
			return ""
		}
		return d.String()
	}
	one("email", strings.ToLower(want.Email), strings.ToLower(got.Email))
	one("phone", domain.PhoneKey(want.Phone), domain.PhoneKey(got.Phone))
	one("postal code", strings.ReplaceAll(want.PostalCode, " ", ""), strings.ReplaceAll(got.PostalCode, " ", ""))
	one("city", domain.Fold(want.City), domain.Fold(got.City))
	one("date of birth", date(want.BirthDate), date(got.BirthDate))
	var wl, gl, wll, gll []string
	for _, l := range want.Languages {
		wl, wll = append(wl, l.Code), append(wll, l.Code+" "+l.Level)
	}
	for _, l := range got.Languages {
		gl, gll = append(gl, l.Code), append(gll, l.Code+" "+l.Level)
	}
	set("languages", wl, gl)
	set("language levels", wll, gll)
	set("skills", skillKeys(want.Skills, skills), skillKeys(got.Skills, skills))
	entry := func(title, org string, start, end domain.Date) string {
		return domain.Fold(title) + "|" + domain.Fold(org) + "|" + date(start) + "|" + date(end)
	}
	var we, ge, wd, gd []string
	for _, e := range want.Experience {
		we, wd = append(we, entry(e.Title, e.Org, e.Start, e.End)), append(wd, date(e.Start)+"|"+date(e.End))
	}
	for _, e := range got.Experience {
		ge, gd = append(ge, entry(e.Title, e.Org, e.Start, e.End)), append(gd, date(e.Start)+"|"+date(e.End))
	}
	set("experience (whole entry)", we, ge)
	set("experience dates", wd, gd)
	we, ge, wd, gd = nil, nil, nil, nil
	for _, e := range want.Education {
		we, wd = append(we, entry(e.Title, e.Org, e.Start, e.End)), append(wd, date(e.Start)+"|"+date(e.End))
	}
	for _, e := range got.Education {
		ge, gd = append(ge, entry(e.Title, e.Org, e.Start, e.End)), append(gd, date(e.Start)+"|"+date(e.End))
	}
	set("education (whole entry)", we, ge)
	set("education dates", wd, gd)
}

// skillKeys names each skill by its place in the shipped list, so the
// Dutch "Heftruck" a CV writes and the English "Forklift" a proposal
// names count as one; a name the list lacks stays itself.
func skillKeys(names []string, list cvparse.SkillList) []string {
	var out []string
	for _, n := range names {
		out = append(out, list.Key(n))
	}
	sort.Strings(out)
	return out
}

// Markdown writes the report as the tables of doc/cv-parsing.md.
func (r Report) Markdown(w io.Writer) {
	fmt.Fprintf(w, "%d CVs (%s), each as %s: %d documents.\n\n", r.CVs, strings.Join(r.Languages, ", "),
		strings.Join(r.Formats, " and "), r.Documents)
	fmt.Fprintln(w, "| field | precision | recall | found right | proposed wrongly | missed |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: |")
	for _, f := range Fields {
		c := r.Fields[f]
		fmt.Fprintf(w, "| %s | %.2f | %.2f | %d | %d | %d |\n", f, c.Precision(), c.Recall(), c.TP, c.FP, c.FN)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Per language (precision / recall):")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| field | "+strings.Join(r.Languages, " | ")+" |")
	fmt.Fprintln(w, "| --- |"+strings.Repeat(" ---: |", len(r.Languages)))
	for _, f := range Fields {
		fmt.Fprintf(w, "| %s |", f)
		for _, l := range r.Languages {
			c := r.ByLanguage[l][f]
			fmt.Fprintf(w, " %.2f / %.2f |", c.Precision(), c.Recall())
		}
		fmt.Fprintln(w)
	}
	if len(r.Failures) > 0 {
		fmt.Fprintf(w, "\nUnreadable documents: %s\n", strings.Join(r.Failures, "; "))
	}
}
