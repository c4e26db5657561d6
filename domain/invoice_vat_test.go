package domain

import "testing"

// Issue 17: the VAT of a line follows the client's treatment first, then
// the declaration type's class: standard, reduced, zero, exempt (with a
// reason), reverse charge (intra-EU B2B) and outside scope.
func TestVATFor_I17(t *testing.T) {
	rates := VATRates{Standard: 2100, Reduced: 900}
	nl := ClientBilling{Country: "NL", VATNumber: "NL123456789B01", VATTreatment: VATAuto}
	de := ClientBilling{Country: "DE", VATNumber: "DE123456789", VATTreatment: VATAuto}
	deNoVAT := ClientBilling{Country: "DE", VATTreatment: VATAuto}
	gb := ClientBilling{Country: "GB", VATNumber: "GB123456789", VATTreatment: VATAuto}
	exempt := ClientBilling{Country: "NL", VATTreatment: VATExemptClient, ExemptionReason: "Art. 11 Wet OB"}
	forced := ClientBilling{Country: "NL", VATTreatment: VATReverseCharge, VATNumber: "NL123456789B01"}
	tests := []struct {
		name   string
		client ClientBilling
		class  VATClass
		want   VATLine
	}{
		{"standard at home", nl, VATClassStandard, VATLine{Category: VATStandard, RateBP: 2100}},
		{"reduced at home", nl, VATClassReduced, VATLine{Category: VATStandard, RateBP: 900}},
		{"zero at home", nl, VATClassZero, VATLine{Category: VATZero}},
		{"exempt declaration type", nl, VATClassExempt, VATLine{Category: VATExempt, ExemptionReason: exemptReasonText}},
		{"EU client with VAT number: reverse charge", de, VATClassStandard, VATLine{Category: VATReverse, ExemptionCode: "VATEX-EU-AE", ExemptionReason: "Reverse charge"}},
		{"reverse charge whatever the class", de, VATClassReduced, VATLine{Category: VATReverse, ExemptionCode: "VATEX-EU-AE", ExemptionReason: "Reverse charge"}},
		{"EU client without VAT number: domestic", deNoVAT, VATClassStandard, VATLine{Category: VATStandard, RateBP: 2100}},
		{"client outside the EU", gb, VATClassStandard, VATLine{Category: VATNotSubject, ExemptionCode: "VATEX-EU-O", ExemptionReason: "Not subject to VAT"}},
		{"exempt client, its reason", exempt, VATClassStandard, VATLine{Category: VATExempt, ExemptionReason: "Art. 11 Wet OB"}},
		{"treatment chosen by hand", forced, VATClassStandard, VATLine{Category: VATReverse, ExemptionCode: "VATEX-EU-AE", ExemptionReason: "Reverse charge"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := VATFor("NL", rates, tt.client, tt.class); got != tt.want {
				t.Errorf("VATFor = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// Issue 17: totals as EN 16931 rounds them: per category and rate the tax
// is the rounded product of the summed base (BR-CO-17), not the sum of
// rounded line taxes; every total is the sum of its parts.
func TestInvoiceTotals_I17(t *testing.T) {
	s21 := VATLine{Category: VATStandard, RateBP: 2100}
	s9 := VATLine{Category: VATStandard, RateBP: 900}
	tests := []struct {
		name  string
		lines []InvoiceLine
		want  Totals
	}{
		{"three lines whose rounded taxes add up to one cent more",
			[]InvoiceLine{{NetCents: 1002, VAT: s21}, {NetCents: 1002, VAT: s21}, {NetCents: 1002, VAT: s21}},
			// per line 210.42 → 210 cents each, 630 in all; per category 3006 × 21 % = 631.26 → 631
			Totals{NetCents: 3006, VATCents: 631, TotalCents: 3637, VAT: []VATSubtotal{{VATLine: s21, BaseCents: 3006, TaxCents: 631}}}},
		{"standard, reduced, zero, exempt on one invoice",
			[]InvoiceLine{{NetCents: 50763, VAT: s21}, {NetCents: 10000, VAT: s9}, {NetCents: 2500, VAT: VATLine{Category: VATZero}},
				{NetCents: 700, VAT: VATLine{Category: VATExempt, ExemptionReason: "x"}}, {NetCents: 237, VAT: s21}},
			Totals{NetCents: 64200, VATCents: 10710 + 900, TotalCents: 64200 + 10710 + 900, VAT: []VATSubtotal{
				{VATLine: s21, BaseCents: 51000, TaxCents: 10710}, // 510.00 × 21 % = 107.10
				{VATLine: s9, BaseCents: 10000, TaxCents: 900},
				{VATLine: VATLine{Category: VATZero}, BaseCents: 2500},
				{VATLine: VATLine{Category: VATExempt, ExemptionReason: "x"}, BaseCents: 700},
			}}},
		{"half a cent rounds away from zero", []InvoiceLine{{NetCents: 50, VAT: s9}}, // 0.50 × 9 % = 0.045 → 0.05
			Totals{NetCents: 50, VATCents: 5, TotalCents: 55, VAT: []VATSubtotal{{VATLine: s9, BaseCents: 50, TaxCents: 5}}}},
		{"reverse charge carries no tax", []InvoiceLine{{NetCents: 99999, VAT: VATLine{Category: VATReverse, ExemptionCode: "VATEX-EU-AE"}}},
			Totals{NetCents: 99999, TotalCents: 99999, VAT: []VATSubtotal{{VATLine: VATLine{Category: VATReverse, ExemptionCode: "VATEX-EU-AE"}, BaseCents: 99999}}}},
		{"no lines", nil, Totals{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := InvoiceTotals(tt.lines)
			if got.NetCents != tt.want.NetCents || got.VATCents != tt.want.VATCents || got.TotalCents != tt.want.TotalCents {
				t.Errorf("totals %d + %d = %d, want %d + %d = %d", got.NetCents, got.VATCents, got.TotalCents, tt.want.NetCents, tt.want.VATCents, tt.want.TotalCents)
			}
			if len(got.VAT) != len(tt.want.VAT) {
				t.Fatalf("breakdown %+v, want %+v", got.VAT, tt.want.VAT)
			}
			var base, tax int64
			for i := range got.VAT {
				if got.VAT[i] != tt.want.VAT[i] {
					t.Errorf("row %d: %+v, want %+v", i, got.VAT[i], tt.want.VAT[i])
				}
				base += got.VAT[i].BaseCents
				tax += got.VAT[i].TaxCents
			}
			if base != got.NetCents || tax != got.VATCents {
				t.Errorf("breakdown adds up to %d / %d, totals say %d / %d", base, tax, got.NetCents, got.VATCents)
			}
		})
	}
}
