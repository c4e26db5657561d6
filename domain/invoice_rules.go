package domain

import (
	"slices"
	"strconv"
)

// InvoiceGroupKey is the invoice a client's line goes on under its
// grouping: every line of the client on one (""), one per placement, one
// per purchase-order number or one per cost centre (lines without one share
// the invoice of the empty key).
func InvoiceGroupKey(g InvoiceGrouping, placementID ID, poNumber, costCentre string) string {
	switch g {
	case GroupPerPlacement:
		return "placement:" + strconv.FormatInt(placementID, 10)
	case GroupPerOrder:
		return "po:" + poNumber
	case GroupPerCostCentre:
		return "cc:" + costCentre
	}
	return ""
}

// ContactSeesInvoices is the Hiring Portal's invoices section: a contact
// sees it only when its own company's invoicing details name it.
func ContactSeesInvoices(b ClientBilling, c Contact) bool {
	return c.ID != 0 && b.CompanyID != 0 && c.CompanyID == b.CompanyID && slices.Contains(b.ContactIDs, c.ID)
}

// ContactSeesInvoice is whether contact c sees invoice inv: a confirmed
// invoice or credit note to its own company, and the company's details
// name c. Drafts, discarded documents, self-billing invoices and other
// companies' invoices stay hidden.
func ContactSeesInvoice(inv Invoice, b ClientBilling, c Contact) bool {
	if inv.Status != InvoiceConfirmed || inv.Kind == InvoiceKindSelfBilling {
		return false
	}
	return inv.CompanyID == c.CompanyID && ContactSeesInvoices(b, c)
}

// UncreditedLines returns the lines of an invoice that no confirmed credit
// note has credited yet, given the ids of those that were.
func UncreditedLines(lines []InvoiceLine, credited map[ID]bool) []InvoiceLine {
	var out []InvoiceLine
	for _, l := range lines {
		if !credited[l.ID] {
			out = append(out, l)
		}
	}
	return out
}

// CreditLines makes the lines of a credit note from the invoice lines it
// credits: the same quantities, prices, VAT and sources, each pointing at
// the line it credits. Amounts on a credit note are positive; the
// document type says they are taken back.
func CreditLines(lines []InvoiceLine) []InvoiceLine {
	out := make([]InvoiceLine, len(lines))
	for i, l := range lines {
		c := l
		c.ID, c.InvoiceID, c.Position, c.CreditsLineID = 0, 0, i+1, l.ID
		c.Sources = append([]DayLine(nil), l.Sources...)
		out[i] = c
	}
	return out
}
