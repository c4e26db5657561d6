package office

// routesInvoices is invoicing (issue 17): runs, invoices and credit notes,
// the clients' and placements' invoicing details, the agency's settings,
// the pay side and the margin. Running, confirming and crediting money is
// for admins, and so are a freelancer's self-billing details (its IBAN, the
// agreement); recruiters read and keep the clients' details.
func (a *App) routesInvoices() []Route {
	return []Route{
		{"GET /office/invoices", a.invoiceList, Recruiter},
		{"GET /office/invoice-runs/new", a.invoiceRunNew, Admin},
		{"POST /office/invoice-runs", a.invoiceRunCreate, Admin},
		{"GET /office/invoice-runs/{id}", a.invoiceRunView, Recruiter},
		{"POST /office/invoice-runs/{id}/confirm", a.invoiceRunConfirm, Admin},
		{"POST /office/invoice-runs/{id}/discard", a.invoiceRunDiscard, Admin},
		{"GET /office/invoices/{id}", a.invoiceView, Recruiter},
		{"GET /office/invoices/{id}/pdf", a.invoicePDF, Recruiter},
		{"GET /office/invoices/{id}/xml", a.invoiceXML, Recruiter},
		{"POST /office/invoices/{id}/credit", a.invoiceCredit, Admin},
		{"POST /office/invoices/{id}/confirm", a.invoiceCreditConfirm, Admin},
		{"POST /office/invoices/{id}/discard", a.invoiceCreditDiscard, Admin},
		{"GET /office/invoices/payroll", a.payrollView, Admin},
		{"GET /office/invoices/payroll.csv", a.payrollCSV, Admin},
		{"GET /office/invoices/margin", a.marginView, Admin},
		{"GET /office/invoices/margin.csv", a.marginCSV, Admin},
		{"GET /office/companies/{id}/billing", a.clientBillingEdit, Recruiter},
		{"POST /office/companies/{id}/billing", a.clientBillingSave, Recruiter},
		{"GET /office/placements/{id}/billing", a.placementBillingEdit, Recruiter},
		{"POST /office/placements/{id}/billing", a.placementBillingSave, Recruiter},
		{"GET /office/candidates/{id}/freelancer", a.freelancerBillingEdit, Admin},
		{"POST /office/candidates/{id}/freelancer", a.freelancerBillingSave, Admin},
		{"POST /office/timesheets/{id}/reopen", a.timesheetReopen, Admin},
		{"GET /office/settings/invoicing", a.invoiceSettings, Admin},
		{"POST /office/settings/invoicing", a.invoiceSettingsSave, Admin},
	}
}
