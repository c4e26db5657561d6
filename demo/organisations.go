package demo

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

type company struct {
	id       int64
	name     string
	city     string
	street   string // invoice address (issue 17)
	postal   string
	loc      *locale
	field    *field
	owner    user
	depts    []int64
	contacts []contact
	vacs     []int // indexes into refs.vacs
}

type contact struct {
	id     int64
	name   string
	lang   string
	hiring bool // relation "Hiring manager"
	portal bool // member of the portal group
}

type vacancy struct {
	id      int64
	co      *company
	contact int64
	title   string
	open    bool
	created time.Time
}

// organisations writes the main office, the pool company, the client
// companies with their departments and contacts.
func (l *loader) organisations() {
	t := &l.t
	tid := l.tenantID
	r := l.rng(20)
	since := l.now.AddDate(-3, 0, 0)

	l.mainOffice = t.companies.add(tid, l.admin.id, string(domain.CompanyMainOffice), "Demo Staffing HQ",
		"info@demo.test", "+31 20 555 0100", "https://demo.test", "Herengracht 100", "1015 BS", "Amsterdam", "NL", since, since)
	l.poolCompany = t.companies.add(tid, l.admin.id, string(domain.CompanyPool), "Talent Pool (general)",
		"", "", "", "", "", "Amsterdam", "NL", since, since)
	l.poolContact = contact{name: "Talent Pool", lang: "en"}
	l.poolContact.id = t.contacts.add(tid, l.poolCompany, l.admin.id, nil, "Talent", "Pool", "", "", "", "en", "", since, since)

	names := map[string]bool{}
	emails := map[string]bool{}
	n := max(5, l.nCand/500)
	for i := range n {
		co := &company{loc: &locales[weighted(r, languageWeights)], field: &fields[r.IntN(len(fields))], owner: l.owner(i)}
		if i == 0 {
			co.loc = &locales[0] // the demo contact's company speaks English
		}
		for try := 0; co.name == "" || names[co.name]; try++ {
			co.name = pick(r, companyWords) + " " + pick(r, companyNouns[co.field.name]) + " " + pick(r, co.loc.suffixes)
			if try > 5 {
				co.name = fmt.Sprintf("%s %d", co.name, i)
			}
		}
		names[co.name] = true
		co.city = pick(r, co.loc.cities)
		host := slug(co.name) + ".example"
		created := l.randomPast(r, 3*365)
		// The same draws in the same order as the arguments once took them.
		ph := phone(r, co.loc)
		co.street = fmt.Sprintf("%s %d", pick(r, co.loc.streets), between(r, 1, 250))
		co.postal = co.loc.postalCode(r)
		co.id = t.companies.add(tid, co.owner.id, string(domain.CompanyClient), co.name, "info@"+host,
			ph, "https://www."+host, co.street, co.postal, co.city, co.loc.country, created, created.Add(time.Duration(r.IntN(300))*day/3))

		for _, k := range r.Perm(len(departmentNames))[:between(r, 2, 5)] {
			co.depts = append(co.depts, t.departments.add(tid, co.id, departmentNames[k]))
		}

		for j := range between(r, 2, 5) {
			p := newPerson(r)
			if chance(r, 70) {
				p = person{first: pick(r, co.loc.first), last: pick(r, co.loc.last), loc: co.loc}
			}
			c := contact{name: p.name(), lang: p.loc.lang}
			var relation int64
			switch k := r.IntN(4); {
			case j == 0 || k < 2:
				relation, c.hiring = l.relHiring, true
			case k == 2:
				relation = l.relFinance
			}
			c.portal = j == 0 || chance(r, 70)
			first, last, title, email, hash := p.first, p.last, pick(r, contactTitles), "", ""
			if i == 0 && j == 0 {
				first, last, title, email, hash = "Connor", "Contact", "HR Manager", contactEmail, l.hash
				c.name, c.lang = "Connor Contact", contactLanguage
			} else {
				email = slug(p.first) + "." + slug(p.last) + "@" + host
				if emails[email] {
					email = fmt.Sprintf("%s.%s.%d@%s", slug(p.first), slug(p.last), j, host)
				}
			}
			emails[email] = true
			cc := created.Add(time.Duration(j) * day)
			c.id = t.contacts.add(tid, co.id, co.owner.id, nullID(relation), first, last, email, phone(r, p.loc),
				title, c.lang, hash, cc, cc)
			if c.portal {
				t.contactGroups.add(tid, c.id, l.grpPortal)
			}
			if chance(r, 30) {
				t.contactGroups.add(tid, c.id, l.grpNewsletter)
			}
			if i == 0 && j == 0 {
				l.demoContact = c
			}
			co.contacts = append(co.contacts, c)
		}
		l.clients = append(l.clients, co)
		l.tick()
	}
}

// vacancies writes the client vacancies, the general talent pool and a pool
// for each of the first client companies. The first five belong to the demo
// contact, so the Hiring Portal has something to show at once.
func (l *loader) vacancies() {
	t := &l.t
	tid := l.tenantID
	r := l.rng(30)
	type spec struct {
		source int64
		open   bool
		origin domain.Origin
	}
	demo := []spec{
		{l.srcPortal, true, domain.OriginOffice},
		{l.srcPortal, true, domain.OriginOffice},
		{l.srcPortal, true, domain.OriginHiring},
		{l.srcLinkedIn, true, domain.OriginOffice},
		{l.srcPortal, false, domain.OriginOffice},
	}
	others := []int64{l.srcWebsite, l.srcLinkedIn, l.srcReferral, 0}
	n := max(10, l.nCand/50)
	for i := range n {
		var s spec
		var co *company
		var contactID int64
		if i < len(demo) {
			s, co, contactID = demo[i], l.clients[0], l.demoContact.id
		} else {
			co = pick(r, l.clients)
			s = spec{source: pick(r, others), open: chance(r, 80), origin: domain.OriginOffice}
			if chance(r, 50) {
				s.source = l.srcPortal
				if chance(r, 20) {
					s.origin = domain.OriginHiring
				}
			}
			if !chance(r, 10) {
				contactID = l.pickContact(r, co, true).id
			}
		}
		v := vacancy{co: co, contact: contactID, title: pick(r, co.field.headlines), open: s.open, created: l.randomPast(r, 180)}
		status := domain.VacancyOpen
		if !s.open {
			status = domain.VacancyClosed
		}
		hours := pick(r, []int{24, 32, 36, 38, 40})
		desc := fmt.Sprintf("%s is looking for a %s in %s for %d hours a week. You join a friendly team with room to grow.",
			co.name, v.title, co.city, hours)
		dept := pick(r, co.depts)
		v.id = t.vacancies.add(tid, co.id, nullID(contactID), co.owner.id, nullID(s.source), dept, l.procStandard,
			v.title, desc, co.city, hours, string(status), string(domain.PoolNone), string(s.origin), v.created, v.created,
			0, 0, "", "", co.field.category(), nil)
		co.vacs = append(co.vacs, len(l.vacs))
		l.vacs = append(l.vacs, v)
	}

	since := l.now.AddDate(-2, 0, 0)
	l.generalPool = t.vacancies.add(tid, l.poolCompany, l.poolContact.id, l.admin.id, nil, nil, l.procPool,
		"General talent pool", "Candidates every client may consider.", "", 0, string(domain.VacancyOpen),
		string(domain.PoolGeneral), string(domain.OriginOffice), since, since, 0, 0, "", "", "", nil)
	for _, co := range l.clients[:min(3, len(l.clients))] {
		v := vacancy{co: co, contact: co.contacts[0].id, title: "Talent pool " + co.name, open: true, created: since}
		v.id = t.vacancies.add(tid, co.id, v.contact, co.owner.id, nil, nil, l.procPool, v.title,
			"Candidates kept in view for "+co.name+".", co.city, 0, string(domain.VacancyOpen),
			string(domain.PoolCompany), string(domain.OriginOffice), since, since, 0, 0, "", "", "", nil)
		l.companyPools = append(l.companyPools, v)
	}
	l.careersVacancies()
}

// pickContact picks a contact of co, a hiring manager when wanted and one
// exists (the first contact of every client is one).
func (l *loader) pickContact(r *rand.Rand, co *company, hiring bool) contact {
	for range 4 {
		c := pick(r, co.contacts)
		if c.hiring || !hiring {
			return c
		}
	}
	return co.contacts[0]
}
