package domain

// MailAttachment is a file sent with a mail: an attachment row's name, type
// and content, loaded by the delivery worker (issue 17: invoices go out
// with their UBL XML and PDF).
type MailAttachment struct {
	FileName    string
	ContentType string
	Content     []byte
}
