package cvparse

import (
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
)

func TestFindRange_Issue16(t *testing.T) {
	d := func(y, m int) domain.Date { return domain.NewDate(y, 1, 1).AddDays(0) }
	_ = d
	for _, c := range []struct {
		line       string
		start, end string
		current    bool
	}{
		{"03/2015 – 06/2019", "2015-03-01", "2019-06-01", false},
		{"maart 2015 - heden", "2015-03-01", "", true},
		{"jan. 2018 bis heute", "2018-01-01", "", true},
		{"seit 04.2020", "2020-04-01", "", true},
		{"depuis septembre 2021", "2021-09-01", "", true},
		{"2010 2014", "2010-01-01", "2014-01-01", false},
		{"2019-05 to 2021-11", "2019-05-01", "2021-11-01", false},
		{"oct 2016 à aujourd'hui", "2016-10-01", "", true},
	} {
		sp, ok := findRange(domain.Fold(c.line))
		if !ok {
			t.Errorf("%q: no range", c.line)
			continue
		}
		end := ""
		if !sp.End.IsZero() {
			end = sp.End.String()
		}
		if sp.Start.String() != c.start || end != c.end || sp.Current != c.current {
			t.Errorf("%q: %s – %s (current %v), want %s – %s (%v)", c.line, sp.Start, end, sp.Current, c.start, c.end, c.current)
		}
	}
	for _, no := range []string{"06 12345678", "Tel 2015", "2019 – 2015", "Keizersgracht 2018"} {
		if sp, ok := findRange(domain.Fold(no)); ok {
			t.Errorf("%q: range %v", no, sp)
		}
	}
}

func TestParse_Issue16(t *testing.T) {
	text := `Sanne de Vries
Adres: Oudegracht 12
3511 LX Utrecht
Telefoon: +31 6 12345678
E-mail: sanne@example.nl
Geboortedatum: 07-04-1992
Werkervaring
Teamleider productie — Heijmans N.V.
03/2019 – heden
Leidinggeven aan 12 collega's.
Opleiding
HBO Bedrijfskunde – Hogeschool Utrecht (2010 – 2014)
Vaardigheden
Heftruck, Excel, Go
Talen
Nederlands (moedertaal), Engels (C1), Duits (basis)
Hobby's
Koken`
	p := Parse(text, Options{Skills: ShippedSkills(), AgencySkills: []string{"Heftruckcertificaat", "heftruck"}, Language: "nl"})
	if p.Email != "sanne@example.nl" || p.Phone != "+31 6 12345678" || p.PostalCode != "3511 LX" || p.City != "Utrecht" ||
		p.Street != "Oudegracht 12" || p.BirthDate.String() != "1992-04-07" {
		t.Errorf("personal: %+v", p)
	}
	if len(p.Experience) != 1 || p.Experience[0].Title != "Teamleider productie" || p.Experience[0].Org != "Heijmans N.V." || !p.Experience[0].Current {
		t.Errorf("experience: %+v", p.Experience)
	}
	if len(p.Education) != 1 || p.Education[0].Org != "Hogeschool Utrecht" || p.Education[0].End.String() != "2014-01-01" {
		t.Errorf("education: %+v", p.Education)
	}
	want := "heftruck,Excel,Go,Leidinggeven"
	if got := strings.Join(p.Skills, ","); !sameSet(got, want) {
		t.Errorf("skills %q, want %q (the agency's spelling, none from hobbies)", got, want)
	}
	if len(p.Languages) != 3 || p.Languages[0] != (Language{"nl", "native"}) || p.Languages[1] != (Language{"en", "C1"}) || p.Languages[2] != (Language{"de", "A2"}) {
		t.Errorf("languages: %+v", p.Languages)
	}
}

func sameSet(a, b string) bool {
	as, bs := strings.Split(a, ","), strings.Split(b, ",")
	if len(as) != len(bs) {
		return false
	}
	m := map[string]bool{}
	for _, x := range as {
		m[x] = true
	}
	for _, x := range bs {
		if !m[x] {
			return false
		}
	}
	return true
}

// TestParseHostile_Issue16: whatever the text, parsing ends and proposes
// nothing it cannot store (no invalid UTF-8, no NUL).
func TestParseHostile_Issue16(t *testing.T) {
	for _, text := range []string{
		"", "\x00\x00\xff\xfe", strings.Repeat("2019 – 2020 ", 100_000), strings.Repeat("a@b.cd ", 50_000),
		strings.Repeat("Werkervaring\n", 20_000), "E-mail: \xffbad@example.com\x00",
	} {
		p := Parse(text, Options{Skills: ShippedSkills()})
		for _, s := range []string{p.Email, p.Phone, p.City, p.Street} {
			if strings.ContainsRune(s, 0) || !utf8Valid(s) {
				t.Errorf("unstorable value %q", s)
			}
		}
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "") == s }
