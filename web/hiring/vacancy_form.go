package hiring

import (
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

// vacancyInput reads the vacancy form (E3, E4); withStatus on edit only.
func vacancyInput(f *kit.Form, withStatus bool) service.VacancyInput {
	in := service.VacancyInput{Title: f.String("title"), Description: f.Text("description"), Location: f.String("location"),
		HoursPerWeek: f.Int("hours_per_week"), DepartmentID: f.ID("department_id"), Pay: f.PayRange()}
	if withStatus {
		in.Status = domain.VacancyStatus(f.String("status"))
		if in.Status == "" {
			in.Status = domain.VacancyOpen
		}
	}
	return in
}

// inputOf fills the form from a saved vacancy.
func inputOf(v domain.Vacancy) service.VacancyInput {
	return service.VacancyInput{Title: v.Title, Description: v.Description, Location: v.Location,
		HoursPerWeek: v.HoursPerWeek, DepartmentID: v.DepartmentID, Status: v.Status, Pay: v.Pay}
}

func departmentOptions(list []domain.Department) []kit.Option {
	out := make([]kit.Option, 0, len(list))
	for _, d := range list {
		out = append(out, kit.Option{Value: strconv.FormatInt(d.ID, 10), Label: d.Name})
	}
	return out
}

// statusOptions are the states a contact may give its vacancy; labels are keys.
func statusOptions() []kit.Option {
	return []kit.Option{{Value: string(domain.VacancyOpen), Label: "hiring.status.open"},
		{Value: string(domain.VacancyClosed), Label: "hiring.status.closed"}}
}

// hoursValue shows 0 hours as an empty field.
func hoursValue(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}
