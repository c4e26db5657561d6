package demo

import (
	"math/rand/v2"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// scenario is the shape of a placement with respect to the timesheet rules:
// whether the candidate may write timesheets (D1) and whether its contacts
// see them (D4).
type scenario int

const (
	scRunning      scenario = iota // open-ended, approval, billable hours: D1 and D4
	scRunningUntil                 // ends in the future: D1 and D4
	scNoApproval                   // no client approval: D1, not D4
	scEnded                        // ended in the past: neither
	scFuture                       // starts in the future: neither
	scNoInvoicing                  // its only rate is 'no invoicing': neither
	scNoDeclType                   // rate without declaration type: not D1
	scExpiredRate                  // its rate ended: neither
	scTravelOnly                   // declaration type without an empty line: not D1
)

// scenarioCycle gives the mix: half the placements let the candidate write
// timesheets, the rest show each way of not meeting the rules.
var scenarioCycle = []scenario{
	scRunning, scRunning, scNoApproval, scEnded, scRunningUntil, scFuture, scRunning,
	scNoInvoicing, scRunning, scNoDeclType, scExpiredRate, scTravelOnly,
}

// timesheetsAllowed reports whether the scenario meets D1.
func (s scenario) timesheetsAllowed() bool {
	return s == scRunning || s == scRunningUntil || s == scNoApproval
}

type placementPlan struct {
	ord      int // candidate ordinal
	co       *company
	vac      int // index into refs.vacs, -1 for none
	sc       scenario
	title    string
	start    domain.Date
	end      domain.Date
	approval bool
	overtime bool
}

// planPlacements chooses, before the candidates are written, who is placed
// where, so that those candidates get a matching status.
func (l *loader) planPlacements() {
	r := l.rng(40)
	n := min(max(10, l.nCand/50), l.nCand)
	taken := map[int]bool{}
	l.statusOf = map[int]int64{}
	for i := range n {
		p := placementPlan{ord: 1, co: l.clients[0], vac: 0, sc: scRunning}
		if i > 0 {
			p.sc = scenarioCycle[i%len(scenarioCycle)]
			for p.ord = 1; taken[p.ord]; {
				p.ord = between(r, 2, l.nCand)
			}
			p.co = l.clients[0]
			if i > 3 { // a few more at the demo contact's company, the rest anywhere
				p.co = pick(r, l.clients)
			}
			p.vac = -1
			if len(p.co.vacs) > 0 && chance(r, 60) {
				p.vac = pick(r, p.co.vacs)
			}
		}
		taken[p.ord] = true
		p.title = pick(r, p.co.field.headlines)
		if p.vac >= 0 {
			p.title = l.vacs[p.vac].title
		}
		p.approval = p.sc != scNoApproval && (i == 0 || chance(r, 85))
		p.overtime = i == 0 || chance(r, 30)
		switch p.sc {
		case scRunningUntil:
			p.start, p.end = l.daysAgo(between(r, 30, 200)), l.today.AddDays(between(r, 20, 180))
		case scEnded:
			p.end = l.daysAgo(between(r, 5, 150))
			p.start = p.end.AddDays(-between(r, 60, 500))
		case scFuture:
			p.start = l.today.AddDays(between(r, 7, 60))
		default:
			p.start = l.daysAgo(between(r, 45, 400))
		}
		if i == 0 {
			// Forty weeks back: weeks enough without a timesheet for the
			// load harness's clients to send one each (cmd/loadbench).
			p.start = l.daysAgo(280)
		}
		status := l.stPlaced
		if p.sc == scEnded {
			status = pick(r, []int64{l.stAvailable, l.stInactive})
		}
		if i > 0 {
			l.statusOf[p.ord] = status
		}
		l.plan = append(l.plan, p)
	}
}

// placements writes each planned placement with its contacts, rates,
// timesheets and a contract.
func (l *loader) placements() {
	t := &l.t
	tid := l.tenantID
	r := l.rng(50)
	for i, p := range l.plan {
		created := p.start.AddDays(-between(r, 3, 30)).Time().Add(10 * time.Hour)
		if created.After(l.now) {
			created = l.now.Add(-time.Hour)
		}
		var vacID int64
		if p.vac >= 0 {
			vacID = l.vacs[p.vac].id
		}
		cand := l.candidateID(p.ord)
		id := t.placements.add(tid, cand, p.co.id, nullID(vacID), p.title, p.start.String(), nullDate(p.end),
			p.approval, created, created)

		contacts := []contact{l.pickContact(r, p.co, true)}
		if p.co == l.clients[0] {
			contacts[0] = l.demoContact
		}
		if len(p.co.contacts) > 1 && chance(r, 40) {
			if c := l.pickContact(r, p.co, false); c.id != contacts[0].id {
				contacts = append(contacts, c)
			}
		}
		for _, c := range contacts {
			t.placementContacts.add(tid, id, c.id)
		}

		bill := int64(between(r, 45, 95)) * 100
		pay := bill * int64(between(r, 60, 75)) / 100
		rate := func(decl int64, start, end domain.Date, noInvoicing bool, bill, pay int64) {
			t.rates.add(tid, id, nullID(decl), start.String(), nullDate(end), noInvoicing, bill, pay)
		}
		switch p.sc {
		case scNoInvoicing:
			rate(l.dtHours, p.start, p.end, true, 0, pay)
		case scNoDeclType:
			rate(0, p.start, p.end, false, bill, pay)
		case scExpiredRate:
			rate(l.dtHours, p.start, l.daysAgo(between(r, 3, 20)), false, bill, pay)
		case scTravelOnly:
			rate(l.dtTravel, p.start, p.end, false, 23, 19)
		default:
			rate(l.dtHours, p.start, p.end, false, bill, pay)
			if p.overtime {
				rate(l.dtOvertime, p.start, p.end, false, bill*125/100, pay*125/100)
			}
			if chance(r, 20) {
				rate(l.dtTravel, p.start, p.end, false, 23, 19)
			}
			if chance(r, 10) {
				rate(l.dtExpenses, p.start, p.end, false, 100, 100)
			}
		}

		if i < 200 {
			who := l.candidatePerson(p.ord).name()
			l.attach(domain.SubjectPlacement, id, l.atContract, "Contract "+who+".pdf", p.co.owner.name, created,
				"Placement contract", who+" at "+p.co.name, "Start: "+p.start.String())
		}
		if p.sc.timesheetsAllowed() {
			l.timesheets(r, i, id, p, contacts[0])
		}
		l.tick()
	}
}

// officeActor is the recruiter who approves a timesheet that needs no
// client approval: mostly the company's owner.
func (l *loader) officeActor(r *rand.Rand, co *company) user {
	if chance(r, 80) {
		return co.owner
	}
	return l.recruiter
}
