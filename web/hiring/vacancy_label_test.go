package hiring

import (
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/web/kit"
)

// Issue 15: in the pool-match list two vacancies with the same title can be
// told apart; a title of its own stays bare.
func TestVacancyOptionsTellTwinsApart(t *testing.T) {
	b, err := i18n.Load()
	if err != nil {
		t.Fatal(err)
	}
	p := kit.Page{L: b.For("fr")}
	opened := time.Date(2026, time.December, 3, 9, 0, 0, 0, time.UTC)
	got := vacancyOptions(p, []domain.Vacancy{
		{ID: 1, Title: "Welder", DepartmentName: "Hall A", CreatedAt: opened},
		{ID: 2, Title: "Welder", DepartmentName: "Hall B", CreatedAt: opened},
		{ID: 3, Title: "Driver", CreatedAt: opened},
		{ID: 4, Title: "Driver", CreatedAt: opened},
		{ID: 5, Title: "Planner", CreatedAt: opened},
	})
	want := []string{"Welder (Hall A, ouverte le 3 déc. 2026)", "Welder (Hall B, ouverte le 3 déc. 2026)",
		"Driver (ouverte le 3 déc. 2026, n° 3)", "Driver (ouverte le 3 déc. 2026, n° 4)", "Planner"}
	seen := map[string]bool{}
	for i, o := range got {
		if o.Label != want[i] || seen[o.Label] {
			t.Errorf("option %d: %q, want %q", i, o.Label, want[i])
		}
		seen[o.Label] = true
	}
}
