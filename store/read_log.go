package store

import (
	"context"
	"sync"

	"github.com/matchpoint/matchpoint/domain"
)

// Read is one person's record a request read: a candidate or a contact
// (F4).
type Read struct {
	Kind domain.SubjectKind
	ID   domain.ID
}

// ReadLog collects, for one request, the persons whose records the store
// read, so that the request's audit entries can say who saw whose data
// (F4). Store methods that return a person's record note it when the
// context carries a log; background jobs carry none.
type ReadLog struct {
	mu      sync.Mutex
	order   []Read
	seen    map[Read]bool
	audited map[Read]bool
}

type readLogKey struct{}

// WithReadLog returns ctx carrying a new read log, and the log.
func WithReadLog(ctx context.Context) (context.Context, *ReadLog) {
	l := &ReadLog{seen: map[Read]bool{}, audited: map[Read]bool{}}
	return context.WithValue(ctx, readLogKey{}, l), l
}

func readLogOf(ctx context.Context) *ReadLog {
	l, _ := ctx.Value(readLogKey{}).(*ReadLog)
	return l
}

// noteRead records that the request of ctx read a person's record.
func noteRead(ctx context.Context, kind domain.SubjectKind, id domain.ID) {
	l := readLogOf(ctx)
	if l == nil || id == 0 {
		return
	}
	r := Read{kind, id}
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.seen[r] {
		l.seen[r] = true
		l.order = append(l.order, r)
	}
}

// noteAudited records that the request wrote an audit entry about an
// object itself (a view with its own detail, a download), so the read needs
// no entry of its own.
func noteAudited(ctx context.Context, kind string, id domain.ID) {
	l := readLogOf(ctx)
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.audited[Read{domain.SubjectKind(kind), id}] = true
}

// Unaudited returns the reads that have no audit entry yet, in the order
// they were made, and counts them as audited from now on.
func (l *ReadLog) Unaudited() []Read {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []Read
	for _, r := range l.order {
		if !l.audited[r] {
			out = append(out, r)
			l.audited[r] = true
		}
	}
	return out
}

// noteReads records that the request read the persons a list of records
// names (a match's candidate, a vacancy's contact …) with id.
func noteReads[T any](ctx context.Context, kind domain.SubjectKind, list []T, id func(T) domain.ID) {
	if readLogOf(ctx) == nil {
		return
	}
	for _, x := range list {
		noteRead(ctx, kind, id(x))
	}
}

// The persons records name, for noteReads: zero ids are not noted.

func matchCandidate(m domain.Match) domain.ID            { return m.CandidateID }
func vacancyContact(v domain.Vacancy) domain.ID          { return v.ContactID }
func requestCandidate(r domain.PrivacyRequest) domain.ID { return r.CandidateID }
func placementCandidate(p domain.Placement) domain.ID    { return p.CandidateID }

// notePlacements records a placement's candidate and its contacts.
func notePlacements(ctx context.Context, list []domain.Placement) {
	noteReads(ctx, domain.SubjectCandidate, list, placementCandidate)
	for _, p := range list {
		for _, id := range p.ContactIDs {
			noteRead(ctx, domain.SubjectContact, id)
		}
	}
}

// noteTimesheets records the candidates of timesheets; the store reads
// their placements' candidate with them.
func noteTimesheets(ctx context.Context, list []domain.Timesheet) {
	if readLogOf(ctx) == nil {
		return
	}
	for _, t := range list {
		if t.CandidateID != 0 {
			noteRead(ctx, domain.SubjectCandidate, t.CandidateID)
		}
	}
}

func portalMatchCandidate(m PortalMatch) domain.ID { return m.Match.CandidateID }
func poolMemberCandidate(m PoolMember) domain.ID   { return m.CandidateID }

// documentCandidate is the candidate a document belongs to, if any.
func documentCandidate(d PortalDocument) domain.ID {
	if d.SubjectKind != domain.SubjectCandidate {
		return 0
	}
	return d.SubjectID
}
