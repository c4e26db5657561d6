package domain

import (
	"errors"
	"strings"
	"testing"
)

// careersCase is a vacancy and agency settings for the publishing rules.
func careersSettings(required bool) Settings {
	s := DefaultSettings()
	s.Careers.SourceID = 7
	s.Careers.PayRequired = required
	return s
}

var hourly = PayRange{MinCents: 1800, MaxCents: 2250, Currency: "EUR", Period: PayHour}

// Issue 16 item 2: when the agency requires it, a vacancy the careers site
// would publish cannot be saved without a pay range; vacancies it does not
// publish (other source, closed, talent pools) need none, nor does any
// vacancy when the agency does not require it.
func TestPayRangeRequiredToPublish_I16(t *testing.T) {
	published := Vacancy{SourceID: 7, Status: VacancyOpen}
	for _, tc := range []struct {
		name     string
		required bool
		v        Vacancy
		refused  bool
	}{
		{"required, published, no range", true, published, true},
		{"required, published, currency only", true, Vacancy{SourceID: 7, Status: VacancyOpen, Pay: PayRange{Currency: "EUR"}}, true},
		{"required, published, with range", true, Vacancy{SourceID: 7, Status: VacancyOpen, Pay: hourly}, false},
		{"required, other source", true, Vacancy{SourceID: 8, Status: VacancyOpen}, false},
		{"required, no source", true, Vacancy{Status: VacancyOpen}, false},
		{"required, closed", true, Vacancy{SourceID: 7, Status: VacancyClosed}, false},
		{"required, talent pool", true, Vacancy{SourceID: 7, Status: VacancyOpen, Pool: PoolGeneral}, false},
		{"not required, published, no range", false, published, false},
	} {
		err := CheckPayToPublish(tc.v, careersSettings(tc.required))
		if (err != nil) != tc.refused {
			t.Errorf("%s: err = %v, want refused %v", tc.name, err, tc.refused)
		}
		if err != nil && !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v is not a validation error", tc.name, err)
		}
		if ve, ok := err.(*ValidationError); ok && ve.Fields["pay_min"] != KeyPayRequired {
			t.Errorf("%s: fields %v", tc.name, ve.Fields)
		}
	}
	// With no careers source configured nothing is published, so nothing
	// needs a range.
	s := DefaultSettings()
	s.Careers.PayRequired = true
	if err := CheckPayToPublish(Vacancy{Status: VacancyOpen}, s); err != nil {
		t.Errorf("no careers source: %v", err)
	}
}

// Issue 16 items 1-3: what the careers site shows.
func TestOnCareersSite_I16(t *testing.T) {
	today := NewDate(2026, 3, 14)
	for _, tc := range []struct {
		name     string
		required bool
		v        Vacancy
		want     bool
	}{
		{"open with the careers source", false, Vacancy{SourceID: 7, Status: VacancyOpen}, true},
		{"another source", false, Vacancy{SourceID: 8, Status: VacancyOpen}, false},
		{"closed", false, Vacancy{SourceID: 7, Status: VacancyClosed}, false},
		{"company pool", false, Vacancy{SourceID: 7, Status: VacancyOpen, Pool: PoolCompany}, false},
		{"closes today", false, Vacancy{SourceID: 7, Status: VacancyOpen, ClosesOn: today}, true},
		{"closed yesterday", false, Vacancy{SourceID: 7, Status: VacancyOpen, ClosesOn: today.AddDays(-1)}, false},
		{"closes next week", false, Vacancy{SourceID: 7, Status: VacancyOpen, ClosesOn: today.AddDays(7)}, true},
		{"range required, none stated", true, Vacancy{SourceID: 7, Status: VacancyOpen}, false},
		{"range required and stated", true, Vacancy{SourceID: 7, Status: VacancyOpen, Pay: hourly}, true},
	} {
		if got := OnCareersSite(tc.v, careersSettings(tc.required), today); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
	if OnCareersSite(Vacancy{Status: VacancyOpen}, DefaultSettings(), today) {
		t.Error("a vacancy without source is published while no careers source is set")
	}
}

// Issue 16 item 2: a stated pay range is complete and ordered.
func TestPayRangeValidation_I16(t *testing.T) {
	base := Vacancy{Title: "Welder", CompanyID: 1, OwnerID: 1, ProcedureID: 1, Status: VacancyOpen}
	for _, tc := range []struct {
		name  string
		pay   PayRange
		field string // "" = valid
		key   string
	}{
		{"none", PayRange{}, "", ""},
		{"currency only", PayRange{Currency: "EUR"}, "", ""},
		{"hourly", hourly, "", ""},
		{"fixed monthly", PayRange{MinCents: 320000, MaxCents: 320000, Currency: "CHF", Period: PayMonth}, "", ""},
		{"max below min", PayRange{MinCents: 2000, MaxCents: 1900, Currency: "EUR", Period: PayHour}, "pay_max", KeyPayMaxBelowMin},
		{"no max", PayRange{MinCents: 2000, Currency: "EUR", Period: PayHour}, "pay_max", "validation.required"},
		{"no min", PayRange{MaxCents: 2000, Currency: "EUR", Period: PayHour}, "pay_min", "validation.required"},
		{"no period", PayRange{MinCents: 2000, MaxCents: 2500, Currency: "EUR"}, "pay_period", "validation.choice"},
		{"week is no period", PayRange{MinCents: 2000, MaxCents: 2500, Currency: "EUR", Period: "week"}, "pay_period", "validation.choice"},
		{"unknown currency", PayRange{MinCents: 2000, MaxCents: 2500, Currency: "EUX", Period: PayHour}, "pay_currency", "validation.choice"},
		{"lower-case currency", PayRange{MinCents: 2000, MaxCents: 2500, Currency: "eur", Period: PayHour}, "pay_currency", "validation.choice"},
		{"no currency", PayRange{MinCents: 2000, MaxCents: 2500, Period: PayYear}, "pay_currency", "validation.choice"},
		{"absurd", PayRange{MinCents: 1, MaxCents: maxPayCents + 1, Currency: "EUR", Period: PayYear}, "pay_max", "validation.amount"},
	} {
		v := base
		v.Pay = tc.pay
		err := v.Validate()
		if tc.field == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		ve, ok := err.(*ValidationError)
		if !ok || ve.Fields[tc.field] != tc.key {
			t.Errorf("%s: %v, want %s=%s", tc.name, err, tc.field, tc.key)
		}
	}
}

// Issue 16 item 3: schema.org employmentType and the hours filter agree on
// where full time starts.
func TestEmploymentTypeAndHoursBand_I16(t *testing.T) {
	for _, tc := range []struct {
		hours      int
		typ        string
		part, full bool
	}{
		{0, "OTHER", false, false},
		{8, "PART_TIME", true, false},
		{31, "PART_TIME", true, false},
		{32, "FULL_TIME", false, true},
		{40, "FULL_TIME", false, true},
	} {
		if got := EmploymentType(tc.hours); got != tc.typ {
			t.Errorf("EmploymentType(%d) = %s", tc.hours, got)
		}
		if InHoursBand(tc.hours, HoursPartTime) != tc.part || InHoursBand(tc.hours, HoursFullTime) != tc.full || !InHoursBand(tc.hours, HoursAny) {
			t.Errorf("hours band of %d", tc.hours)
		}
	}
}

// G4, issue 16 item 1: the careers site's colours keep text readable.
func TestCareersColours_G4_I16(t *testing.T) {
	if r := ContrastRatio("#000000", "#ffffff"); r < 20.9 || r > 21.1 {
		t.Errorf("black on white = %.2f", r)
	}
	for bg, want := range map[string]string{"#1f4e79": "#ffffff", "#ffff00": "#111111", "#ffffff": "#111111", "#000000": "#ffffff", "#e11d48": "#ffffff"} {
		if got := TextOn(bg); got != want {
			t.Errorf("TextOn(%s) = %s, want %s", bg, got, want)
		}
		if ContrastRatio(TextOn(bg), bg) < 4.5 {
			t.Errorf("text on %s reaches only %.2f", bg, ContrastRatio(TextOn(bg), bg))
		}
	}
	for _, tc := range []struct {
		brand, link, country string
		field, key           string
	}{
		{DefaultBrandColor, DefaultLinkColor, "", "", ""},
		{"#FFAA00", "#0b5394", "NL", "", ""},
		{"red", DefaultLinkColor, "", "careers_brand_color", "validation.color"},
		{"#12345", DefaultLinkColor, "", "careers_brand_color", "validation.color"},
		{DefaultBrandColor, "#ffff00", "", "careers_link_color", KeyLinkContrast},
		{DefaultBrandColor, "#gg0000", "", "careers_link_color", "validation.color"},
		{DefaultBrandColor, DefaultLinkColor, "XX", "careers_country", "validation.choice"},
		{DefaultBrandColor, DefaultLinkColor, "nl", "careers_country", "validation.choice"},
		{DefaultBrandColor, DefaultLinkColor, "EU", "careers_country", "validation.choice"},
	} {
		s := DefaultSettings()
		s.Careers.BrandColor, s.Careers.LinkColor, s.Careers.Country = tc.brand, tc.link, tc.country
		err := s.Validate()
		if tc.field == "" {
			if err != nil {
				t.Errorf("%+v: %v", tc, err)
			}
			continue
		}
		if ve, ok := err.(*ValidationError); !ok || ve.Fields[tc.field] != tc.key {
			t.Errorf("%+v: %v", tc, err)
		}
	}
}

// Issue 16 item 1: vacancy URLs carry a readable slug.
func TestSlug_I16(t *testing.T) {
	for in, want := range map[string]string{
		"Lasser (m/v/x) – Amsterdam": "lasser-m-v-x-amsterdam",
		"Ingénieur Qualité":          "ingenieur-qualite",
		"  Straßenbauer!!":           "strassenbauer",
		"日本語":                        "",
		"C++ developer":              "c-developer",
		strings.Repeat("ab ", 40):    strings.TrimSuffix(strings.Repeat("ab-", 20), "-"),
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// Issue 16 item 4: the application form takes what a visitor types only
// when it is text of sensible length, with consent; it has no salary field.
func TestApplicationFormValidate_I16(t *testing.T) {
	ok := ApplicationForm{FirstName: "Élodie", LastName: "Martin", Email: "elodie@example.fr", Phone: "+33 6 12 34 56 78",
		Motivation: "J'aime souder.\nVraiment.", Consent: true}
	if err := ok.Validate(); err != nil {
		t.Fatalf("valid form: %v", err)
	}
	for _, tc := range []struct {
		name  string
		edit  func(f *ApplicationForm)
		field string
		key   string
	}{
		{"no consent", func(f *ApplicationForm) { f.Consent = false }, "consent", KeyConsentRequired},
		{"no e-mail", func(f *ApplicationForm) { f.Email = "" }, "email", "validation.required"},
		{"bad e-mail", func(f *ApplicationForm) { f.Email = "Elodie <e@x.fr>" }, "email", "validation.email"},
		{"NUL in name", func(f *ApplicationForm) { f.FirstName = "A\x00B" }, "first_name", "validation.text"},
		{"invalid UTF-8", func(f *ApplicationForm) { f.LastName = "Mar\xfftin" }, "last_name", "validation.text"},
		{"escape in motivation", func(f *ApplicationForm) { f.Motivation = "hi\x1b[31m" }, "motivation", "validation.text"},
		{"1 MB motivation", func(f *ApplicationForm) { f.Motivation = strings.Repeat("x", 1<<20) }, "motivation", "validation.too_long"},
		{"long phone", func(f *ApplicationForm) { f.Phone = strings.Repeat("1", 41) }, "phone", "validation.too_long"},
	} {
		f := ok
		tc.edit(&f)
		ve, isV := f.Validate().(*ValidationError)
		if !isV || ve.Fields[tc.field] != tc.key {
			t.Errorf("%s: %v, want %s=%s", tc.name, ve, tc.field, tc.key)
		}
	}
	if got := CleanUTM(`linkedin"><script>`); got != "linkedinscript" {
		t.Errorf("CleanUTM = %q", got)
	}
	if got := CleanUTM(strings.Repeat("a", 300)); len(got) != 100 {
		t.Errorf("CleanUTM kept %d", len(got))
	}
}
