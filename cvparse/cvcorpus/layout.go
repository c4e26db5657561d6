package cvcorpus

import (
	"fmt"
	"strings"
)

func h(s string) Block     { return Block{Style: Heading, Text: s} }
func p(s string) Block     { return Block{Style: Body, Text: s} }
func small(s string) Block { return Block{Style: Small, Text: s} }

// document lays out the CV in one of four ways agencies receive daily:
// labelled personal details on top; a compact contact line; a sidebar with
// contact, skills and languages; dates in a left column, tab-separated.
func (w writer) document(layout, name, street, addr string) Document {
	e, loc, r := w.e, w.loc, w.r
	var d Document
	contact := []Block{}
	switch layout {
	case "compact":
		contact = append(contact, p(strings.Join([]string{e.Email, e.Phone, street + ", " + addr}, " | ")))
		if !e.BirthDate.IsZero() {
			contact = append(contact, p(loc.labels.birth+": "+w.birth()))
		}
	default:
		contact = append(contact, h(pick(r, loc.hPersonal)))
		if layout == "sidebar" {
			contact = append(contact, p(street), p(addr), p(e.Phone), p(e.Email))
		} else {
			contact = append(contact, p(loc.labels.address+": "+street), p(addr),
				p(loc.labels.phone+": "+e.Phone), p(loc.labels.email+": "+e.Email))
		}
		if !e.BirthDate.IsZero() {
			contact = append(contact, p(loc.labels.birth+": "+w.birth()))
		}
	}
	profile := []Block{h(pick(r, loc.hProfile)), p(strings.Join(pickN(r, loc.profile, 2), " "))}
	var exp []Block
	exp = append(exp, h(pick(r, loc.hExperience)))
	for _, en := range e.Experience {
		desc := small(fmt.Sprintf(pick(r, loc.describe), pick(r, e.Skills)))
		switch layout {
		case "labelled":
			exp = append(exp, p(en.Title+" — "+en.Org), p(w.span(en, false)), desc)
		case "compact":
			exp = append(exp, p(w.span(en, false)+": "+en.Title+" "+loc.at+" "+en.Org), desc)
		case "sidebar":
			exp = append(exp, p(en.Org), p(en.Title), p(w.span(en, false)), desc)
		default:
			exp = append(exp, p(w.span(en, false)+"\t"+en.Title+", "+en.Org), desc)
		}
	}
	edu := []Block{h(pick(r, loc.hEducation))}
	for _, en := range e.Education {
		switch layout {
		case "labelled", "sidebar":
			edu = append(edu, p(en.Title), p(en.Org+", "+w.span(en, true)))
		case "compact":
			edu = append(edu, p(en.Title+" – "+en.Org+" ("+w.span(en, true)+")"))
		default:
			edu = append(edu, p(w.span(en, true)+"\t"+en.Title+", "+en.Org))
		}
	}
	skills := []Block{h(pick(r, loc.hSkills))}
	langs := []Block{h(pick(r, loc.hLanguages))}
	if layout == "sidebar" || layout == "table" {
		for _, s := range e.Skills {
			skills = append(skills, p("• "+s))
		}
		for _, l := range e.Languages {
			langs = append(langs, p(w.langName(l.Code)+" – "+w.levelText(l)))
		}
	} else {
		skills = append(skills, p(strings.Join(e.Skills, ", ")))
		var parts []string
		for _, l := range e.Languages {
			parts = append(parts, w.langName(l.Code)+" ("+w.levelText(l)+")")
		}
		langs = append(langs, p(strings.Join(parts, ", ")))
	}
	hobbies := []Block{h(pick(r, loc.hHobbies)), p(pick(r, loc.hobbies))}
	if layout == "sidebar" {
		d.Side = append(append(append(contact, skills...), langs...), hobbies...)
		d.Main = append(append(append([]Block{{Style: Title, Text: name}}, profile...), exp...), edu...)
		return d
	}
	d.Main = append(append([]Block{{Style: Title, Text: name}}, contact...), profile...)
	d.Main = append(append(append(append(append(d.Main, exp...), edu...), skills...), langs...), hobbies...)
	return d
}
