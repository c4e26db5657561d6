package domain

import "time"

// InvoiceKind tells an invoice to a client from a credit note and from a
// self-billing invoice the agency makes out on a freelancer's behalf.
type InvoiceKind string

const (
	InvoiceKindInvoice     InvoiceKind = "invoice"      // UBL Invoice, type code 380
	InvoiceKindCredit      InvoiceKind = "credit"       // UBL CreditNote, type code 381
	InvoiceKindSelfBilling InvoiceKind = "self_billing" // UBL Invoice, type code 389
)

// TypeCode is the document's UNCL1001 code.
func (k InvoiceKind) TypeCode() string {
	switch k {
	case InvoiceKindCredit:
		return "381"
	case InvoiceKindSelfBilling:
		return "389"
	}
	return "380"
}

// InvoiceStatus is where an invoice or a run stands: a draft can be
// reviewed and discarded; a confirmed one has its number and never changes
// again, it can only be credited.
type InvoiceStatus string

const (
	InvoiceDraft     InvoiceStatus = "draft"
	InvoiceConfirmed InvoiceStatus = "confirmed"
	InvoiceDiscarded InvoiceStatus = "discarded"
)

// TypeCodeInvoice marks the attachment type the invoices' documents are
// stored under on the client company; no portal sees it through the
// documents section (the Hiring Portal has its own invoices section).
const TypeCodeInvoice AttachmentTypeCode = "invoice"

// SubjectInvoice is the subject of a self-billing invoice's documents: they
// belong to the invoice, not to the candidate, so that a candidate's
// erasure leaves them for the fiscal retention period.
const SubjectInvoice SubjectKind = "invoice"

// InvoiceRun is one invoicing of a period for some or all clients.
type InvoiceRun struct {
	ID            ID
	TenantID      ID
	Period        Period
	CompanyIDs    []ID // empty = every client
	Status        InvoiceStatus
	CreatedBy     ID
	CreatedByName string
	CreatedAt     time.Time
	DecidedAt     *time.Time // confirmed or discarded

	Invoices   int
	NetCents   int64
	TotalCents int64
	Skipped    []SkippedDay // days that could not be invoiced, and why
}

// Party is a seller or buyer as an invoice prints it, copied onto the
// invoice when it is made so that a later change of address or name never
// changes an invoice.
type Party struct {
	Name       string `json:"name"`
	Street     string `json:"street,omitempty"`
	PostalCode string `json:"postal_code,omitempty"`
	City       string `json:"city,omitempty"`
	Country    string `json:"country"`
	VATNumber  string `json:"vat_number,omitempty"`
	CoCNumber  string `json:"coc_number,omitempty"`
	PeppolID   string `json:"peppol_id,omitempty"`
	Email      string `json:"email,omitempty"`
	Phone      string `json:"phone,omitempty"`
	IBAN       string `json:"iban,omitempty"`
	BIC        string `json:"bic,omitempty"`
	Contact    string `json:"contact,omitempty"`
}

// Invoice is an invoice, a credit note or a self-billing invoice.
type Invoice struct {
	ID       ID
	TenantID ID
	RunID    ID // 0 = not made by a run (credit notes)
	Kind     InvoiceKind
	Status   InvoiceStatus
	Number   string // "" while a draft
	IssueDate,
	DueDate Date
	PeriodStart Date
	PeriodEnd   Date
	CompanyID   ID // the client; for a self-billing invoice the client whose work it covers is on its lines
	CandidateID ID // self-billing: the freelancer who is the seller
	// CreditsID is the invoice a credit note corrects, with its number and
	// date as the credit note refers to them.
	CreditsID        ID
	CreditsNumber    string
	CreditsIssueDate Date
	GroupKey         string // the client's grouping: "", a placement, a PO number or a cost centre
	OrderReference   string // the PO number when every line has the same one
	BuyerReference   string
	Language         string
	Currency         string
	PaymentDays      int
	Note             string // a credit note's reason
	Seller           Party
	Buyer            Party
	NetCents         int64
	VATCents         int64
	TotalCents       int64
	Lines            []InvoiceLine
	VAT              []VATSubtotal
	XMLAttachmentID  ID
	PDFAttachmentID  ID
	CreatedBy        ID
	CreatedByName    string
	CreatedAt        time.Time
	ConfirmedAt      *time.Time

	CompanyName string
}

// InvoiceLine is one line: a placement's declaration type in one ISO week at
// one price, or on a credit note the line of the invoice it credits.
type InvoiceLine struct {
	ID                ID
	TenantID          ID
	InvoiceID         ID
	Position          int
	PlacementID       ID
	CandidateID       ID
	DeclarationTypeID ID
	Year, Week        int // ISO week
	Description       string
	PONumber          string
	CostCentre        string
	Minutes           int64
	RateCents         int64 // the bill rate per hour before the surcharge
	SurchargeBP       int   // basis points: 2500 = +25 %
	PriceMicros       int64 // per hour, the surcharge included
	NetCents          int64
	PayCents          int64 // what the worker is paid for these hours (margin)
	VAT               VATLine
	CreditsLineID     ID // on a credit note: the invoice line it credits
	Sources           []DayLine
}

// DayLine is one approved timesheet line: a day of a declaration type on a
// placement's timesheet. It is what an invoice line is made of and what is
// invoiced at most once.
type DayLine struct {
	TimesheetID       ID
	PlacementID       ID
	DeclarationTypeID ID
	Day               Date
	Minutes           int
}

// Key identifies the day line whatever the timesheet line's row: a
// timesheet that is reopened and saved again gets new rows for the same days.
type DayKey struct {
	TimesheetID       ID
	DeclarationTypeID ID
	Day               Date
}

// Key returns the day line's key.
func (d DayLine) Key() DayKey { return DayKey{d.TimesheetID, d.DeclarationTypeID, d.Day} }

// SkippedDay is an approved day that a run could not invoice, and why (a
// message key).
type SkippedDay struct {
	DayLine
	Reason string
}
