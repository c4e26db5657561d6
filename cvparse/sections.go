package cvparse

import "strings"

// section is the kind of part of a CV a heading opens.
type section int

const (
	secNone section = iota
	secPersonal
	secExperience
	secEducation
	secSkills
	secLanguages
	secOther // profile, hobbies, references, courses: nothing to take from
)

// headings are the section titles CVs use in nl, en, de and fr, folded.
var headings = map[string]section{}

func init() {
	add := func(s section, names ...string) {
		for _, n := range names {
			headings[n] = s
		}
	}
	add(secPersonal, "persoonlijke gegevens", "personalia", "contact", "contactgegevens", "gegevens",
		"personal details", "personal information", "contact details", "contact information", "details",
		"personliche daten", "personliche angaben", "kontakt", "kontaktdaten", "angaben zur person",
		"informations personnelles", "coordonnees", "etat civil", "contact et informations")
	add(secExperience, "werkervaring", "ervaring", "arbeidsverleden", "loopbaan", "werkgevers", "relevante werkervaring",
		"work experience", "experience", "professional experience", "employment history", "employment", "career history", "career",
		"berufserfahrung", "beruflicher werdegang", "werdegang", "berufspraxis", "praxiserfahrung", "berufliche erfahrung",
		"experience professionnelle", "experiences professionnelles", "parcours professionnel", "experiences", "emplois occupes")
	add(secEducation, "opleiding", "opleidingen", "onderwijs", "scholing", "opleiding en cursussen",
		"education", "academic background", "qualifications", "education and training", "academic qualifications",
		"ausbildung", "bildungsweg", "schulbildung", "studium", "aus- und weiterbildung", "ausbildung und studium",
		"formation", "formations", "etudes", "diplomes", "parcours scolaire", "formation et diplomes")
	add(secSkills, "vaardigheden", "competenties", "kennis en vaardigheden", "vaardigheden en kennis", "kennis",
		"skills", "key skills", "technical skills", "competencies", "core skills", "it skills",
		"kenntnisse", "fahigkeiten", "kompetenzen", "edv-kenntnisse", "fachkenntnisse", "fahigkeiten und kenntnisse",
		"competences", "competences techniques", "savoir-faire", "competences cles", "informatique")
	add(secLanguages, "talen", "talenkennis", "taalvaardigheid", "languages", "language skills",
		"sprachen", "sprachkenntnisse", "langues", "competences linguistiques", "langues etrangeres")
	add(secOther, "profiel", "over mij", "persoonlijk profiel", "profile", "summary", "about me", "personal profile",
		"profil", "uber mich", "kurzprofil", "hobby's", "hobbies", "interesses", "interests", "hobbys", "interessen",
		"loisirs", "centres d'interet", "referenties", "references", "referenzen", "cursussen", "courses", "certificates",
		"certificaten", "weiterbildung", "zertifikate", "certifications", "nevenactiviteiten", "activities", "sonstiges", "divers")
}

// headingOf says which section a folded line opens, if it is a heading: a
// known title alone on its line, with or without a colon.
func headingOf(folded string) (section, bool) {
	f := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(folded), ":"))
	if len(f) > 45 {
		return secNone, false
	}
	s, ok := headings[f]
	return s, ok
}
