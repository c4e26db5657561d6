package cveval

import (
	"context"
	"strings"
	"testing"
)

// floors are the least precision and recall each field may fall to on the
// generated corpus (seed 16): a change that reads CVs worse fails here.
var floors = map[string][2]float64{
	"email": {0.95, 0.95}, "phone": {0.95, 0.95}, "postal code": {0.95, 0.95}, "city": {0.95, 0.95},
	"date of birth": {0.95, 0.9}, "languages": {0.95, 0.95}, "language levels": {0.9, 0.9}, "skills": {0.8, 0.95},
	"experience (whole entry)": {0.75, 0.75}, "experience dates": {0.9, 0.9},
	"education (whole entry)": {0.85, 0.8}, "education dates": {0.9, 0.85},
}

// TestParsingAccuracy_Issue16 measures the parser on 40 generated CVs in
// nl, en, de and fr, each written as PDF and as DOCX and read back.
func TestParsingAccuracy_Issue16(t *testing.T) {
	rep, err := Run(context.Background(), 16, 10)
	if err != nil {
		t.Fatal(err)
	}
	if rep.CVs < 30 || len(rep.ByLanguage) != 4 || rep.Documents != 2*rep.CVs {
		t.Fatalf("corpus: %d CVs in %d languages, %d documents", rep.CVs, len(rep.ByLanguage), rep.Documents)
	}
	if len(rep.Failures) > 0 {
		t.Errorf("unreadable: %v", rep.Failures)
	}
	for _, f := range Fields {
		c, floor := rep.Fields[f], floors[f]
		if c.TP == 0 || c.Precision() < floor[0] || c.Recall() < floor[1] {
			t.Errorf("%s: precision %.2f (floor %.2f), recall %.2f (floor %.2f)", f, c.Precision(), floor[0], c.Recall(), floor[1])
		}
	}
	var b strings.Builder
	rep.Markdown(&b)
	if !strings.Contains(b.String(), "| experience dates |") {
		t.Error("report lacks a field")
	}
}
