package demo

import (
	"math/rand/v2"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// phaseWeights spreads matches over the Standard phases (indexed by ph…).
var phaseWeights = []int{20, 20, 15, 12, 8, 6, 4, 15}

// demoPhases are the phases of the matches on the demo contact's first two
// vacancies: something to approve, something approved, something rejected.
var demoPhases = [][]int{
	{phProposed, phInterview, phApproved, phRejected},
	{phProposed, phSourced, phInterview, phOffer},
}

// matches writes the matches of the placements, about two per vacancy, and
// the talent pools, each with its phase history and evaluations.
func (l *loader) matches() {
	r := l.rng(60)
	seen := map[[2]int64]bool{}
	add := func(vi int, ord, phase int) bool {
		key := [2]int64{int64(vi), int64(ord)}
		if seen[key] {
			return false
		}
		seen[key] = true
		l.match(r, l.vacs[vi], ord, phase)
		return true
	}
	for _, p := range l.plan {
		if p.vac >= 0 {
			add(p.vac, p.ord, phPlaced)
		}
	}
	for vi := range l.vacs {
		if vi < len(demoPhases) {
			for _, ph := range demoPhases[vi] {
				for !add(vi, between(r, 2, max(2, l.nCand)), ph) {
				}
			}
			continue
		}
		for range r.IntN(5) {
			add(vi, between(r, 1, l.nCand), weighted(r, phaseWeights))
		}
		l.tick()
	}

	// Talent pools: one phase, added by a recruiter.
	pool := func(v vacancy, n int) {
		picked := map[int]bool{}
		for range n {
			ord := between(r, 1, l.nCand)
			if picked[ord] {
				continue
			}
			picked[ord] = true
			at := l.randomPast(r, 365)
			id := l.t.matches.add(l.tenantID, l.candidateID(ord), v.id, l.phPool, nil, at, at)
			u := pick(r, l.owners)
			l.t.phaseChanges.add(l.tenantID, id, nil, l.phPool, string(domain.AudienceOffice), u.id, u.name, at)
			l.tick()
		}
	}
	pool(vacancy{id: l.generalPool}, max(10, min(l.nCand/100, 5000)))
	for _, v := range l.companyPools {
		pool(v, between(r, 5, 10))
	}
}

// match writes one match in phase ph of the Standard procedure with the
// history that led there: every phase from Sourced on, or for a rejection
// Sourced, Screening, Proposed and then Rejected. Approve and reject come
// from the vacancy's contact, as in the Hiring Portal (E6).
func (l *loader) match(r *rand.Rand, v vacancy, ord, ph int) {
	t := &l.t
	tid := l.tenantID
	path := make([]int, 0, 8)
	if ph == phRejected {
		path = append(path, phSourced, phScreening, phProposed, phRejected)
	} else {
		for p := phSourced; p <= ph; p++ {
			path = append(path, p)
		}
	}
	start := v.created.Add(time.Duration(r.Int64N(int64(l.now.Sub(v.created)/2) + 1)))
	gap := l.now.Sub(start) / time.Duration(len(path)+1)
	at := func(step int) time.Time {
		return start.Add(gap*time.Duration(step) + time.Duration(r.Int64N(int64(gap/2)+1))).Truncate(time.Second)
	}
	times := make([]time.Time, len(path))
	for i := range path {
		times[i] = at(i)
	}
	var approved time.Time
	if ph == phApproved || ph == phOffer || ph == phPlaced {
		for i, p := range path {
			if p == phApproved {
				approved = times[i]
			}
		}
	}
	last := times[len(times)-1]
	id := t.matches.add(tid, l.candidateID(ord), v.id, l.phases[ph].id, nullTime(approved), times[0], last)

	recruiter := v.co.owner
	var contactName string
	for _, c := range v.co.contacts {
		if c.id == v.contact {
			contactName = c.name
		}
	}
	var from int64
	for i, p := range path {
		kind, actorID, actorName := domain.AudienceOffice, recruiter.id, recruiter.name
		byContact := (p == phApproved || p == phRejected) && v.contact != 0
		if byContact {
			kind, actorID, actorName = domain.AudienceHiring, v.contact, contactName
		}
		to := l.phases[p].id
		t.phaseChanges.add(tid, id, nullID(from), to, string(kind), actorID, actorName, times[i])
		from = to
		switch {
		case p == phApproved:
			t.evaluations.add(tid, id, string(kind), actorID, actorName, string(domain.VerdictApprove), pick(r, approveComments), times[i])
		case p == phRejected:
			t.evaluations.add(tid, id, string(kind), actorID, actorName, string(domain.VerdictReject), pick(r, rejectComments), times[i])
		case p == phScreening && chance(r, 30):
			t.evaluations.add(tid, id, string(domain.AudienceOffice), recruiter.id, recruiter.name, string(domain.VerdictComment),
				pick(r, evaluationComments), times[i])
		}
	}
}
