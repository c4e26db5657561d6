package domain

import (
	"regexp"
	"slices"
	"strings"
)

// euCountries are the member states of the EU, by ISO 3166 code.
var euCountries = []string{"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
	"IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"}

// otherCountries are the countries outside the EU the forms accept.
var otherCountries = []string{"GB", "CH", "NO", "IS", "LI", "US", "CA", "AU"}

// EUCountry reports whether code is an EU member state.
func EUCountry(code string) bool { return slices.Contains(euCountries, code) }

// InvoiceCountry reports whether code is a country invoices can go to.
func InvoiceCountry(code string) bool {
	return EUCountry(code) || slices.Contains(otherCountries, code)
}

// vatFormats are the VAT identification number formats per country, the
// country prefix included (Greece uses EL), as the EU's VIES service
// documents them; GB, CH and NO for clients outside the EU.
var vatFormats = map[string]*regexp.Regexp{
	"AT": regexp.MustCompile(`^ATU\d{8}$`),
	"BE": regexp.MustCompile(`^BE[01]\d{9}$`),
	"BG": regexp.MustCompile(`^BG\d{9,10}$`),
	"CY": regexp.MustCompile(`^CY\d{8}[A-Z]$`),
	"CZ": regexp.MustCompile(`^CZ\d{8,10}$`),
	"DE": regexp.MustCompile(`^DE\d{9}$`),
	"DK": regexp.MustCompile(`^DK\d{8}$`),
	"EE": regexp.MustCompile(`^EE\d{9}$`),
	"ES": regexp.MustCompile(`^ES[A-Z0-9]\d{7}[A-Z0-9]$`),
	"FI": regexp.MustCompile(`^FI\d{8}$`),
	"FR": regexp.MustCompile(`^FR[0-9A-HJ-NP-Z]{2}\d{9}$`),
	"GR": regexp.MustCompile(`^EL\d{9}$`),
	"HR": regexp.MustCompile(`^HR\d{11}$`),
	"HU": regexp.MustCompile(`^HU\d{8}$`),
	"IE": regexp.MustCompile(`^IE(\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$`),
	"IT": regexp.MustCompile(`^IT\d{11}$`),
	"LT": regexp.MustCompile(`^LT(\d{9}|\d{12})$`),
	"LU": regexp.MustCompile(`^LU\d{8}$`),
	"LV": regexp.MustCompile(`^LV\d{11}$`),
	"MT": regexp.MustCompile(`^MT\d{8}$`),
	"NL": regexp.MustCompile(`^NL\d{9}B\d{2}$`),
	"PL": regexp.MustCompile(`^PL\d{10}$`),
	"PT": regexp.MustCompile(`^PT\d{9}$`),
	"RO": regexp.MustCompile(`^RO\d{2,10}$`),
	"SE": regexp.MustCompile(`^SE\d{10}01$`),
	"SI": regexp.MustCompile(`^SI\d{8}$`),
	"SK": regexp.MustCompile(`^SK\d{10}$`),
	"GB": regexp.MustCompile(`^GB(\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$`),
	"CH": regexp.MustCompile(`^CHE\d{9}(MWST|TVA|IVA)?$`),
	"NO": regexp.MustCompile(`^NO\d{9}(MVA)?$`),
}

// NormaliseVATNumber removes the spaces, dots and dashes people type and
// upper-cases the rest.
func NormaliseVATNumber(s string) string {
	return strings.ToUpper(strings.Map(func(r rune) rune {
		switch r {
		case ' ', '.', '-', '\t':
			return -1
		}
		return r
	}, s))
}

// ValidVATNumber reports whether number (normalised) has the format of a
// VAT number of country. A country without a known format accepts any
// number of 4 to 20 letters and digits.
func ValidVATNumber(country, number string) bool {
	if re, ok := vatFormats[country]; ok {
		return re.MatchString(number)
	}
	return regexp.MustCompile(`^[A-Z0-9]{4,20}$`).MatchString(number)
}

// ibanLengths are the IBAN lengths of the countries whose accounts the
// forms accept (ISO 13616 registry).
var ibanLengths = map[string]int{
	"AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "ES": 24,
	"FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21,
	"LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24,
	"SE": 24, "SI": 19, "SK": 24, "SM": 27,
}

// NormaliseIBAN removes spaces and upper-cases.
func NormaliseIBAN(s string) string {
	return strings.ToUpper(strings.Join(strings.Fields(s), ""))
}

// ValidIBAN reports whether iban (normalised) has its country's length and
// a correct ISO 7064 mod 97-10 check: the first four characters moved to
// the end, letters as 10–35, the number mod 97 is 1.
func ValidIBAN(iban string) bool {
	if len(iban) < 5 {
		return false
	}
	want, ok := ibanLengths[iban[:2]]
	if !ok || len(iban) != want {
		return false
	}
	if iban[2] < '0' || iban[2] > '9' || iban[3] < '0' || iban[3] > '9' {
		return false
	}
	rem := 0
	for _, c := range iban[4:] + iban[:4] {
		switch {
		case c >= '0' && c <= '9':
			rem = (rem*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			rem = (rem*100 + int(c-'A'+10)) % 97
		default:
			return false
		}
	}
	return rem == 1
}

var bicFormat = regexp.MustCompile(`^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$`)

func validBIC(s string) bool { return bicFormat.MatchString(s) }

// peppolSchemes are the electronic address schemes (EAS) Peppol BIS Billing
// 3.0 accepts for an endpoint.
var peppolSchemes = strings.Fields(`0002 0007 0009 0037 0060 0088 0096 0097 0106 0130 0135 0142 0151 0177 0183 0184 0188
	0190 0191 0192 0193 0195 0196 0198 0199 0200 0201 0202 0204 0208 0209 0210 0211 0212 0213 0215 0216 0218 0221
	0230 0235 9910 9913 9914 9915 9918 9919 9920 9922 9923 9924 9925 9926 9927 9928 9929 9930 9931 9932 9933 9934
	9935 9936 9937 9938 9939 9940 9941 9942 9943 9944 9945 9946 9947 9948 9949 9950 9951 9952 9953 9957 9959 0147
	0154 0158 0170 0194 0203 0205 0217 0225 0240`)

var peppolValue = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9.:_\-]{0,49}$`)

// ValidPeppolID reports whether id is a Peppol participant id written as
// "scheme:identifier", e.g. "0106:12345678" (a Dutch KvK number).
func ValidPeppolID(id string) bool {
	scheme, value, ok := strings.Cut(id, ":")
	return ok && slices.Contains(peppolSchemes, scheme) && peppolValue.MatchString(value)
}

// vatSchemes are the Peppol schemes of VAT numbers per country.
var vatSchemes = map[string]string{
	"AT": "9914", "BE": "9925", "BG": "9926", "CY": "9928", "CZ": "9929", "DE": "9930", "EE": "9931",
	"GB": "9932", "GR": "9933", "HR": "9934", "IE": "9935", "LT": "9937", "LU": "9938", "LV": "9939",
	"MT": "9943", "NL": "9944", "PL": "9945", "PT": "9946", "RO": "9947", "SI": "9949", "SK": "9950",
	"FR": "9957", "HU": "9910", "ES": "9920", "IT": "0211",
}

// EndpointOf is a party's electronic address for Peppol: its participant id
// when it has one, else its VAT number under its country's VAT scheme. ok
// is false when neither gives one.
func EndpointOf(peppolID, vatNumber, country string) (scheme, id string, ok bool) {
	if s, v, found := strings.Cut(peppolID, ":"); found && ValidPeppolID(peppolID) {
		return s, v, true
	}
	if s, known := vatSchemes[country]; known && vatNumber != "" {
		return s, vatNumber, true
	}
	return "", "", false
}
