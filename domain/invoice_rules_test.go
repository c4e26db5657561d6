package domain

import "testing"

// Issue 17: a period is a month or an ISO week, both days included.
func TestParsePeriod_I17(t *testing.T) {
	tests := []struct {
		in         string
		start, end string
		label      string
		ok         bool
	}{
		{"2026-11", "2026-11-01", "2026-11-30", "2026-11", true},
		{"2028-02", "2028-02-01", "2028-02-29", "2028-02", true},
		{"2026-W45", "2026-11-02", "2026-11-08", "2026-W45", true},
		{"2026-W01", "2025-12-29", "2027-01-04", "", true},
		{"2025-W53", "", "", "", false}, // 2025 has 52 weeks
		{"2026-W53", "2026-12-28", "2027-01-03", "2026-W53", true},
		{"2026-13", "", "", "", false},
		{"26-11", "", "", "", false},
		{"2026-11\x00", "", "", "", false},
		{"", "", "", "", false},
	}
	tests[3].end, tests[3].label = "2026-01-04", "2026-W01"
	for _, tt := range tests {
		p, err := ParsePeriod(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("ParsePeriod(%q): err %v", tt.in, err)
			continue
		}
		if !tt.ok {
			if KeyOf(err) != "error.internal" || err.(*ValidationError).Fields["period"] != "invoice.error.period" {
				t.Errorf("ParsePeriod(%q): %v, want the period's field error", tt.in, err)
			}
			continue
		}
		if p.Start.String() != tt.start || p.End.String() != tt.end || p.Label() != tt.label {
			t.Errorf("ParsePeriod(%q) = %s – %s (%s)", tt.in, p.Start, p.End, p.Label())
		}
	}
}

// Issue 17: the client's grouping decides which invoice a line goes on.
func TestInvoiceGroupKey_I17(t *testing.T) {
	tests := []struct {
		g      InvoiceGrouping
		pl     ID
		po, cc string
		want   string
	}{
		{GroupPerClient, 7, "PO-1", "CC", ""},
		{GroupPerPlacement, 7, "PO-1", "CC", "placement:7"},
		{GroupPerOrder, 7, "PO-1", "CC", "po:PO-1"},
		{GroupPerOrder, 7, "", "CC", "po:"},
		{GroupPerCostCentre, 7, "PO-1", "CC", "cc:CC"},
	}
	for _, tt := range tests {
		if got := InvoiceGroupKey(tt.g, tt.pl, tt.po, tt.cc); got != tt.want {
			t.Errorf("InvoiceGroupKey(%s) = %q, want %q", tt.g, got, tt.want)
		}
	}
}

// Issue 17, B5: a contact sees its own company's confirmed invoices, and
// only when the company's invoicing details name it.
func TestContactSeesInvoice_I17(t *testing.T) {
	b := ClientBilling{CompanyID: 1, ContactIDs: []ID{10}}
	named := Contact{ID: 10, CompanyID: 1}
	colleague := Contact{ID: 11, CompanyID: 1}
	moved := Contact{ID: 10, CompanyID: 2} // named once, now at another company
	inv := Invoice{CompanyID: 1, Kind: InvoiceKindInvoice, Status: InvoiceConfirmed}
	credit := inv
	credit.Kind = InvoiceKindCredit
	draft := inv
	draft.Status = InvoiceDraft
	other := inv
	other.CompanyID = 2
	self := inv
	self.Kind = InvoiceKindSelfBilling
	tests := []struct {
		name string
		inv  Invoice
		c    Contact
		want bool
	}{
		{"named contact, confirmed invoice", inv, named, true},
		{"named contact, credit note", credit, named, true},
		{"colleague not named", inv, colleague, false},
		{"named contact of another company", inv, moved, false},
		{"draft", draft, named, false},
		{"another company's invoice", other, named, false},
		{"self-billing invoice", self, named, false},
		{"no contact", inv, Contact{}, false},
	}
	for _, tt := range tests {
		if got := ContactSeesInvoice(tt.inv, b, tt.c); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

// Issue 17: a client's invoicing details are checked, and the message says
// which field is wrong.
func TestClientBillingValidate_I17(t *testing.T) {
	good := ClientBilling{CompanyID: 1, LegalName: "Acme BV", Street: "Main 1", PostalCode: "1000 AA", City: "Amsterdam",
		Country: "nl", VATNumber: "nl 123456789 b01", CoCNumber: "12345678", Grouping: GroupPerClient, VATTreatment: VATAuto, Language: "nl"}
	tests := []struct {
		name  string
		edit  func(*ClientBilling)
		field string
		key   string
	}{
		{"valid, normalised", func(*ClientBilling) {}, "", ""},
		{"bad VAT number", func(b *ClientBilling) { b.VATNumber = "NL12" }, "vat_number", "invoice.error.vat_number"},
		{"VAT number of another country", func(b *ClientBilling) { b.VATNumber = "DE123456789" }, "vat_number", "invoice.error.vat_number"},
		{"EU client without VAT number", func(b *ClientBilling) { b.Country, b.VATNumber, b.CoCNumber = "DE", "", "" }, "vat_number", "invoice.error.vat_required"},
		{"domestic client without VAT number is fine", func(b *ClientBilling) { b.VATNumber = "" }, "", ""},
		{"Dutch client without KvK", func(b *ClientBilling) { b.CoCNumber = "" }, "coc_number", "invoice.error.coc_required"},
		{"unknown country", func(b *ClientBilling) { b.Country = "XX" }, "country", "invoice.error.country"},
		{"bad Peppol id", func(b *ClientBilling) { b.PeppolID = "12:34" }, "peppol_id", "invoice.error.peppol_id"},
		{"exempt without reason", func(b *ClientBilling) { b.VATTreatment = VATExemptClient }, "exemption_reason", "invoice.error.exemption_reason"},
		{"grouping unknown", func(b *ClientBilling) { b.Grouping = "week" }, "grouping", "validation.choice"},
		{"1 MB name", func(b *ClientBilling) { b.LegalName = string(make([]byte, 1<<20)) }, "legal_name", "validation.too_long"},
		{"no address", func(b *ClientBilling) { b.Street = " " }, "street", "validation.required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := good
			tt.edit(&b)
			err := b.Validate("NL")
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				if tt.name == "valid, normalised" && (b.VATNumber != "NL123456789B01" || b.Country != "NL") {
					t.Errorf("normalised to %q, %q", b.VATNumber, b.Country)
				}
				return
			}
			verr, ok := err.(*ValidationError)
			if !ok || verr.Fields[tt.field] != tt.key {
				t.Errorf("Validate = %v, want %s=%s", err, tt.field, tt.key)
			}
		})
	}
}
