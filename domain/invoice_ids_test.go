package domain

import "testing"

// Issue 17: VAT numbers have their country's format.
func TestValidVATNumber_I17(t *testing.T) {
	tests := []struct {
		country, number string
		want            bool
	}{
		{"NL", "NL123456789B01", true},
		{"NL", "NL123456789B1", false},
		{"NL", "DE123456789", false}, // another country's number
		{"DE", "DE123456789", true},
		{"DE", "DE12345678", false},
		{"BE", "BE0123456789", true},
		{"BE", "BE2123456789", false},
		{"FR", "FRXX123456789", true},
		{"FR", "FRIO123456789", false}, // I and O are not used
		{"GR", "EL123456789", true},
		{"GR", "GR123456789", false},
		{"AT", "ATU12345678", true},
		{"GB", "GB123456789", true},
		{"GB", "GBGD001", true},
		{"IE", "IE1234567WA", true},
		{"ES", "ESX1234567X", true},
		{"CH", "CHE123456789MWST", true},
		{"NL", "", false},
		{"NL", "NL123456789B01\x00", false},
		{"US", "12-3456789", false}, // no format known: letters and digits only
		{"US", "123456789", true},
	}
	for _, tt := range tests {
		if got := ValidVATNumber(tt.country, tt.number); got != tt.want {
			t.Errorf("ValidVATNumber(%s, %q) = %v, want %v", tt.country, tt.number, got, tt.want)
		}
	}
	if got := NormaliseVATNumber(" nl 1234.56.789-b01 "); got != "NL123456789B01" {
		t.Errorf("NormaliseVATNumber = %q", got)
	}
}

// Issue 17: an IBAN has its country's length and a correct mod-97 check.
func TestValidIBAN_I17(t *testing.T) {
	tests := []struct {
		iban string
		want bool
	}{
		{"NL91ABNA0417164300", true},
		{"NL91ABNA0417164301", false}, // one digit off
		{"NL19ABNA0417164300", false}, // check digits swapped
		{"DE89370400440532013000", true},
		{"BE68539007547034", true},
		{"FR1420041010050500013M02606", true},
		{"GB82WEST12345698765432", true},
		{"GB82WEST1234569876543", false}, // too short
		{"XX82WEST12345698765432", false},
		{"NL91ABNA04171643!0", false},
		{"", false},
		{"NL", false},
	}
	for _, tt := range tests {
		if got := ValidIBAN(tt.iban); got != tt.want {
			t.Errorf("ValidIBAN(%q) = %v, want %v", tt.iban, got, tt.want)
		}
	}
	if got := NormaliseIBAN("nl91 abna 0417 1643 00"); got != "NL91ABNA0417164300" {
		t.Errorf("NormaliseIBAN = %q", got)
	}
}

// Issue 17: a Peppol participant id is a known scheme and an identifier;
// without one a party is addressed by its VAT number.
func TestPeppolEndpoint_I17(t *testing.T) {
	for id, want := range map[string]bool{
		"0106:12345678": true, "9944:NL123456789B01": true, "0088:5790000435975": true,
		"1234:12345678": false, "0106:": false, "0106": false, "0106:12 34": false, "": false,
	} {
		if got := ValidPeppolID(id); got != want {
			t.Errorf("ValidPeppolID(%q) = %v, want %v", id, got, want)
		}
	}
	tests := []struct {
		peppol, vat, country string
		scheme, id           string
		ok                   bool
	}{
		{"0106:12345678", "NL123456789B01", "NL", "0106", "12345678", true},
		{"", "NL123456789B01", "NL", "9944", "NL123456789B01", true},
		{"", "DE123456789", "DE", "9930", "DE123456789", true},
		{"", "", "NL", "", "", false},
		{"", "123456789", "US", "", "", false},
	}
	for _, tt := range tests {
		s, id, ok := EndpointOf(tt.peppol, tt.vat, tt.country)
		if s != tt.scheme || id != tt.id || ok != tt.ok {
			t.Errorf("EndpointOf(%q, %q, %s) = %s:%s %v", tt.peppol, tt.vat, tt.country, s, id, ok)
		}
	}
}
