package hiring

import (
	"strconv"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// vacancyOptions are the choices of a list of vacancies. Vacancies that
// share a title are told apart by their department, location and the day
// they were opened, and by their number should even those agree.
func vacancyOptions(p kit.Page, vs []domain.Vacancy) []kit.Option {
	titles := map[string]int{}
	for _, v := range vs {
		titles[v.Title]++
	}
	details := make([][]string, len(vs))
	labels := map[string]int{}
	label := func(i int) string {
		if len(details[i]) == 0 {
			return vs[i].Title
		}
		return vs[i].Title + " (" + strings.Join(details[i], ", ") + ")"
	}
	for i, v := range vs {
		if titles[v.Title] > 1 {
			for _, s := range []string{v.DepartmentName, v.Location} {
				if s = strings.TrimSpace(s); s != "" {
					details[i] = append(details[i], s)
				}
			}
			if !v.CreatedAt.IsZero() {
				details[i] = append(details[i], p.T("hiring.vacancy_opened_on", map[string]any{"Date": p.Day(domain.DateOf(v.CreatedAt))}))
			}
		}
		labels[label(i)]++
	}
	out := make([]kit.Option, len(vs))
	for i, v := range vs {
		id := strconv.FormatInt(v.ID, 10)
		if labels[label(i)] > 1 {
			details[i] = append(details[i], p.T("hiring.vacancy_number", map[string]any{"Number": id}))
		}
		out[i] = kit.Option{Value: id, Label: label(i)}
	}
	return out
}
