package kit

import "github.com/matchpoint/matchpoint/upload"

// RefusalKey is the message key shown next to a file field whose upload was
// refused (the back office and the Hiring Portal; the Professional Portal
// words its own for candidates).
func RefusalKey(r upload.Refusal) string {
	switch r {
	case upload.Missing:
		return "validation.required"
	case upload.TooBig:
		return "attachment.too_big"
	case upload.Empty:
		return "attachment.empty"
	case upload.TypeRefused:
		return "attachment.type_refused"
	}
	return "error.bad_form"
}
