package domain

import (
	"slices"
	"testing"
)

// Issue 16 item 7: the evidence that two candidate records are one person.
func TestDuplicateReasons_I16(t *testing.T) {
	born := NewDate(1990, 5, 17)
	anna := Candidate{ID: 1, FirstName: "Anna", LastName: "de Vries", Email: "anna@example.nl", Phone: "+31 6 1234 5678",
		DateOfBirth: born, PostalCode: "1012 AB", City: "Amsterdam"}
	for _, tc := range []struct {
		name  string
		other Candidate
		want  []DuplicateReason
	}{
		{"a stranger", Candidate{FirstName: "Bram", LastName: "Bakker", Email: "bram@example.nl", City: "Utrecht"}, nil},
		{"same e-mail in capitals", Candidate{FirstName: "A.", LastName: "Vries", Email: " ANNA@example.nl"}, []DuplicateReason{DupEmail}},
		{"same phone written otherwise", Candidate{FirstName: "Ann", LastName: "Smit", Phone: "06-12345678"}, []DuplicateReason{DupPhone}},
		{"same name and birth date", Candidate{FirstName: "ANNA", LastName: "De  Vries", DateOfBirth: born, City: "Rotterdam"}, []DuplicateReason{DupNameBirthDate}},
		{"same name, other birth date", Candidate{FirstName: "Anna", LastName: "de Vries", DateOfBirth: born.AddDays(1), City: "Rotterdam"}, nil},
		{"same name and postcode", Candidate{FirstName: "Anna", LastName: "de Vries", PostalCode: "1012ab"}, []DuplicateReason{DupNamePostcode}},
		{"typo in the same city", Candidate{FirstName: "Ana", LastName: "de Vries", City: "amsterdam"}, []DuplicateReason{DupSimilarNameCty}},
		{"typo in another city", Candidate{FirstName: "Ana", LastName: "de Vries", City: "Utrecht"}, nil},
		{"names swapped in the same city", Candidate{FirstName: "de Vries", LastName: "Anna", City: "Amsterdam"}, []DuplicateReason{DupSimilarNameCty}},
		{"everything", anna, []DuplicateReason{DupEmail, DupPhone, DupNameBirthDate, DupNamePostcode, DupSimilarNameCty}},
	} {
		if got := DuplicateReasons(anna, tc.other); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
	// Empty fields are never evidence.
	if got := DuplicateReasons(Candidate{FirstName: "X", LastName: "Y"}, Candidate{FirstName: "Z", LastName: "Q"}); got != nil {
		t.Errorf("blank records: %v", got)
	}
}

// Issue 16 item 7: similar names tolerate typos in proportion to length and
// accents always.
func TestSimilarNames_I16(t *testing.T) {
	name := func(first, last string) Candidate { return Candidate{FirstName: first, LastName: last} }
	for _, tc := range []struct {
		a, b Candidate
		want bool
	}{
		{name("Jan", "Jansen"), name("Jan", "Janssen"), true},
		{name("Jörg", "Müller"), name("Jorg", "Mueller"), true},
		{name("Jörg", "Müller"), name("Jorg", "Muller"), true},
		{name("Mohammed", "El Amrani"), name("Muhammad", "El Amrani"), true},
		{name("Li", "Wu"), name("Li", "Xu"), true},
		{name("Al", "Wu"), name("Bo", "Xi"), false},
		{name("Anna", "Bakker"), name("Hanna", "Visser"), false},
		{name("", ""), name("", ""), false},
	} {
		if got := SimilarNames(tc.a, tc.b); got != tc.want {
			t.Errorf("SimilarNames(%s, %s) = %v", tc.a.Name(), tc.b.Name(), got)
		}
	}
}

func TestPhoneKey_I16(t *testing.T) {
	for in, want := range map[string]string{
		"+31 6 1234 5678":    "612345678",
		"06-12345678":        "612345678",
		"(020) 555.12.34":    "205551234",
		"0031 20 555 12 34":  "205551234",
		"12345":              "",
		"":                   "",
		"+49 (0)30 1234567":  "301234567",
		"ext. 12 34 56 78 9": "123456789",
	} {
		if got := PhoneKey(in); got != want {
			t.Errorf("PhoneKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSortDuplicates_I16(t *testing.T) {
	list := []Duplicate{
		{Candidate{ID: 1}, []DuplicateReason{DupSimilarNameCty}},
		{Candidate{ID: 2}, []DuplicateReason{DupPhone}},
		{Candidate{ID: 3}, []DuplicateReason{DupEmail}},
		{Candidate{ID: 4}, []DuplicateReason{DupPhone, DupNamePostcode}},
	}
	SortDuplicates(list)
	var got []ID
	for _, d := range list {
		got = append(got, d.Candidate.ID)
	}
	if !slices.Equal(got, []ID{3, 4, 2, 1}) {
		t.Errorf("order %v", got)
	}
}
