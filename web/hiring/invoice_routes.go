package hiring

// routesInvoices is the invoices section (issue 17): the invoices and
// credit notes of the contact's company, for the contacts the company's
// invoicing details name; anyone else finds neither list nor invoice.
func (a *App) routesInvoices() []Route {
	return []Route{
		{"GET /hiring/invoices", a.invoiceList, Contact},
		{"GET /hiring/invoices/{id}", a.invoiceView, Contact},
		{"GET /hiring/invoices/{id}/pdf", a.invoicePDF, Contact},
		{"GET /hiring/invoices/{id}/xml", a.invoiceXML, Contact},
	}
}
