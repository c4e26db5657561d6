package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

// invoiceRoutes lets accounting software fetch the agency's confirmed
// invoices and credit notes with their UBL XML and PDF (issue 17).
func (a *App) invoiceRoutes() []Route {
	return []Route{
		{Method: "GET", Path: "/invoices", Summary: "List confirmed invoices and credit notes, newest first", Tag: "invoices",
			Query: withPaging(Param{"company_id", "integer", ""}, Param{"kind", "string", "invoice or credit"},
				Param{"issued_from", "date", "issue date on or after"}, Param{"issued_to", "date", "issue date on or before"}),
			Answer: List[Invoice]{}, Handler: a.invoiceList},
		{Method: "GET", Path: "/invoices/{id}", Summary: "Get an invoice or credit note with its lines", Tag: "invoices", Answer: Invoice{}, Handler: a.invoiceGet},
		{Method: "GET", Path: "/invoices/{id}/xml", Summary: "The invoice as UBL 2.1 XML (Peppol BIS Billing 3.0)", Tag: "invoices", Media: "application/xml", Handler: a.invoiceXML},
		{Method: "GET", Path: "/invoices/{id}/pdf", Summary: "The invoice as PDF", Tag: "invoices", Media: "application/pdf", Handler: a.invoicePDF},
	}
}

// Invoice is a confirmed invoice or credit note. Amounts are in cents.
type Invoice struct {
	ID             domain.ID     `json:"id" readonly:"true"`
	Number         string        `json:"number"`
	Kind           string        `json:"kind" enum:"invoice,credit"`
	CompanyID      domain.ID     `json:"company_id"`
	CompanyName    string        `json:"company_name"`
	IssueDate      *string       `json:"issue_date" format:"date"`
	DueDate        *string       `json:"due_date" format:"date"`
	PeriodStart    *string       `json:"period_start" format:"date"`
	PeriodEnd      *string       `json:"period_end" format:"date"`
	Currency       string        `json:"currency"`
	NetCents       int64         `json:"net_cents"`
	VATCents       int64         `json:"vat_cents"`
	TotalCents     int64         `json:"total_cents"`
	OrderReference string        `json:"order_reference"`
	BuyerReference string        `json:"buyer_reference"`
	CreditsID      *domain.ID    `json:"credits_invoice_id" doc:"the invoice a credit note corrects"`
	CreditsNumber  string        `json:"credits_number"`
	Note           string        `json:"note"`
	ConfirmedAt    *time.Time    `json:"confirmed_at"`
	XMLURL         string        `json:"xml_url"`
	PDFURL         string        `json:"pdf_url"`
	Lines          []InvoiceLine `json:"lines,omitempty" doc:"only on GET /invoices/{id}"`
}

// InvoiceLine is one line: a placement's declaration type in one ISO week.
type InvoiceLine struct {
	Position          int       `json:"position"`
	Description       string    `json:"description"`
	PlacementID       domain.ID `json:"placement_id"`
	DeclarationTypeID domain.ID `json:"declaration_type_id"`
	Year              int       `json:"year" doc:"ISO year"`
	Week              int       `json:"week" doc:"ISO week"`
	Minutes           int64     `json:"minutes"`
	Price             string    `json:"price" doc:"per hour, decimal"`
	NetCents          int64     `json:"net_cents"`
	VATCategory       string    `json:"vat_category" enum:"S,Z,E,AE,O"`
	VATRate           string    `json:"vat_rate" doc:"percent, decimal"`
	PONumber          string    `json:"po_number"`
}

func invoiceOut(inv domain.Invoice) Invoice {
	base := Prefix + "/invoices/" + strconv.FormatInt(inv.ID, 10)
	out := Invoice{ID: inv.ID, Number: inv.Number, Kind: string(inv.Kind), CompanyID: inv.CompanyID, CompanyName: inv.CompanyName,
		IssueDate: date(inv.IssueDate), DueDate: date(inv.DueDate), PeriodStart: date(inv.PeriodStart), PeriodEnd: date(inv.PeriodEnd),
		Currency: inv.Currency, NetCents: inv.NetCents, VATCents: inv.VATCents, TotalCents: inv.TotalCents,
		OrderReference: inv.OrderReference, BuyerReference: inv.BuyerReference, CreditsNumber: inv.CreditsNumber, Note: inv.Note,
		ConfirmedAt: inv.ConfirmedAt, XMLURL: base + "/xml", PDFURL: base + "/pdf"}
	if inv.Kind == domain.InvoiceKindCredit {
		out.DueDate = nil
	}
	if inv.CreditsID != 0 {
		id := inv.CreditsID
		out.CreditsID = &id
	}
	for _, l := range inv.Lines {
		out.Lines = append(out.Lines, InvoiceLine{Position: l.Position, Description: l.Description, PlacementID: l.PlacementID,
			DeclarationTypeID: l.DeclarationTypeID, Year: l.Year, Week: l.Week, Minutes: l.Minutes, Price: domain.FormatMicros(l.PriceMicros),
			NetCents: l.NetCents, VATCategory: string(l.VAT.Category), VATRate: domain.FormatCents(int64(l.VAT.RateBP)), PONumber: l.PONumber})
	}
	return out
}

func (a *App) invoiceList(w http.ResponseWriter, r *http.Request) error {
	q := newQuery(r)
	f := store.InvoiceFilter{CompanyID: q.ID("company_id"), Status: domain.InvoiceConfirmed,
		Kinds: []domain.InvoiceKind{domain.InvoiceKindInvoice, domain.InvoiceKindCredit}}
	switch k := q.String("kind"); k {
	case "":
	case string(domain.InvoiceKindInvoice), string(domain.InvoiceKindCredit):
		f.Kinds = []domain.InvoiceKind{domain.InvoiceKind(k)}
	default:
		q.v.Check(false, "kind", "validation.choice")
	}
	from, to := q.Date("issued_from"), q.Date("issued_to")
	if !from.IsZero() || !to.IsZero() {
		if from.IsZero() {
			from = domain.NewDate(2000, 1, 1)
		}
		if to.IsZero() {
			to = domain.NewDate(2200, 12, 31)
		}
		f.Period = domain.Period{Start: from, End: to}
	}
	f.Limit, f.Offset = q.Page()
	if err := q.Err(); err != nil {
		return err
	}
	invoices, more, err := a.Store.Invoices(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, list(invoices, more, f.Offset, invoiceOut))
	return nil
}

// confirmedInvoice loads a confirmed invoice or credit note of the token's
// agency; drafts and self-billing invoices are not found.
func (a *App) confirmedInvoice(r *http.Request) (domain.Invoice, error) {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return domain.Invoice{}, err
	}
	inv, err := a.Store.Invoice(r.Context(), id)
	if err != nil {
		return domain.Invoice{}, err
	}
	if inv.Status != domain.InvoiceConfirmed || inv.Kind == domain.InvoiceKindSelfBilling {
		return domain.Invoice{}, domain.NotFound("invoice")
	}
	return inv, nil
}

func (a *App) invoiceGet(w http.ResponseWriter, r *http.Request) error {
	inv, err := a.confirmedInvoice(r)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, invoiceOut(inv))
	return nil
}

func (a *App) invoiceXML(w http.ResponseWriter, r *http.Request) error {
	return a.invoiceFile(w, r, "xml")
}
func (a *App) invoicePDF(w http.ResponseWriter, r *http.Request) error {
	return a.invoiceFile(w, r, "pdf")
}

func (a *App) invoiceFile(w http.ResponseWriter, r *http.Request, format string) error {
	inv, err := a.confirmedInvoice(r)
	if err != nil {
		return err
	}
	f, err := a.Svc.InvoiceFile(r.Context(), actor(r), inv.ID, format)
	if err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", f.ContentType)
	h.Set("Content-Disposition", upload.Disposition(f.Name))
	h.Set("X-Content-Type-Options", "nosniff")
	_, err = w.Write(f.Content)
	return err
}
