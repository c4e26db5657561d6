package upload

import "testing"

// D3: a file handed over as bytes (a timesheet receipt) gets the checks an
// upload gets: a clean name, a sniffed type, the size limit.
func TestCheck_D3(t *testing.T) {
	f, r := Check("../bon.pdf", []byte("%PDF-1.4\n"), 0)
	if r != Accepted || f.Name != "bon.pdf" || f.ContentType != "application/pdf" {
		t.Errorf("pdf: %+v %v", f, r)
	}
	for _, tc := range []struct {
		content []byte
		max     int64
		want    Refusal
	}{
		{nil, 0, Empty},
		{[]byte("MZ\x90\x00"), 0, TypeRefused},
		{[]byte("%PDF-1.4 and more"), 8, TooBig},
	} {
		if _, r := Check("x.pdf", tc.content, tc.max); r != tc.want {
			t.Errorf("Check(%d bytes, max %d) = %v, want %v", len(tc.content), tc.max, r, tc.want)
		}
	}
}
