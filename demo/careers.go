package demo

import (
	"fmt"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

// careersCount is how many vacancies the demo agency publishes on its
// careers site besides the client vacancies that happen to carry the
// Website source.
const careersCount = 12

// category is the field's name as the careers site's filter shows it.
func (f *field) category() string {
	return strings.ToUpper(f.name[:1]) + f.name[1:]
}

// careersVacancies writes the vacancies the demo agency publishes on its
// careers site (issue 16): open, with the Website source, spread over the
// clients, most with a pay range (per hour for trades and care, per month
// for office work), some closing on a day in the coming weeks. They have
// no matches yet: applications will bring them. They come from a random
// stream of their own, so the rest of the demo stays as it was.
func (l *loader) careersVacancies() {
	t := &l.t
	r := l.rng(31)
	monthly := map[string]bool{"software": true, "finance": true, "office": true, "sales": true}
	for i := range careersCount {
		co := l.clients[i%len(l.clients)]
		title := pick(r, co.field.headlines)
		hours := pick(r, []int{16, 24, 32, 36, 38, 40})
		created := l.randomPast(r, 60)
		var lo, hi int64
		currency, period := "", ""
		if i%6 != 5 { // one in six states no range
			currency = "EUR"
			if monthly[co.field.name] {
				lo = int64(between(r, 26, 48)) * 100_00
				hi = lo + int64(between(r, 4, 12))*100_00
				period = string(domain.PayMonth)
			} else {
				lo = int64(between(r, 1450, 2400)/25) * 25
				hi = lo + int64(between(r, 2, 8))*50
				period = string(domain.PayHour)
			}
		}
		var closes any
		if chance(r, 40) {
			closes = nullDate(l.today.AddDays(between(r, 7, 45)))
		}
		desc := fmt.Sprintf("%s is looking for a %s in %s for %d hours a week.\n\n"+
			"You join a friendly team with room to grow. We arrange the contract, the planning and your pay.\n\n"+
			"What you bring: experience as %s, and the will to learn.", co.name, title, co.city, hours, strings.ToLower(title))
		t.vacancies.add(l.tenantID, co.id, nil, co.owner.id, l.srcWebsite, nil, l.procStandard,
			title, desc, co.city, hours, string(domain.VacancyOpen), string(domain.PoolNone), string(domain.OriginOffice), created, created,
			lo, hi, currency, period, co.field.category(), closes)
		l.tick()
	}
}
