package demo

import (
	"fmt"

	"github.com/matchpoint/matchpoint/domain"
)

// user is a recruiter as the other steps need it: who owns a record and
// whose name goes into a log.
type user struct {
	id   int64
	name string
}

// Indexes into refs.phases, the Standard procedure in order.
const (
	phSourced = iota
	phScreening
	phProposed
	phInterview
	phApproved
	phOffer
	phPlaced
	phRejected
)

type phase struct {
	id      int64
	name    string
	visible bool
}

// refs are the ids the steps hand to each other.
type refs struct {
	tenantID  int64
	recruiter user   // recruiter@demo.test
	admin     user   // admin@demo.test
	owners    []user // recruiters that own candidates, contacts and companies

	stApplicant, stAvailable, stPlaced, stInactive int64

	grpPortal, grpNewsletter int64
	relHiring, relFinance    int64

	srcPortal, srcWebsite, srcLinkedIn, srcReferral int64

	procStandard, procPool int64
	phases                 []phase // Standard, indexed by ph…
	phPool                 int64   // the one phase of Talentpool

	dtHours, dtOvertime, dtTravel, dtExpenses int64

	atCV, atCertificate, atContract, atReceipt, atInternal int64
	atPrivacy                                              map[string]int64

	mainOffice, poolCompany int64
	poolContact             contact
	clients                 []*company
	demoContact             contact

	vacs         []vacancy
	generalPool  int64
	companyPools []vacancy

	nCand    int
	plan     []placementPlan
	statusOf map[int]int64 // candidate ordinal → status, for candidates with a placement
	receipts int           // receipts attached to timesheets so far
}

// agency writes the tenant, its recruiters and its lookup lists.
func (l *loader) agency() {
	t := &l.t
	l.nCand = l.opt.Candidates
	created := l.now.AddDate(-3, 0, 0)
	l.tenantID = t.tenants.add(Slug, "Demo Staffing", nil, "en", created)
	tid := l.tenantID

	addUser := func(email, name string, role domain.Role, lang string) user {
		id := t.users.add(tid, email, name, "+31 20 555 "+fmt.Sprint(1000+t.users.rows), string(role), lang, true, l.hash, created)
		return user{id: id, name: name}
	}
	l.recruiter = addUser(recruiterEmail, "Rita Recruiter", domain.RoleRecruiter, "en")
	l.admin = addUser(adminEmail, "Adam Admin", domain.RoleAdmin, "en")
	l.owners = []user{l.recruiter}
	r := l.rng(10)
	seen := map[string]bool{}
	for n := max(3, l.nCand/20_000); len(l.owners) <= n; {
		p := newPerson(r)
		email := slug(p.first) + "." + slug(p.last) + "@demo.test"
		if seen[email] {
			continue
		}
		seen[email] = true
		l.owners = append(l.owners, addUser(email, p.name(), domain.RoleRecruiter, p.loc.lang))
	}

	l.stApplicant = t.statuses.add(tid, "Applicant", false, false, 1)
	l.stAvailable = t.statuses.add(tid, "Available", true, false, 2)
	l.stPlaced = t.statuses.add(tid, "Placed", true, true, 3)
	l.stInactive = t.statuses.add(tid, "Inactive", false, false, 4)

	l.grpPortal = t.groups.add(tid, "Hiring Portal")
	l.grpNewsletter = t.groups.add(tid, "Newsletter")
	l.relHiring = t.relations.add(tid, "Hiring manager")
	l.relFinance = t.relations.add(tid, "Finance")

	l.srcPortal = t.sources.add(tid, "Hiring Portal")
	l.srcWebsite = t.sources.add(tid, "Website")
	l.srcLinkedIn = t.sources.add(tid, "LinkedIn")
	l.srcReferral = t.sources.add(tid, "Referral")

	l.procStandard = t.procedures.add(tid, "Standard")
	for i, p := range []phase{
		{name: "Sourced"}, {name: "Screening"}, {name: "Proposed to client", visible: true},
		{name: "Interview", visible: true}, {name: "Approved by client"}, {name: "Offer"},
		{name: "Placed"}, {name: "Rejected by client"},
	} {
		p.id = t.phases.add(tid, l.procStandard, p.name, i+1, p.visible)
		l.phases = append(l.phases, p)
	}
	l.procPool = t.procedures.add(tid, "Talentpool")
	l.phPool = t.phases.add(tid, l.procPool, "In pool", 1, false)

	l.dtHours = t.declTypes.add(tid, "Hours", true)
	l.dtOvertime = t.declTypes.add(tid, "Overtime 125%", true)
	l.dtTravel = t.declTypes.add(tid, "Travel km", false)
	l.dtExpenses = t.declTypes.add(tid, "Expenses", false)

	l.atCV = t.attTypes.add(tid, "CV", string(domain.TypeCodeCV), true, false)
	l.atCertificate = t.attTypes.add(tid, "Certificate", "", true, false)
	l.atContract = t.attTypes.add(tid, "Contract", "", true, true)
	l.atReceipt = t.attTypes.add(tid, "Timesheet receipt", string(domain.TypeCodeTimesheet), true, false)
	l.atInternal = t.attTypes.add(tid, "Internal assessment", "", false, false)
	l.atPrivacy = map[string]int64{}
	for _, p := range []struct {
		lang, label string
		code        domain.AttachmentTypeCode
	}{{"nl", "NL", domain.TypeCodePrivacyNL}, {"en", "EN", domain.TypeCodePrivacyEN}, {"fr", "FR", domain.TypeCodePrivacyFR}, {"de", "DE", domain.TypeCodePrivacyDE}} {
		l.atPrivacy[p.lang] = t.attTypes.add(tid, "Privacy statement "+p.label, string(p.code), false, false)
	}
}

// owner picks the recruiter who owns a record.
func (l *loader) owner(i int) user { return l.owners[i%len(l.owners)] }
