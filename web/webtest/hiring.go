package webtest

import (
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// HiringWorld is an agency set up for the Hiring Portal (E2–E11): the portal
// group, source and relation, a procedure Screening → Proposed (visible) →
// Approved / Rejected (hidden), a one-phase Talentpool procedure, and two
// client companies X and Y. X1 (relation, may create) and X2 (no relation)
// work at X, Y1 at Y; all three are in the portal group with credentials.
type HiringWorld struct {
	Group     domain.Group
	Source    domain.Source
	Relation  domain.ContactRelation
	Procedure domain.Procedure
	Screening domain.Phase
	Proposed  domain.Phase
	Approved  domain.Phase
	Rejected  domain.Phase
	InPool    domain.Phase
	X, Y      domain.Company
	DeptX     domain.Department
	X1, X2    domain.Contact
	Y1        domain.Contact
	VX1       domain.Vacancy // X1's, with the portal source
	VX2       domain.Vacancy // X2's, with the portal source
	VY1       domain.Vacancy // Y1's
	General   domain.Vacancy // the general talent pool
	PoolX     domain.Vacancy // X's own talent pool
	PoolY     domain.Vacancy // Y's own talent pool
	Anna, Ben domain.Candidate
	Cora      domain.Candidate // proposed on VY1
	Dave      domain.Candidate // in the general pool
	Eve       domain.Candidate // in X's pool
	Fay       domain.Candidate // in Y's pool
	MAnna     domain.Match     // proposed on VX1
	MBen      domain.Match     // proposed on VX1
	MCora     domain.Match     // proposed on VY1
	CV        domain.AttachmentType
	DocX      domain.Attachment // on company X, visible type
	DocY      domain.Attachment // on company Y, visible type
}

// HiringWorld builds the world in the agency; the contacts speak lang.
func (a Agency) HiringWorld(t testing.TB, st *store.Store, lang string) HiringWorld {
	t.Helper()
	ctx := a.Ctx
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("hiring world: %s: %v", what, err)
		}
	}
	w := HiringWorld{Group: a.PortalGroup(t, st)}
	w.Source = domain.Source{Name: "Hiring portal"}
	must("source", st.SaveSource(ctx, &w.Source))
	w.Relation = domain.ContactRelation{Name: "Hiring manager"}
	must("relation", st.SaveContactRelation(ctx, &w.Relation))
	w.Procedure = domain.Procedure{Name: "Standard"}
	must("procedure", st.SaveProcedure(ctx, &w.Procedure))
	for _, p := range []struct {
		ph      *domain.Phase
		name    string
		visible bool
	}{{&w.Screening, "Screening", false}, {&w.Proposed, "Proposed", true}, {&w.Approved, "Interview", false}, {&w.Rejected, "Rejected", false}} {
		*p.ph = domain.Phase{ProcedureID: w.Procedure.ID, Name: p.name, VisibleInPortal: p.visible}
		must("phase", st.SavePhase(ctx, p.ph))
	}
	pools := domain.Procedure{Name: "Talentpool"}
	must("procedure", st.SaveProcedure(ctx, &pools))
	w.InPool = domain.Phase{ProcedureID: pools.ID, Name: "In pool"}
	must("phase", st.SavePhase(ctx, &w.InPool))

	set, err := st.Settings(ctx)
	must("settings", err)
	set.PortalSourceID, set.VacancyRelationID = w.Source.ID, w.Relation.ID
	set.ApprovePhaseID, set.RejectPhaseID, set.PoolMatchPhaseID = w.Approved.ID, w.Rejected.ID, w.Proposed.ID
	must("settings", st.SaveSettings(ctx, set))

	company := func(name string, kind domain.CompanyKind) domain.Company {
		c := domain.Company{OwnerID: a.Recruiter.ID, Kind: kind, Name: name, City: "Delft"}
		must("company", st.CreateCompany(ctx, &c))
		return c
	}
	w.X, w.Y = company("Initech", domain.CompanyClient), company("Globex", domain.CompanyClient)
	dummy := company("Talent pool", domain.CompanyPool)
	w.DeptX = domain.Department{CompanyID: w.X.ID, Name: "Engineering"}
	must("department", st.SaveDepartment(ctx, &w.DeptX))
	must("department", st.SaveDepartment(ctx, &domain.Department{CompanyID: w.Y.ID, Name: "Sales"}))
	contact := func(co domain.Company, first, last string, relation domain.ID) domain.Contact {
		c := domain.Contact{CompanyID: co.ID, OwnerID: a.Recruiter.ID, RelationID: relation, FirstName: first, LastName: last,
			Email: strings.ToLower(first+"."+last) + "@" + strings.ToLower(co.Name) + ".test", Language: lang,
			GroupIDs: []domain.ID{w.Group.ID}}
		must("contact", st.CreateContact(ctx, &c))
		a.GiveCredentials(t, st, domain.AudienceHiring, c.ID)
		c, err := st.Contact(ctx, c.ID)
		must("contact", err)
		return c
	}
	w.X1 = contact(w.X, "Xander", "Een", w.Relation.ID)
	w.X2 = contact(w.X, "Xenia", "Twee", 0)
	w.Y1 = contact(w.Y, "Yara", "Drie", w.Relation.ID)
	keeper := contact(dummy, "Pool", "Keeper", 0)

	vacancy := func(co domain.Company, ct domain.Contact, source domain.ID, title string, pool domain.PoolKind, proc domain.ID) domain.Vacancy {
		v := domain.Vacancy{CompanyID: co.ID, ContactID: ct.ID, OwnerID: a.Recruiter.ID, SourceID: source, ProcedureID: proc,
			Title: title, Location: "Delft", Status: domain.VacancyOpen, Pool: pool}
		must("vacancy", st.CreateVacancy(ctx, &v))
		return v
	}
	w.VX1 = vacancy(w.X, w.X1, w.Source.ID, "Welder", domain.PoolNone, w.Procedure.ID)
	w.VX2 = vacancy(w.X, w.X2, w.Source.ID, "Painter", domain.PoolNone, w.Procedure.ID)
	w.VY1 = vacancy(w.Y, w.Y1, w.Source.ID, "Sales rep", domain.PoolNone, w.Procedure.ID)
	w.General = vacancy(dummy, keeper, 0, "General pool", domain.PoolGeneral, pools.ID)
	w.PoolX = vacancy(w.X, w.X2, 0, "Initech pool", domain.PoolCompany, pools.ID)
	w.PoolY = vacancy(w.Y, w.Y1, 0, "Globex pool", domain.PoolCompany, pools.ID)

	candidate := func(first, last string) domain.Candidate {
		c := a.Candidate(t, st, first, last)
		c.Phone, c.Headline = "+31 6 1111 2222", first+" the professional"
		must("candidate", st.UpdateCandidate(ctx, &c))
		return c
	}
	match := func(c domain.Candidate, v domain.Vacancy, ph domain.Phase) domain.Match {
		m := domain.Match{CandidateID: c.ID, VacancyID: v.ID, PhaseID: ph.ID}
		must("match", st.CreateMatch(ctx, &m, store.Actor{Kind: domain.AudienceOffice, ID: a.Recruiter.ID, Name: a.Recruiter.Name}))
		return m
	}
	w.Anna, w.Ben, w.Cora = candidate("Anna", "Visser"), candidate("Ben", "Bakker"), candidate("Cora", "Smit")
	w.Dave, w.Eve, w.Fay = candidate("Dave", "Mulder"), candidate("Eve", "Jong"), candidate("Fay", "Dijk")
	w.MAnna = match(w.Anna, w.VX1, w.Proposed)
	w.MBen = match(w.Ben, w.VX1, w.Proposed)
	w.MCora = match(w.Cora, w.VY1, w.Proposed)
	match(w.Dave, w.General, w.InPool)
	match(w.Eve, w.PoolX, w.InPool)
	match(w.Fay, w.PoolY, w.InPool)

	w.CV = domain.AttachmentType{Name: "CV", Code: domain.TypeCodeCV, VisibleHiring: true}
	must("type", st.SaveAttachmentType(ctx, &w.CV))
	attach := func(kind domain.SubjectKind, id domain.ID, name string) domain.Attachment {
		at := domain.Attachment{SubjectKind: kind, SubjectID: id, TypeID: w.CV.ID, FileName: name, ContentType: "application/pdf"}
		must("attach", st.CreateAttachment(ctx, &at, []byte("%PDF-1.4 "+name)))
		return at
	}
	w.DocX = attach(domain.SubjectCompany, w.X.ID, "initech terms.pdf")
	w.DocY = attach(domain.SubjectCompany, w.Y.ID, "globex terms.pdf")
	attach(domain.SubjectCandidate, w.Anna.ID, "anna-cv.pdf")
	return w
}
