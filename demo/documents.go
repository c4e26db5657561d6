package demo

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// attach writes an attachment with a small PDF showing title and lines.
func (l *loader) attach(kind domain.SubjectKind, subjectID, typeID int64, fileName, uploadedBy string, at time.Time, title string, lines ...string) {
	content := pdf(title, lines...)
	id := l.t.attachments.add(l.tenantID, string(kind), subjectID, typeID, fileName, "application/pdf",
		int64(len(content)), uploadedBy, at)
	l.t.contents.add(l.tenantID, id, content)
}

// documents writes the documents that belong to the agency and its clients:
// the privacy statements on the main office (C8) and contracts that the
// Hiring Portal shows (E10).
func (l *loader) documents() {
	at := l.now.AddDate(0, -6, 0)
	statements := []struct{ lang, title, body string }{
		{"nl", "Privacyverklaring Demo Staffing", "Wij verwerken uw persoonsgegevens alleen voor bemiddeling naar werk."},
		{"en", "Privacy statement Demo Staffing", "We process your personal data only to find you work."},
		{"fr", "Déclaration de confidentialité Demo Staffing", "Nous traitons vos données uniquement pour vous trouver un emploi."},
		{"de", "Datenschutzerklärung Demo Staffing", "Wir verarbeiten Ihre Daten nur zur Vermittlung von Arbeit."},
	}
	for _, s := range statements {
		l.attach(domain.SubjectCompany, l.mainOffice, l.atPrivacy[s.lang], "privacy-"+s.lang+".pdf", l.admin.name, at,
			s.title, s.body, "Questions: privacy@demo.test")
	}
	for i, co := range l.clients[:min(20, len(l.clients))] {
		l.attach(domain.SubjectCompany, co.id, l.atContract, "Framework agreement "+co.name+".pdf", co.owner.name,
			at.Add(time.Duration(i)*day), "Framework agreement", "Demo Staffing and "+co.name, "Term: two years")
	}
}

// pdf renders a one-page PDF 1.4 with a title and a few lines of text in
// Helvetica. Non-ASCII characters are replaced: the standard fonts only know
// Latin-1 and the demo does not need more.
func pdf(title string, lines ...string) []byte {
	var text strings.Builder
	text.WriteString("BT /F1 18 Tf 72 760 Td (" + pdfString(title) + ") Tj /F1 11 Tf")
	for _, line := range lines {
		text.WriteString(" 0 -22 Td (" + pdfString(line) + ") Tj")
	}
	text.WriteString(" ET")
	stream := text.String()

	objects := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(stream), stream),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, xref)
	return b.Bytes()
}

// pdfString escapes a PDF literal string and keeps it printable ASCII.
func pdfString(s string) string {
	s = asciiFold.Replace(s)
	var b strings.Builder
	for _, c := range s {
		switch {
		case c == '(' || c == ')' || c == '\\':
			b.WriteByte('\\')
			b.WriteRune(c)
		case c >= 32 && c < 127:
			b.WriteRune(c)
		default:
			b.WriteByte('?')
		}
	}
	return b.String()
}
