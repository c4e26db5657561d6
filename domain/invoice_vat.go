package domain

import "sort"

// VATCategory is an EN 16931 VAT category code (UNCL5305, as Peppol BIS
// Billing 3.0 restricts it).
type VATCategory string

const (
	VATStandard      VATCategory = "S"  // standard and reduced rates
	VATZero          VATCategory = "Z"  // zero rated
	VATExempt        VATCategory = "E"  // exempt from VAT
	VATReverse       VATCategory = "AE" // reverse charge
	VATNotSubject    VATCategory = "O"  // services outside the scope of VAT
	exemptReasonText             = "Exempt from VAT"
)

// VATLine is how one line is taxed: its category, its rate in basis points
// and, for the categories that need one, the exemption reason.
type VATLine struct {
	Category        VATCategory
	RateBP          int
	ExemptionCode   string // VATEX code
	ExemptionReason string
}

// VATRates are the agency's domestic rates in basis points.
type VATRates struct {
	Standard int
	Reduced  int
}

// EffectiveTreatment resolves the automatic treatment by the countries: a
// client in the agency's country is domestic, one in another EU country
// with a VAT number is reverse charged, one outside the EU is outside the
// scope of EU VAT. A client without a country is treated as domestic.
func EffectiveTreatment(sellerCountry string, b ClientBilling) VATTreatment {
	if b.VATTreatment != VATAuto && b.VATTreatment != "" {
		return b.VATTreatment
	}
	switch {
	case b.Country == "" || b.Country == sellerCountry:
		return VATDomestic
	case EUCountry(b.Country) && EUCountry(sellerCountry):
		if b.VATNumber != "" {
			return VATReverseCharge
		}
		return VATDomestic
	case !EUCountry(b.Country):
		return VATNotSubjectTreatment(sellerCountry)
	}
	return VATDomestic
}

// VATNotSubjectTreatment is the treatment of a client outside the EU: out
// of scope for an EU agency, domestic for an agency outside the EU (whose
// own rules the rates then say).
func VATNotSubjectTreatment(sellerCountry string) VATTreatment {
	if EUCountry(sellerCountry) {
		return VATOutsideScope
	}
	return VATDomestic
}

// VATFor is the VAT of a line of declaration type class for a client: the
// client's treatment decides first (reverse charge, outside scope, exempt
// apply to every line), a domestic client's lines follow their
// declaration type's class at the agency's rates.
func VATFor(sellerCountry string, rates VATRates, b ClientBilling, class VATClass) VATLine {
	switch EffectiveTreatment(sellerCountry, b) {
	case VATReverseCharge:
		return VATLine{Category: VATReverse, ExemptionCode: "VATEX-EU-AE", ExemptionReason: "Reverse charge"}
	case VATOutsideScope:
		return VATLine{Category: VATNotSubject, ExemptionCode: "VATEX-EU-O", ExemptionReason: "Not subject to VAT"}
	case VATExemptClient:
		return VATLine{Category: VATExempt, ExemptionReason: b.ExemptionReason}
	}
	switch class {
	case VATClassReduced:
		return VATLine{Category: VATStandard, RateBP: rates.Reduced}
	case VATClassZero:
		return VATLine{Category: VATZero}
	case VATClassExempt:
		return VATLine{Category: VATExempt, ExemptionReason: exemptReasonText}
	}
	return VATLine{Category: VATStandard, RateBP: rates.Standard}
}

// VATSubtotal is one row of an invoice's VAT breakdown: the taxable amount
// of one category and rate, and its tax.
type VATSubtotal struct {
	VATLine
	BaseCents int64
	TaxCents  int64
}

// Totals are an invoice's amounts as EN 16931 defines them.
type Totals struct {
	NetCents   int64 // sum of line net amounts (BT-106)
	VATCents   int64 // total VAT (BT-110): the sum of the breakdown's taxes
	TotalCents int64 // amount with VAT (BT-112) = payable (BT-115)
	VAT        []VATSubtotal
}

// InvoiceTotals adds up lines as EN 16931 requires: the net total is the
// sum of the line amounts (BR-CO-10); per category and rate the taxable
// amount is the sum of its lines (BR-S-08, BR-AE-08 …) and the tax is that
// amount times the rate, rounded to the cent once (BR-CO-17), never a sum
// of rounded line taxes; the VAT total is the sum of the breakdown
// (BR-CO-14) and the total is net plus VAT (BR-CO-15). Rows come ordered by
// category, then rate from high to low.
func InvoiceTotals(lines []InvoiceLine) Totals {
	var t Totals
	idx := map[VATLine]int{}
	for _, l := range lines {
		t.NetCents += l.NetCents
		key := l.VAT
		i, ok := idx[key]
		if !ok {
			i = len(t.VAT)
			idx[key] = i
			t.VAT = append(t.VAT, VATSubtotal{VATLine: key})
		}
		t.VAT[i].BaseCents += l.NetCents
	}
	sort.SliceStable(t.VAT, func(i, j int) bool {
		if ri, rj := categoryRank(t.VAT[i].Category), categoryRank(t.VAT[j].Category); ri != rj {
			return ri < rj
		}
		return t.VAT[i].RateBP > t.VAT[j].RateBP
	})
	for i := range t.VAT {
		t.VAT[i].TaxCents, _ = MulDivRound(t.VAT[i].BaseCents, int64(t.VAT[i].RateBP), 10_000)
		t.VATCents += t.VAT[i].TaxCents
	}
	t.TotalCents = t.NetCents + t.VATCents
	return t
}

// categoryRank orders a breakdown: standard first, then zero, exempt,
// reverse charge, outside scope.
func categoryRank(c VATCategory) int {
	switch c {
	case VATStandard:
		return 0
	case VATZero:
		return 1
	case VATExempt:
		return 2
	case VATReverse:
		return 3
	}
	return 4
}

// SelfBillingVAT is the VAT of a self-billed line, where the freelancer
// sells to the agency: a freelancer of the agency's country charges its
// VAT by the declaration type's class; one of another country is reverse
// charged, the agency accounting for the VAT (services to a business are
// taxed where the business is, VAT Directive art. 44 and 196).
func SelfBillingVAT(freelancerCountry, agencyCountry string, rates VATRates, class VATClass) VATLine {
	if freelancerCountry != agencyCountry {
		return VATLine{Category: VATReverse, ExemptionCode: "VATEX-EU-AE", ExemptionReason: "Reverse charge"}
	}
	return VATFor(agencyCountry, rates, ClientBilling{Country: agencyCountry, VATTreatment: VATAuto}, class)
}
