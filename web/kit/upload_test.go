package kit_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

// Each refusal of an upload names its own reason next to the file field
// (back office attachments, Hiring Portal documents E10).
func TestRefusalKey_E10(t *testing.T) {
	for r, want := range map[upload.Refusal]string{
		upload.Missing:     "validation.required",
		upload.TooBig:      "attachment.too_big",
		upload.Empty:       "attachment.empty",
		upload.TypeRefused: "attachment.type_refused",
		upload.BadForm:     "error.bad_form",
	} {
		if got := kit.RefusalKey(r); got != want {
			t.Errorf("RefusalKey(%d) = %q, want %q", r, got, want)
		}
	}
}
