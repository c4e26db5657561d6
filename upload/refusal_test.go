package upload

import "testing"

// Each refusal of an upload names its own reason next to the file field
// (back office attachments, Hiring Portal documents E10, timesheet receipts
// D3), with the status that goes with it.
func TestRefusalKey_D3_E10(t *testing.T) {
	for r, want := range map[Refusal]struct {
		key    string
		status int
	}{
		Missing:     {"validation.required", 422},
		TooBig:      {"attachment.too_big", 413},
		Empty:       {"attachment.empty", 422},
		TypeRefused: {"attachment.type_refused", 415},
		BadForm:     {"error.bad_form", 422},
	} {
		if got := r.Key(); got != want.key {
			t.Errorf("Refusal(%d).Key() = %q, want %q", r, got, want.key)
		}
		if got := r.Status(); got != want.status {
			t.Errorf("Refusal(%d).Status() = %d, want %d", r, got, want.status)
		}
	}
}
