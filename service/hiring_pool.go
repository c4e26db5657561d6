package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// HiringPool is a talent pool the contact sees with a page of its members.
type HiringPool struct {
	Pool    domain.Vacancy
	Members []store.PoolMember
	More    bool
}

// HiringPools lists the talent pools the contact sees (E8): the general pool
// and its own company's pool, each with its first members.
func (s *Service) HiringPools(ctx context.Context, c domain.Contact) (_ []HiringPool, err error) {
	defer domain.Wrap(&err, "service.HiringPools(%d)", c.ID)
	st := s.store()
	if _, err := hiringSettings(ctx, st, c); err != nil {
		return nil, err
	}
	pools, err := st.PoolVacancies(ctx, c.CompanyID)
	if err != nil {
		return nil, err
	}
	var out []HiringPool
	for _, p := range pools {
		if !domain.ContactSeesPool(c, p) {
			continue
		}
		members, more, err := st.PoolMembers(ctx, p.ID, 100, 0)
		if err != nil {
			return nil, err
		}
		out = append(out, HiringPool{Pool: p, Members: members, More: more})
	}
	return out, nil
}

// HiringPoolPage returns one pool the contact sees with a page of its
// members (page 0 is the first); any other pool is not found.
func (s *Service) HiringPoolPage(ctx context.Context, c domain.Contact, poolID domain.ID, page int) (_ HiringPool, err error) {
	defer domain.Wrap(&err, "service.HiringPoolPage(%d, %d)", c.ID, poolID)
	st := s.store()
	if _, err := hiringSettings(ctx, st, c); err != nil {
		return HiringPool{}, err
	}
	p, err := visiblePool(ctx, st, c, poolID)
	if err != nil {
		return HiringPool{}, err
	}
	const size = 100
	members, more, err := st.PoolMembers(ctx, p.ID, size, max(page, 0)*size)
	if err != nil {
		return HiringPool{}, err
	}
	return HiringPool{Pool: p, Members: members, More: more}, nil
}

// visiblePool returns a pool vacancy the contact sees (ContactSeesPool, E8);
// anything else, ordinary vacancies included, is not found.
func visiblePool(ctx context.Context, st *store.Store, c domain.Contact, poolID domain.ID) (domain.Vacancy, error) {
	p, err := st.Vacancy(ctx, poolID)
	if err != nil {
		return domain.Vacancy{}, err
	}
	if !domain.ContactSeesPool(c, p) {
		return domain.Vacancy{}, domain.NotFound("visiblePool")
	}
	return p, nil
}

// HiringPoolCandidateView is a pool candidate as the contact sees it, with
// the vacancies it may match the candidate to (E9).
type HiringPoolCandidateView struct {
	Pool      domain.Vacancy
	Candidate PortalCandidate
	// Targets are the contact's own active vacancies (ContactEditsVacancy).
	Targets []domain.Vacancy
}

// HiringPoolCandidate returns a candidate of a pool the contact sees; a
// candidate not in that pool is not found.
func (s *Service) HiringPoolCandidate(ctx context.Context, c domain.Contact, poolID, candidateID domain.ID) (_ HiringPoolCandidateView, err error) {
	defer domain.Wrap(&err, "service.HiringPoolCandidate(%d, %d, %d)", c.ID, poolID, candidateID)
	st := s.store()
	set, err := hiringSettings(ctx, st, c)
	if err != nil {
		return HiringPoolCandidateView{}, err
	}
	p, err := poolMember(ctx, st, c, poolID, candidateID)
	if err != nil {
		return HiringPoolCandidateView{}, err
	}
	view := HiringPoolCandidateView{Pool: p}
	if view.Candidate, err = portalCandidate(ctx, st, set, candidateID); err != nil {
		return HiringPoolCandidateView{}, err
	}
	if err := auditContactView(ctx, st, c, candidateID, "pool candidate, "+p.Title); err != nil { // F4
		return HiringPoolCandidateView{}, err
	}
	own, _, err := st.PortalVacancies(ctx, store.PortalVacancyFilter{CompanyID: c.CompanyID, SourceID: set.PortalSourceID,
		ContactID: c.ID, Status: domain.VacancyOpen, Limit: 200})
	if err != nil {
		return HiringPoolCandidateView{}, err
	}
	for _, v := range own {
		if domain.CanMatchFromPool(c, p, v, set) == nil {
			view.Targets = append(view.Targets, v)
		}
	}
	return view, nil
}

// poolMember returns the pool when the contact sees it and the candidate is
// in it; else not found.
func poolMember(ctx context.Context, st *store.Store, c domain.Contact, poolID, candidateID domain.ID) (domain.Vacancy, error) {
	p, err := visiblePool(ctx, st, c, poolID)
	if err != nil {
		return domain.Vacancy{}, err
	}
	in, err := st.InPool(ctx, p.ID, candidateID)
	if err != nil {
		return domain.Vacancy{}, err
	}
	if !in {
		return domain.Vacancy{}, domain.NotFound("poolMember")
	}
	return p, nil
}

// HiringMatchFromPool is 'Match with my vacancies' (E9): it matches a pool
// candidate to one of the contact's own vacancies in the configured phase.
// The candidate stays in the pool. A second match to the same vacancy is a
// conflict with domain.KeyMatchExists; a vacancy that is not the contact's
// own is not found; a closed vacancy or a missing phase setting is refused
// with the key domain.CanMatchFromPool gives.
func (s *Service) HiringMatchFromPool(ctx context.Context, c domain.Contact, poolID, candidateID, vacancyID domain.ID) (_ domain.Match, err error) {
	defer domain.Wrap(&err, "service.HiringMatchFromPool(%d, %d, %d)", poolID, candidateID, vacancyID)
	var out domain.Match
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		set, err := hiringSettings(ctx, tx, c)
		if err != nil {
			return err
		}
		p, err := poolMember(ctx, tx, c, poolID, candidateID)
		if err != nil {
			return err
		}
		target, err := tx.Vacancy(ctx, vacancyID)
		if err != nil {
			return err
		}
		if !domain.ContactSeesVacancy(c, target, set) {
			return domain.NotFound("HiringMatchFromPool")
		}
		if err := domain.CanMatchFromPool(c, p, target, set); err != nil {
			if domain.KindOf(err) == domain.KindForbidden {
				return domain.NotFound("HiringMatchFromPool")
			}
			return err
		}
		who := contactActor(c)
		m := domain.Match{CandidateID: candidateID, VacancyID: target.ID, PhaseID: set.PoolMatchPhaseID}
		if err := tx.CreateMatch(ctx, &m, who); err != nil {
			return err
		}
		if err := tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
			Action: "match_from_pool", ObjectKind: string(domain.SubjectMatch), ObjectID: m.ID}); err != nil {
			return err
		}
		out, err = tx.Match(ctx, m.ID)
		return err
	})
	return out, err
}
