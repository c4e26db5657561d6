package service_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
)

// hiringNow pins the clock of the Hiring Portal tests.
var hiringNow = time.Date(2026, 3, 11, 10, 0, 0, 0, time.UTC)

// hiringWorld is an agency with two client companies, X and Y, each with a
// contact that has the 'create vacancies' relation (x1, y1); X has a second
// contact without it (x2). The 'Standard' procedure goes Screening (hidden)
// → Proposed (visible) → Approved and Rejected (both hidden, so only E7
// keeps an approved match visible). Pools: general, X's and Y's.
type hiringWorld struct {
	t          testing.TB
	db         *store.DB
	st         *store.Store
	svc        *service.Service
	ctx        context.Context
	tenant     domain.Tenant
	rec        domain.User
	status     domain.CandidateStatus
	portalSrc  domain.Source
	otherSrc   domain.Source
	relation   domain.ContactRelation
	standard   domain.Procedure
	screening  domain.Phase
	proposed   domain.Phase
	approved   domain.Phase
	rejected   domain.Phase
	poolProc   domain.Procedure
	inPool     domain.Phase
	x, y, pool domain.Company
	deptX      domain.Department
	deptY      domain.Department
	x1, x2, y1 domain.Contact
	dummy      domain.Contact
	vx1        domain.Vacancy // X, contact x1, portal source
	vx2        domain.Vacancy // X, contact x2, portal source
	vxHidden   domain.Vacancy // X, contact x1, other source
	vy1        domain.Vacancy // Y, contact y1, portal source
	general    domain.Vacancy // general pool
	poolX      domain.Vacancy
	poolY      domain.Vacancy
	anna       domain.Candidate // proposed on vx1
	bob        domain.Candidate // screening on vx1
	cora       domain.Candidate // proposed on vy1
	dave       domain.Candidate // general pool
	eve        domain.Candidate // X's pool
	fred       domain.Candidate // Y's pool
	mAnna      domain.Match
	mBob       domain.Match
	mCora      domain.Match
	cvType     domain.AttachmentType // visible in the Hiring Portal
	secretType domain.AttachmentType // not
}

func hmust(t testing.TB, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func newHiringWorld(t testing.TB, db *store.DB, slug string) *hiringWorld {
	t.Helper()
	db.SetClock(func() time.Time { return hiringNow })
	w := &hiringWorld{t: t, db: db, st: db.Store(), svc: service.New(db)}
	w.tenant = domain.Tenant{Slug: slug, Name: "Agency " + slug, DefaultLanguage: "en"}
	hmust(t, "tenant", w.st.CreateTenant(context.Background(), &w.tenant))
	w.ctx = store.WithTenant(context.Background(), w.tenant.ID)
	st, ctx := w.st, w.ctx
	w.rec = domain.User{Email: "rita@" + slug + ".test", Name: "Rita Recruiter", Role: domain.RoleRecruiter, Language: "nl", Active: true}
	hmust(t, "user", st.CreateUser(ctx, &w.rec))
	w.status = domain.CandidateStatus{Name: "Active"}
	hmust(t, "status", st.SaveCandidateStatus(ctx, &w.status))
	w.portalSrc = domain.Source{Name: "Hiring portal"}
	w.otherSrc = domain.Source{Name: "Website"}
	hmust(t, "source", st.SaveSource(ctx, &w.portalSrc))
	hmust(t, "source", st.SaveSource(ctx, &w.otherSrc))
	w.relation = domain.ContactRelation{Name: "Hiring manager"}
	hmust(t, "relation", st.SaveContactRelation(ctx, &w.relation))

	w.standard = domain.Procedure{Name: "Standard"}
	hmust(t, "procedure", st.SaveProcedure(ctx, &w.standard))
	for _, p := range []struct {
		ph      *domain.Phase
		name    string
		visible bool
	}{{&w.screening, "Screening", false}, {&w.proposed, "Proposed", true}, {&w.approved, "Approved", false}, {&w.rejected, "Rejected", false}} {
		*p.ph = domain.Phase{ProcedureID: w.standard.ID, Name: p.name, VisibleInPortal: p.visible}
		hmust(t, "phase", st.SavePhase(ctx, p.ph))
	}
	w.poolProc = domain.Procedure{Name: "Talentpool"}
	hmust(t, "procedure", st.SaveProcedure(ctx, &w.poolProc))
	w.inPool = domain.Phase{ProcedureID: w.poolProc.ID, Name: "In pool"}
	hmust(t, "phase", st.SavePhase(ctx, &w.inPool))

	set, err := st.Settings(ctx)
	hmust(t, "settings", err)
	set.PortalSourceID, set.VacancyRelationID = w.portalSrc.ID, w.relation.ID
	set.ApprovePhaseID, set.RejectPhaseID, set.PoolMatchPhaseID = w.approved.ID, w.rejected.ID, w.proposed.ID
	hmust(t, "save settings", st.SaveSettings(ctx, set))

	w.x = w.company("Initech")
	w.y = w.company("Globex")
	w.pool = domain.Company{OwnerID: w.rec.ID, Kind: domain.CompanyPool, Name: "Talent pool"}
	hmust(t, "company", st.CreateCompany(ctx, &w.pool))
	w.deptX = domain.Department{CompanyID: w.x.ID, Name: "Engineering"}
	w.deptY = domain.Department{CompanyID: w.y.ID, Name: "Sales"}
	hmust(t, "department", st.SaveDepartment(ctx, &w.deptX))
	hmust(t, "department", st.SaveDepartment(ctx, &w.deptY))
	w.x1 = w.contact(w.x, "Xander", "One", w.relation.ID)
	w.x2 = w.contact(w.x, "Xenia", "Two", 0)
	w.y1 = w.contact(w.y, "Yara", "One", w.relation.ID)
	w.dummy = w.contact(w.pool, "Pool", "Keeper", 0)

	w.vx1 = w.vacancy(w.x, w.x1, w.portalSrc.ID, "Welder", domain.PoolNone, w.standard.ID)
	w.vx2 = w.vacancy(w.x, w.x2, w.portalSrc.ID, "Painter", domain.PoolNone, w.standard.ID)
	w.vxHidden = w.vacancy(w.x, w.x1, w.otherSrc.ID, "Secret project", domain.PoolNone, w.standard.ID)
	w.vy1 = w.vacancy(w.y, w.y1, w.portalSrc.ID, "Sales rep", domain.PoolNone, w.standard.ID)
	w.general = w.vacancy(w.pool, w.dummy, 0, "General pool", domain.PoolGeneral, w.poolProc.ID)
	w.poolX = w.vacancy(w.x, w.x2, 0, "Initech pool", domain.PoolCompany, w.poolProc.ID)
	w.poolY = w.vacancy(w.y, w.y1, 0, "Globex pool", domain.PoolCompany, w.poolProc.ID)

	w.anna = w.candidate("Anna", "Visser")
	w.bob = w.candidate("Bob", "Bakker")
	w.cora = w.candidate("Cora", "Smit")
	w.dave = w.candidate("Dave", "Mulder")
	w.eve = w.candidate("Eve", "Jong")
	w.fred = w.candidate("Fred", "Dijk")
	w.mAnna = w.match(w.anna, w.vx1, w.proposed)
	w.mBob = w.match(w.bob, w.vx1, w.screening)
	w.mCora = w.match(w.cora, w.vy1, w.proposed)
	w.match(w.dave, w.general, w.inPool)
	w.match(w.eve, w.poolX, w.inPool)
	w.match(w.fred, w.poolY, w.inPool)

	w.cvType = domain.AttachmentType{Name: "CV", Code: domain.TypeCodeCV, VisibleHiring: true}
	w.secretType = domain.AttachmentType{Name: "Reference check"}
	hmust(t, "type", st.SaveAttachmentType(ctx, &w.cvType))
	hmust(t, "type", st.SaveAttachmentType(ctx, &w.secretType))
	return w
}

func (w *hiringWorld) company(name string) domain.Company {
	c := domain.Company{OwnerID: w.rec.ID, Kind: domain.CompanyClient, Name: name}
	hmust(w.t, "company", w.st.CreateCompany(w.ctx, &c))
	return c
}

func (w *hiringWorld) contact(co domain.Company, first, last string, relation domain.ID) domain.Contact {
	c := domain.Contact{CompanyID: co.ID, OwnerID: w.rec.ID, RelationID: relation, FirstName: first, LastName: last,
		Email: first + "@" + co.Name + ".test", Language: "en"}
	hmust(w.t, "contact", w.st.CreateContact(w.ctx, &c))
	c, err := w.st.Contact(w.ctx, c.ID)
	hmust(w.t, "contact", err)
	return c
}

func (w *hiringWorld) vacancy(co domain.Company, ct domain.Contact, source domain.ID, title string, pool domain.PoolKind, proc domain.ID) domain.Vacancy {
	v := domain.Vacancy{CompanyID: co.ID, ContactID: ct.ID, OwnerID: w.rec.ID, SourceID: source, ProcedureID: proc,
		Title: title, Pool: pool}
	hmust(w.t, "vacancy", w.st.CreateVacancy(w.ctx, &v))
	return v
}

func (w *hiringWorld) candidate(first, last string) domain.Candidate {
	c := domain.Candidate{OwnerID: w.rec.ID, StatusID: w.status.ID, FirstName: first, LastName: last,
		Email: first + "@mail.test", Phone: "+31 6 1234 5678", DateOfBirth: domain.NewDate(1990, 5, 17),
		Street: "Lange Gracht 1", PostalCode: "1234 AB", City: "Utrecht", Country: "NL", Language: "nl",
		Headline: first + " the professional"}
	hmust(w.t, "candidate", w.st.CreateCandidate(w.ctx, &c))
	return c
}

func (w *hiringWorld) match(c domain.Candidate, v domain.Vacancy, ph domain.Phase) domain.Match {
	m := domain.Match{CandidateID: c.ID, VacancyID: v.ID, PhaseID: ph.ID}
	hmust(w.t, "match", w.st.CreateMatch(w.ctx, &m, store.Actor{Kind: domain.AudienceOffice, ID: w.rec.ID, Name: w.rec.Name}))
	return m
}

func (w *hiringWorld) settings(change func(*domain.Settings)) {
	set, err := w.st.Settings(w.ctx)
	hmust(w.t, "settings", err)
	change(&set)
	hmust(w.t, "save settings", w.st.SaveSettings(w.ctx, set))
}

func (w *hiringWorld) attach(kind domain.SubjectKind, id domain.ID, typ domain.AttachmentType, name string) domain.Attachment {
	a := domain.Attachment{SubjectKind: kind, SubjectID: id, TypeID: typ.ID, FileName: name, ContentType: "application/pdf"}
	hmust(w.t, "attach", w.st.CreateAttachment(w.ctx, &a, []byte("%PDF-1.4 "+name)))
	return a
}

// hiringKind fails unless err is of kind k (and has key, when given).
func hiringKind(t *testing.T, what string, err error, k domain.Kind, key string) {
	t.Helper()
	var ve *domain.ValidationError
	if errors.As(err, &ve) && k == domain.KindInvalid {
		if key != "" && !hasValue(ve.Fields, key) {
			t.Fatalf("%s: got %v, want a field error %q", what, err, key)
		}
		return
	}
	if domain.KindOf(err) != k {
		t.Fatalf("%s: got %v (kind %v), want kind %v", what, err, domain.KindOf(err), k)
	}
	if key != "" && domain.KeyOf(err) != key {
		t.Fatalf("%s: got key %q (%v), want %q", what, domain.KeyOf(err), err, key)
	}
}

func hasValue(m domain.FieldErrors, v string) bool {
	for _, x := range m {
		if x == v {
			return true
		}
	}
	return false
}
