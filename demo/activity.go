package demo

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// activity writes notes on companies and contacts, portal messages (E11),
// privacy requests (C9) and a little audit log.
func (l *loader) activity() {
	t := &l.t
	tid := l.tenantID
	r := l.rng(70)
	note := func(kind domain.SubjectKind, id int64, author user, body string, at time.Time) {
		t.notes.add(tid, string(kind), id, string(domain.AudienceOffice), author.id, author.name,
			string(domain.NoteNormal), "", body, false, at, nil)
	}
	message := func(c contact, read bool, at time.Time) {
		m := pick(r, portalMessages)
		status, readAt := domain.NotePortalMessageNew, any(nil)
		if read {
			status, readAt = domain.NotePortalMessageRead, at.Add(time.Duration(between(r, 1, 48))*time.Hour)
		}
		t.notes.add(tid, string(domain.SubjectContact), c.id, string(domain.AudienceHiring), c.id, c.name,
			string(status), m.subject, m.body, false, at, readAt)
	}
	for i, co := range l.clients {
		if i == 0 || chance(r, 50) {
			for range between(r, 1, 2) {
				note(domain.SubjectCompany, co.id, co.owner, pick(r, companyNotes), l.randomPast(r, 365))
			}
		}
		for _, c := range co.contacts {
			if chance(r, 40) {
				note(domain.SubjectContact, c.id, co.owner, pick(r, contactNotes), l.randomPast(r, 365))
			}
			if c.id == l.demoContact.id {
				message(c, true, l.randomPast(r, 30))
				message(c, false, l.ago(26*time.Hour))
				message(c, false, l.ago(3*time.Hour))
			} else if c.portal && chance(r, 25) {
				for range between(r, 1, 2) {
					message(c, chance(r, 60), l.randomPast(r, 60))
				}
			}
		}
		l.tick()
	}

	// Privacy requests: the demo candidate's answered access request, and a
	// handful of open and handled ones, some due soon.
	addRequest := func(ord int, right domain.PrivacyRight, status domain.PrivacyRequestStatus, received time.Time, msg string) {
		var handled any
		if status == domain.PrivacyDone || status == domain.PrivacyRefused {
			handled = received.Add(time.Duration(between(r, 2, 20)) * day)
		}
		t.privacy.add(tid, l.candidateID(ord), string(right), msg, string(status), received, domain.PrivacyDueDate(received), handled)
	}
	addRequest(1, domain.RightAccess, domain.PrivacyDone, l.ago(40*day), "Please send me a copy of my data.")
	statuses := []domain.PrivacyRequestStatus{domain.PrivacyReceived, domain.PrivacyReceived, domain.PrivacyInProgress, domain.PrivacyDone, domain.PrivacyRefused}
	for i := range max(6, l.nCand/50_000) {
		status := statuses[i%len(statuses)]
		received := l.randomPast(r, 25)
		if status == domain.PrivacyDone || status == domain.PrivacyRefused {
			received = l.randomPast(r, 200).Add(-30 * day)
		}
		addRequest(between(r, 2, l.nCand), domain.PrivacyRights[i%len(domain.PrivacyRights)], status, received,
			"Request sent from the Professional Portal.")
	}

	audit := func(at time.Time, kind domain.Audience, id int64, name, action, object string, objectID int64, detail string) {
		t.audit.add(tid, at, string(kind), id, name, action, object, objectID, detail, "127.0.0.1")
	}
	for d := 14; d >= 1; d-- {
		at := l.ago(time.Duration(d)*day + time.Duration(between(r, 0, 8))*time.Hour)
		audit(at, domain.AudienceOffice, l.recruiter.id, l.recruiter.name, "sign_in", "user", l.recruiter.id, "")
		ord := between(r, 1, l.nCand)
		audit(at.Add(5*time.Minute), domain.AudienceOffice, l.recruiter.id, l.recruiter.name, "view", "candidate", l.candidateID(ord), "")
	}
	audit(l.ago(2*day), domain.AudiencePortal, l.candidateID(1), demoCandidate.name(), "sign_in", "candidate", l.candidateID(1), "")
	audit(l.ago(day), domain.AudienceHiring, l.demoContact.id, l.demoContact.name, "sign_in", "contact", l.demoContact.id, "")
	audit(l.ago(20*time.Hour), domain.AudienceOffice, l.admin.id, l.admin.name, "update", "settings", l.tenantID, "demo settings loaded")
}

// settings writes the tenant's settings document with the ids of the portal
// group, source, relation and phases created above (A3).
func (l *loader) settings() {
	s := domain.DefaultSettings()
	s.PortalGroupID = l.grpPortal
	s.PortalSourceID = l.srcPortal
	s.VacancyRelationID = l.relHiring
	s.ApprovePhaseID = l.phases[phApproved].id
	s.RejectPhaseID = l.phases[phRejected].id
	s.PoolMatchPhaseID = l.phases[phProposed].id
	s.HiringReports = []string{"hours_per_week", "portal_messages"}
	// Issue 16: the careers site publishes the Website source's vacancies;
	// applicants start in Screening as Applicants of the demo recruiter.
	s.Careers.SourceID, s.Careers.Country = l.srcWebsite, "NL"
	s.Careers.PhaseID, s.Careers.StatusID, s.Careers.OwnerID = l.phases[phScreening].id, l.stApplicant, l.recruiter.id
	doc, err := json.Marshal(s)
	if err != nil {
		l.fail(fmt.Errorf("settings: %w", err))
		return
	}
	l.t.settings.add(l.tenantID, string(doc))
}
