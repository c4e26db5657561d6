package ubl

import "encoding/xml"

// The structs below follow UBL 2.1's element order; encoding/xml writes
// fields in declaration order.

// document is an Invoice or a CreditNote: the two differ in the type
// code's name, the due date (invoices only) and the lines' names, which
// MarshalXML settles.
type document struct {
	XMLName          xml.Name
	NS               string        `xml:"xmlns,attr"`
	CAC              string        `xml:"xmlns:cac,attr"`
	CBC              string        `xml:"xmlns:cbc,attr"`
	CustomizationID  string        `xml:"cbc:CustomizationID"`
	ProfileID        string        `xml:"cbc:ProfileID"`
	ID               string        `xml:"cbc:ID"`
	IssueDate        string        `xml:"cbc:IssueDate"`
	DueDate          string        `xml:"cbc:DueDate,omitempty"`
	InvoiceTypeCode  string        `xml:"cbc:InvoiceTypeCode,omitempty"`
	CreditTypeCode   string        `xml:"cbc:CreditNoteTypeCode,omitempty"`
	Note             string        `xml:"cbc:Note,omitempty"`
	Currency         string        `xml:"cbc:DocumentCurrencyCode"`
	BuyerReference   string        `xml:"cbc:BuyerReference,omitempty"`
	InvoicePeriod    *period       `xml:"cac:InvoicePeriod"`
	OrderReference   *idRef        `xml:"cac:OrderReference"`
	BillingReference *billingRef   `xml:"cac:BillingReference"`
	Supplier         partyWrap     `xml:"cac:AccountingSupplierParty"`
	Customer         partyWrap     `xml:"cac:AccountingCustomerParty"`
	PaymentMeans     *paymentMeans `xml:"cac:PaymentMeans"`
	PaymentTerms     *note         `xml:"cac:PaymentTerms"`
	TaxTotal         taxTotal      `xml:"cac:TaxTotal"`
	Monetary         monetary      `xml:"cac:LegalMonetaryTotal"`
	InvoiceLines     []invoiceLine `xml:"cac:InvoiceLine"`
	CreditLines      []creditLine  `xml:"cac:CreditNoteLine"`
}

type period struct {
	StartDate string `xml:"cbc:StartDate"`
	EndDate   string `xml:"cbc:EndDate"`
}

type idRef struct {
	ID string `xml:"cbc:ID"`
}

type docRef struct {
	ID        string `xml:"cbc:ID"`
	IssueDate string `xml:"cbc:IssueDate,omitempty"`
}

type billingRef struct {
	InvoiceDocumentReference docRef `xml:"cac:InvoiceDocumentReference"`
}

type partyWrap struct {
	Party xmlParty `xml:"cac:Party"`
}

type endpoint struct {
	Scheme string `xml:"schemeID,attr"`
	Value  string `xml:",chardata"`
}

type schemed struct {
	Scheme string `xml:"schemeID,attr,omitempty"`
	Value  string `xml:",chardata"`
}

type xmlParty struct {
	Endpoint  *endpoint       `xml:"cbc:EndpointID"`
	Name      string          `xml:"cac:PartyName>cbc:Name"`
	Address   address         `xml:"cac:PostalAddress"`
	TaxScheme *partyTaxScheme `xml:"cac:PartyTaxScheme"`
	Legal     legalEntity     `xml:"cac:PartyLegalEntity"`
	Contact   *contact        `xml:"cac:Contact"`
}

type address struct {
	Street     string  `xml:"cbc:StreetName,omitempty"`
	City       string  `xml:"cbc:CityName,omitempty"`
	PostalZone string  `xml:"cbc:PostalZone,omitempty"`
	Country    country `xml:"cac:Country"`
}

type country struct {
	Code string `xml:"cbc:IdentificationCode"`
}

type partyTaxScheme struct {
	CompanyID string `xml:"cbc:CompanyID"`
	TaxScheme idRef  `xml:"cac:TaxScheme"`
}

type legalEntity struct {
	RegistrationName string   `xml:"cbc:RegistrationName"`
	CompanyID        *schemed `xml:"cbc:CompanyID"`
}

type contact struct {
	Name      string `xml:"cbc:Name,omitempty"`
	Telephone string `xml:"cbc:Telephone,omitempty"`
	Email     string `xml:"cbc:ElectronicMail,omitempty"`
}

type paymentMeans struct {
	Code      string   `xml:"cbc:PaymentMeansCode"`
	PaymentID string   `xml:"cbc:PaymentID,omitempty"`
	Account   *account `xml:"cac:PayeeFinancialAccount"`
}

type account struct {
	ID     string `xml:"cbc:ID"`
	Name   string `xml:"cbc:Name,omitempty"`
	Branch *idRef `xml:"cac:FinancialInstitutionBranch"`
}

type note struct {
	Note string `xml:"cbc:Note"`
}

type money struct {
	Currency string `xml:"currencyID,attr"`
	Value    string `xml:",chardata"`
}

type taxTotal struct {
	TaxAmount money         `xml:"cbc:TaxAmount"`
	Subtotals []taxSubtotal `xml:"cac:TaxSubtotal"`
}

type taxSubtotal struct {
	TaxableAmount money       `xml:"cbc:TaxableAmount"`
	TaxAmount     money       `xml:"cbc:TaxAmount"`
	Category      taxCategory `xml:"cac:TaxCategory"`
}

type taxCategory struct {
	ID              string  `xml:"cbc:ID"`
	Percent         *string `xml:"cbc:Percent"`
	ExemptionCode   string  `xml:"cbc:TaxExemptionReasonCode,omitempty"`
	ExemptionReason string  `xml:"cbc:TaxExemptionReason,omitempty"`
	TaxScheme       idRef   `xml:"cac:TaxScheme"`
}

type monetary struct {
	LineExtension money `xml:"cbc:LineExtensionAmount"`
	TaxExclusive  money `xml:"cbc:TaxExclusiveAmount"`
	TaxInclusive  money `xml:"cbc:TaxInclusiveAmount"`
	Payable       money `xml:"cbc:PayableAmount"`
}

type quantityXML struct {
	Unit  string `xml:"unitCode,attr"`
	Value string `xml:",chardata"`
}

type invoiceLine struct {
	ID            string      `xml:"cbc:ID"`
	Quantity      quantityXML `xml:"cbc:InvoicedQuantity"`
	LineExtension money       `xml:"cbc:LineExtensionAmount"`
	Item          item        `xml:"cac:Item"`
	Price         price       `xml:"cac:Price"`
}

type creditLine struct {
	ID            string      `xml:"cbc:ID"`
	Quantity      quantityXML `xml:"cbc:CreditedQuantity"`
	LineExtension money       `xml:"cbc:LineExtensionAmount"`
	Item          item        `xml:"cac:Item"`
	Price         price       `xml:"cac:Price"`
}

type item struct {
	Description string      `xml:"cbc:Description,omitempty"`
	Name        string      `xml:"cbc:Name"`
	Tax         taxCategory `xml:"cac:ClassifiedTaxCategory"`
}

type price struct {
	Amount money        `xml:"cbc:PriceAmount"`
	Base   *quantityXML `xml:"cbc:BaseQuantity"`
}
