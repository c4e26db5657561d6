package domain

import (
	"slices"
	"strings"
)

// InvoiceGrouping is a client's choice of how its lines make invoices.
type InvoiceGrouping string

const (
	GroupPerClient     InvoiceGrouping = "client"      // one invoice per client and period
	GroupPerPlacement  InvoiceGrouping = "placement"   // one per placement
	GroupPerOrder      InvoiceGrouping = "order"       // one per purchase-order number
	GroupPerCostCentre InvoiceGrouping = "cost_centre" // one per cost centre
)

// InvoiceGroupings lists the choices in the order forms offer them.
func InvoiceGroupings() []InvoiceGrouping {
	return []InvoiceGrouping{GroupPerClient, GroupPerPlacement, GroupPerOrder, GroupPerCostCentre}
}

// VATTreatment is how a client's invoices are taxed.
type VATTreatment string

const (
	VATAuto          VATTreatment = "auto"           // by country: domestic, EU reverse charge or outside the EU
	VATDomestic      VATTreatment = "domestic"       // the declaration types' classes at the agency's rates
	VATReverseCharge VATTreatment = "reverse_charge" // intra-EU B2B services: the client accounts for the VAT
	VATOutsideScope  VATTreatment = "outside_scope"  // services to a client outside the EU
	VATExemptClient  VATTreatment = "exempt"         // the client's services are exempt (a reason is required)
)

// VATTreatments lists the choices in the order forms offer them.
func VATTreatments() []VATTreatment {
	return []VATTreatment{VATAuto, VATDomestic, VATReverseCharge, VATOutsideScope, VATExemptClient}
}

// VATClass is how a declaration type is taxed at home.
type VATClass string

const (
	VATClassStandard VATClass = "standard"
	VATClassReduced  VATClass = "reduced"
	VATClassZero     VATClass = "zero"
	VATClassExempt   VATClass = "exempt"
)

// VATClasses lists the choices in the order forms offer them.
func VATClasses() []VATClass {
	return []VATClass{VATClassStandard, VATClassReduced, VATClassZero, VATClassExempt}
}

// InvoiceSettings is the agency's invoicing: who it is on its invoices, how
// it numbers them, its VAT rates and whether freelancers get self-billing
// invoices.
type InvoiceSettings struct {
	TenantID   ID
	LegalName  string
	Street     string
	PostalCode string
	City       string
	Country    string
	VATNumber  string
	CoCNumber  string
	PeppolID   string
	IBAN       string
	BIC        string
	Email      string
	Phone      string
	// NumberPrefix starts every number; NumberPerYear restarts the
	// sequence each year and puts the year in the number.
	NumberPrefix  string
	NumberPerYear bool
	// Rates in basis points: 2100 = 21 %.
	StandardRateBP int
	ReducedRateBP  int
	PaymentDays    int
	SelfBilling    bool
	Currency       string
	// DeclarationTypes are the invoicing settings of each declaration type
	// that has any; the others are standard-rated without surcharge.
	DeclarationTypes []DeclarationBilling
}

// DefaultInvoiceSettings are an agency's settings before an admin saves
// its own: Dutch rates, 30 days, numbers per year.
func DefaultInvoiceSettings() InvoiceSettings {
	return InvoiceSettings{NumberPrefix: "", NumberPerYear: true, StandardRateBP: 2100, ReducedRateBP: 900,
		PaymentDays: 30, Currency: "EUR", Country: "NL"}
}

// Ready reports whether the agency can issue invoices: the fields the
// standard requires of a seller are there.
func (s InvoiceSettings) Ready() bool {
	return s.LegalName != "" && s.Country != "" && s.VATNumber != "" && s.IBAN != "" && s.PeppolID != "" &&
		s.Street != "" && s.City != "" && s.PostalCode != ""
}

// Declaration returns the invoicing setting of a declaration type.
func (s InvoiceSettings) Declaration(id ID) DeclarationBilling {
	for _, d := range s.DeclarationTypes {
		if d.DeclarationTypeID == id {
			return d
		}
	}
	return DeclarationBilling{DeclarationTypeID: id, VATClass: VATClassStandard}
}

// Validate checks the settings; it normalises the identifiers in place.
func (s *InvoiceSettings) Validate() error {
	var v Validator
	s.Country = strings.ToUpper(strings.TrimSpace(s.Country))
	v.Required(s.LegalName, "legal_name")
	v.MaxLen(s.LegalName, 200, "legal_name")
	v.Check(InvoiceCountry(s.Country), "country", "invoice.error.country")
	v.MaxLen(s.Street, 200, "street")
	v.MaxLen(s.City, 100, "city")
	v.MaxLen(s.PostalCode, 20, "postal_code")
	checkVAT(&v, &s.VATNumber, s.Country, "vat_number", false)
	checkIBAN(&v, &s.IBAN, "iban")
	checkPeppol(&v, &s.PeppolID, "peppol_id")
	s.BIC = strings.ToUpper(strings.ReplaceAll(s.BIC, " ", ""))
	v.Check(s.BIC == "" || validBIC(s.BIC), "bic", "invoice.error.bic")
	v.MaxLen(s.CoCNumber, 40, "coc_number")
	v.Check(s.Country != "NL" || s.CoCNumber != "", "coc_number", "invoice.error.coc_required")
	v.Email(s.Email, "email")
	v.MaxLen(s.Phone, 40, "phone")
	v.MaxLen(s.NumberPrefix, 12, "number_prefix")
	v.Check(!strings.ContainsFunc(s.NumberPrefix, func(r rune) bool { return r < '!' || r > '~' }), "number_prefix", "invoice.error.prefix")
	v.Check(s.StandardRateBP > 0 && s.StandardRateBP <= 5000, "standard_rate", "validation.range")
	v.Check(s.ReducedRateBP > 0 && s.ReducedRateBP <= s.StandardRateBP, "reduced_rate", "validation.range")
	v.Check(s.PaymentDays >= 0 && s.PaymentDays <= 365, "payment_days", "validation.range")
	v.Check(s.Currency == "EUR", "currency", "validation.choice")
	for _, d := range s.DeclarationTypes {
		v.Check(d.SurchargeBP >= 0 && d.SurchargeBP <= 50000, "surcharge", "validation.range")
		v.Check(slices.Contains(VATClasses(), d.VATClass), "vat_class", "validation.choice")
	}
	return v.Err()
}

// DeclarationBilling is how a declaration type is invoiced: a surcharge on
// its rate (overtime at 125 % is 2500) and its VAT class.
type DeclarationBilling struct {
	DeclarationTypeID ID
	Name              string
	SurchargeBP       int
	VATClass          VATClass
}

// ClientBilling is what a client's invoices need: its legal identity, the
// invoice address, how its lines are grouped and taxed, its payment terms
// and the contacts who receive and see its invoices.
type ClientBilling struct {
	TenantID        ID
	CompanyID       ID
	LegalName       string
	VATNumber       string
	CoCNumber       string
	PeppolID        string
	Street          string
	PostalCode      string
	City            string
	Country         string
	Email           string // where invoices are mailed besides the contacts; "" = only the contacts
	BuyerReference  string // the client's own reference for routing (BT-10)
	PaymentDays     int    // 0 = the agency's default
	Grouping        InvoiceGrouping
	VATTreatment    VATTreatment
	ExemptionReason string
	Language        string
	ContactIDs      []ID // contacts who see the invoices in the Hiring Portal and receive them
}

// Configured reports whether the client has invoicing details at all.
func (b ClientBilling) Configured() bool { return b.CompanyID != 0 && b.LegalName != "" }

// Validate checks a client's invoicing details for an agency in
// sellerCountry; it normalises the identifiers in place.
func (b *ClientBilling) Validate(sellerCountry string) error {
	var v Validator
	b.Country = strings.ToUpper(strings.TrimSpace(b.Country))
	v.Required(b.LegalName, "legal_name")
	v.MaxLen(b.LegalName, 200, "legal_name")
	v.Required(b.Street, "street")
	v.Required(b.City, "city")
	v.Required(b.PostalCode, "postal_code")
	v.MaxLen(b.Street, 200, "street")
	v.MaxLen(b.City, 100, "city")
	v.MaxLen(b.PostalCode, 20, "postal_code")
	v.Check(InvoiceCountry(b.Country), "country", "invoice.error.country")
	treatment := b.VATTreatment
	v.Check(slices.Contains(VATTreatments(), treatment), "vat_treatment", "validation.choice")
	// Reverse charge needs the client's VAT number (BR-AE-02); so does a
	// client in another EU country under the automatic treatment.
	needVAT := treatment == VATReverseCharge || treatment == VATAuto && EUCountry(b.Country) && b.Country != sellerCountry
	v.Check(!needVAT || NormaliseVATNumber(b.VATNumber) != "", "vat_number", "invoice.error.vat_required")
	checkVAT(&v, &b.VATNumber, b.Country, "vat_number", true)
	v.MaxLen(b.CoCNumber, 40, "coc_number")
	v.Check(b.Country != "NL" || b.CoCNumber != "", "coc_number", "invoice.error.coc_required")
	checkPeppol(&v, &b.PeppolID, "peppol_id")
	v.Email(b.Email, "email")
	v.MaxLen(b.BuyerReference, 100, "buyer_reference")
	v.Check(b.PaymentDays >= 0 && b.PaymentDays <= 365, "payment_days", "validation.range")
	v.Check(slices.Contains(InvoiceGroupings(), b.Grouping), "grouping", "validation.choice")
	v.Check(treatment != VATExemptClient || strings.TrimSpace(b.ExemptionReason) != "", "exemption_reason", "invoice.error.exemption_reason")
	v.MaxLen(b.ExemptionReason, 300, "exemption_reason")
	v.Check(ValidLanguage(b.Language), "language", "validation.language")
	return v.Err()
}

// PlacementBilling is what a placement adds to its lines: the client's
// purchase-order number and cost centre.
type PlacementBilling struct {
	TenantID    ID
	PlacementID ID
	PONumber    string
	CostCentre  string
}

// Validate checks a placement's invoicing details.
func (p PlacementBilling) Validate() error {
	var v Validator
	v.MaxLen(p.PONumber, 60, "po_number")
	v.MaxLen(p.CostCentre, 60, "cost_centre")
	v.Check(!strings.ContainsFunc(p.PONumber, isControl), "po_number", "validation.text")
	v.Check(!strings.ContainsFunc(p.CostCentre, isControl), "cost_centre", "validation.text")
	return v.Err()
}

// FreelancerBilling marks a candidate as a freelancer who is paid through
// self-billing: the agency makes out the freelancer's invoices to itself on
// the freelancer's behalf (UBL type code 389). The VAT Directive (art. 224)
// allows that only under a prior agreement between the two, which is
// recorded here with its date, and the invoice must name the freelancer as
// the seller with its address and VAT number (art. 226).
type FreelancerBilling struct {
	TenantID      ID
	CandidateID   ID
	Freelancer    bool
	TradingName   string
	VATNumber     string
	CoCNumber     string
	IBAN          string
	Street        string
	PostalCode    string
	City          string
	Country       string
	Agreement     bool // the self-billing agreement is signed
	AgreementDate Date // the day it was signed
}

// SelfBilled reports whether the run self-bills the freelancer: a
// freelancer with a signed agreement in force on the day its period ends.
func (f FreelancerBilling) SelfBilled(periodEnd Date) bool {
	return f.Freelancer && f.Agreement && !f.AgreementDate.IsZero() && !f.AgreementDate.After(periodEnd)
}

// Validate checks a freelancer's details: a freelancer needs a trading
// name, an address, a VAT number of its country, an IBAN and the signed
// agreement's date, not after today. A candidate that is no freelancer
// keeps none of them (data minimisation: they are cleared).
func (f *FreelancerBilling) Validate(today Date) error {
	var v Validator
	if !f.Freelancer {
		*f = FreelancerBilling{TenantID: f.TenantID, CandidateID: f.CandidateID}
		return nil
	}
	f.Country = strings.ToUpper(strings.TrimSpace(f.Country))
	for field, s := range map[string]string{"trading_name": f.TradingName, "street": f.Street, "postal_code": f.PostalCode,
		"city": f.City, "coc_number": f.CoCNumber} {
		v.Check(!strings.ContainsFunc(s, isControl), field, "validation.text")
	}
	v.Required(f.TradingName, "trading_name")
	v.MaxLen(f.TradingName, 200, "trading_name")
	v.Required(f.Street, "street")
	v.Required(f.PostalCode, "postal_code")
	v.Required(f.City, "city")
	v.MaxLen(f.Street, 200, "street")
	v.MaxLen(f.PostalCode, 20, "postal_code")
	v.MaxLen(f.City, 100, "city")
	v.Check(InvoiceCountry(f.Country), "country", "invoice.error.country")
	checkVAT(&v, &f.VATNumber, f.Country, "vat_number", false)
	checkIBAN(&v, &f.IBAN, "iban")
	v.MaxLen(f.CoCNumber, 40, "coc_number")
	v.Check(f.Agreement, "agreement", "invoice.freelancer.error.agreement")
	v.Check(!f.AgreementDate.IsZero(), "agreement_date", "validation.required")
	v.Check(f.AgreementDate.IsZero() || !f.AgreementDate.After(today), "agreement_date", "invoice.freelancer.error.agreement_future")
	return v.Err()
}

func isControl(r rune) bool { return r < ' ' || r == 0x7f }

func checkVAT(v *Validator, number *string, country, field string, optional bool) {
	n := NormaliseVATNumber(*number)
	*number = n
	if n == "" {
		v.Check(optional, field, "validation.required")
		return
	}
	v.Check(ValidVATNumber(country, n), field, "invoice.error.vat_number")
}

func checkIBAN(v *Validator, iban *string, field string) {
	n := NormaliseIBAN(*iban)
	*iban = n
	v.Check(n != "", field, "validation.required")
	v.Check(n == "" || ValidIBAN(n), field, "invoice.error.iban")
}

func checkPeppol(v *Validator, id *string, field string) {
	*id = strings.TrimSpace(*id)
	v.Check(*id == "" || ValidPeppolID(*id), field, "invoice.error.peppol_id")
}
