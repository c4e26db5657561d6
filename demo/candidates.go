package demo

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// attachSample is how many candidates get documents: enough to show every
// document screen, few enough to keep a million-candidate database small.
const attachSample = 1000

// candidateStream seeds a stream per candidate: candidate n is a function of
// (seed, n) alone, so its name can be recomputed where a log needs it
// without keeping a million names in memory.
type candidateStream struct {
	seed uint64
	pcg  *rand.PCG
	r    *rand.Rand
}

func newCandidateStream(seed uint64) *candidateStream {
	pcg := rand.NewPCG(0, 0)
	return &candidateStream{seed: seed, pcg: pcg, r: rand.New(pcg)}
}

func (s *candidateStream) at(ord int) *rand.Rand {
	s.pcg.Seed(s.seed^0xC0FFEE, uint64(ord)*0x9E3779B97F4A7C15+1)
	return s.r
}

// demoCandidate is candidate number 1, the portal demo account.
var demoCandidate = person{first: "Cathy", last: "Candidate", loc: &locales[0]}

// candidatePerson returns the name of candidate ord.
func (l *loader) candidatePerson(ord int) person {
	if ord == 1 {
		return demoCandidate
	}
	return newPerson(newCandidateStream(l.seed).at(ord))
}

// candidateID is the id of candidate ord (1-based, written in order).
func (l *loader) candidateID(ord int) int64 { return l.t.candidates.base + int64(ord) }

var availabilityNotes = []string{"", "Prefers day shifts.", "Available for remote work.", "Can work weekends.", "Only school hours.", "Open to relocation."}

// candidates streams every candidate with its skills, experiences,
// educations, consent, notes and (for a sample) documents.
func (l *loader) candidates() {
	var bar *progressbar.ProgressBar
	if l.opt.Progress != nil {
		bar = progressbar.NewOptions64(int64(l.nCand),
			progressbar.OptionSetWriter(l.opt.Progress),
			progressbar.OptionSetDescription("demo: candidates"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("candidates"),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionShowElapsedTimeOnFinish(),
			progressbar.OptionOnCompletion(func() { fmt.Fprintln(l.opt.Progress) }),
		)
	}
	stream := newCandidateStream(l.seed)
	const step = 1000
	for ord := 1; ord <= l.nCand && l.err == nil; ord++ {
		l.candidate(stream.at(ord), ord)
		l.tick()
		if bar != nil && ord%step == 0 {
			_ = bar.Add(step)
		}
	}
	if bar != nil && l.err == nil {
		_ = bar.Add(l.nCand % step)
		_ = bar.Finish()
	}
}

func (l *loader) candidate(r *rand.Rand, ord int) {
	t := &l.t
	tid := l.tenantID
	p := newPerson(r) // first draw: see candidatePerson
	f := &fields[r.IntN(len(fields))]
	owner := l.owner(r.IntN(len(l.owners)))
	status := pick(r, []int64{l.stApplicant, l.stApplicant, l.stAvailable, l.stAvailable, l.stAvailable, l.stInactive, l.stInactive, l.stPlaced})
	hash := ""
	if ord == 1 {
		p, f, owner, status, hash = demoCandidate, &fields[0], l.recruiter, l.stPlaced, l.hash
	}
	if s, ok := l.statusOf[ord]; ok {
		status = s
	}
	loc := p.loc
	email := fmt.Sprintf("%s.%s.%d@example.test", slug(p.first), slug(p.last), ord)
	headline := pick(r, f.headlines)
	city := pick(r, loc.cities)
	if ord == 1 {
		email, headline, city = candidateEmail, "Senior Go Developer", "London"
	}

	k := between(r, 3, 6)
	skills := make([]string, 0, k)
	for _, i := range r.Perm(len(f.skills))[:k] {
		skills = append(skills, f.skills[i])
	}
	search := domain.CandidateSearchText(domain.Candidate{FirstName: p.first, LastName: p.last, Email: email, City: city, Headline: headline}, skills)

	years := between(r, 1, 25)
	summary := fmt.Sprintf("%s with %d years of experience in %s, based in %s.", headline, years, f.name, city)
	dob := domain.NewDate(between(r, 1962, 2004), time.Month(between(r, 1, 12)), between(r, 1, 28))
	var availFrom domain.Date
	availHours, availNote := 0, ""
	if ord == 1 || chance(r, 40) {
		availFrom = l.today.AddDays(between(r, -30, 60))
		availHours = 4 * between(r, 2, 10)
		availNote = pick(r, availabilityNotes)
	}
	created := l.randomPast(r, 3*365)
	updated := created.Add(time.Duration(r.IntN(int(l.now.Sub(created)/time.Hour)+1)) * time.Hour)
	restricted, objected := chance(r, 1) && ord > 1, false
	if restricted {
		objected = chance(r, 50)
	}

	c := domain.Candidate{TenantID: tid, OwnerID: owner.id, StatusID: status, FirstName: p.first, LastName: p.last,
		Email: email, Phone: phone(r, loc), DateOfBirth: dob,
		Street: fmt.Sprintf("%s %d", pick(r, loc.streets), between(r, 1, 300)), PostalCode: loc.postalCode(r), City: city,
		Country: loc.country, Language: loc.lang, Headline: headline, Summary: summary,
		AvailableFrom: availFrom, AvailableHours: availHours, AvailabilityNote: availNote,
		Restricted: restricted, Objected: objected, CreatedAt: created, UpdatedAt: updated}
	id := t.candidates.add(store.CandidateBulkRow(c, hash, search)...)
	if id != l.candidateID(ord) && l.err == nil {
		l.fail(fmt.Errorf("candidate %d got id %d, want %d", ord, id, l.candidateID(ord)))
		return
	}

	for _, s := range skills {
		t.skills.add(tid, id, s, between(r, 1, 5))
	}

	// Work history, most recent first, walking back in time.
	end := l.today
	nExp := r.IntN(4)
	if ord == 1 {
		nExp = 2
	}
	for i := range nExp {
		start := end.AddDays(-between(r, 180, 1500))
		endDate := end
		if i == 0 && chance(r, 40) {
			endDate = domain.Date{} // current job
		}
		employer := pick(r, companyWords) + " " + pick(r, companyNouns[f.name]) + " " + pick(r, loc.suffixes)
		title := pick(r, f.headlines)
		t.experiences.add(tid, id, employer, title, start.String(), nullDate(endDate),
			fmt.Sprintf("Worked as %s in a team of %d.", title, between(r, 3, 40)))
		end = start.AddDays(-between(r, 0, 120))
	}
	nEdu := r.IntN(3)
	if ord == 1 {
		nEdu = 1
	}
	for range nEdu {
		start := end.AddDays(-between(r, 700, 1600))
		t.educations.add(tid, id, pick(r, loc.schools), pick(r, f.degrees), start.String(), end.String())
		end = start.AddDays(-between(r, 30, 400))
	}

	if ord == 1 || chance(r, 60) {
		given := l.randomPast(r, 700)
		until := domain.DateOf(given).AddDays(730)
		if ord > 1 && chance(r, 10) {
			until = l.today.AddDays(between(r, 1, 30)) // due for follow-up (C6)
		}
		var withdrawn time.Time
		if ord > 1 && chance(r, 3) {
			withdrawn = given.Add(time.Duration(between(r, 1, 300)) * day)
			if withdrawn.After(l.now) {
				withdrawn = l.now.Add(-time.Hour)
			}
		}
		t.consents.add(tid, id, "privacy-2024-01", given, until.String(), nullTime(withdrawn))
	}

	if ord == 1 || chance(r, 10) {
		for range between(r, 1, 2) {
			at := l.randomPast(r, 300)
			t.notes.add(tid, string(domain.SubjectCandidate), id, string(domain.AudienceOffice), owner.id, owner.name,
				string(domain.NoteNormal), "", pick(r, candidateNotes), chance(r, 30), at, nil)
		}
	}

	if ord <= attachSample {
		name := p.name()
		l.attach(domain.SubjectCandidate, id, l.atCV, "CV "+name+".pdf", name, created,
			"Curriculum vitae", name, headline, city, fmt.Sprintf("Skills: %v", skills))
		if ord == 1 || chance(r, 30) {
			l.attach(domain.SubjectCandidate, id, l.atCertificate, "Certificate "+skills[0]+".pdf", owner.name, updated,
				"Certificate", name, "Completed: "+skills[0])
		}
		if chance(r, 15) {
			l.attach(domain.SubjectCandidate, id, l.atInternal, "Assessment "+name+".pdf", owner.name, updated,
				"Internal assessment", name, pick(r, evaluationComments))
		}
	}
}
