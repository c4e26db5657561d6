package domain

import "strconv"

// meantForCareers reports whether the agency publishes the vacancy: it
// carries the careers source, is open, and is a real vacancy rather than
// a talent pool. With no careers source configured nothing is.
func meantForCareers(v Vacancy, s Settings) bool {
	return s.Careers.SourceID != 0 && v.SourceID == s.Careers.SourceID &&
		v.Status == VacancyOpen && v.Pool == PoolNone
}

// OnCareersSite is issue 16's publishing rule: a vacancy shows on the
// careers site (its list, its page, the feeds and the sitemap) when the
// agency publishes it (meantForCareers), its closing day has not passed,
// and, where the agency requires it, it states a pay range. Anything else
// is not found there.
func OnCareersSite(v Vacancy, s Settings, today Date) bool {
	return meantForCareers(v, s) &&
		(v.ClosesOn.IsZero() || !v.ClosesOn.Before(today)) &&
		(!s.Careers.PayRequired || !v.Pay.IsZero())
}

// CheckPayToPublish is the pay transparency rule (EU directive 2023/970):
// when the agency requires a pay range to publish, a vacancy that would be
// published without one is refused, with the message on the pay fields.
// Vacancies the careers site does not publish need no range.
func CheckPayToPublish(v Vacancy, s Settings) error {
	if s.Careers.PayRequired && meantForCareers(v, s) && v.Pay.IsZero() {
		return &ValidationError{Fields: FieldErrors{"pay_min": KeyPayRequired}}
	}
	return nil
}

// FullTimeHours is the week from which a vacancy counts as full time.
const FullTimeHours = 32

// HoursBand is a filter of the careers site on a vacancy's hours.
type HoursBand string

const (
	HoursAny      HoursBand = ""
	HoursPartTime HoursBand = "part"
	HoursFullTime HoursBand = "full"
)

// InHoursBand reports whether a vacancy of hours a week falls in band;
// unknown hours (0) fall only in HoursAny.
func InHoursBand(hours int, band HoursBand) bool {
	switch band {
	case HoursPartTime:
		return hours > 0 && hours < FullTimeHours
	case HoursFullTime:
		return hours >= FullTimeHours
	}
	return true
}

// EmploymentType is schema.org's employmentType of a vacancy of hours a
// week: FULL_TIME, PART_TIME, or OTHER when the hours are unknown.
func EmploymentType(hours int) string {
	switch {
	case hours >= FullTimeHours:
		return "FULL_TIME"
	case hours > 0:
		return "PART_TIME"
	}
	return "OTHER"
}

// CareersPath is a vacancy's page on the careers site: "/jobs/12-welder",
// its id and the slug of its title (just the id when the title has none).
func CareersPath(v Vacancy) string {
	p := "/jobs/" + strconv.FormatInt(v.ID, 10)
	if s := Slug(v.Title); s != "" {
		p += "-" + s
	}
	return p
}
