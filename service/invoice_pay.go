package service

import (
	"context"
	"sort"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// PayrollRow is a worker's hours of one declaration type on one placement
// at one pay rate in a period.
type PayrollRow struct {
	CandidateID     domain.ID
	Candidate       string
	PlacementID     domain.ID
	Placement       string
	Company         string
	DeclarationType string
	Minutes         int64
	PayMicros       int64 // per hour, surcharge included
	PayCents        int64
}

// PayrollWorker is a worker's total of a period.
type PayrollWorker struct {
	CandidateID domain.ID
	Name        string
	Minutes     int64
	PayCents    int64
}

// Payroll is the pay side of a period (issue 17): what each worker is paid
// for its approved hours, per placement and declaration type, for the
// agency's payroll provider.
type Payroll struct {
	Period     domain.Period
	Rows       []PayrollRow
	Workers    []PayrollWorker
	Skipped    []domain.SkippedDay
	TotalCents int64
	// SelfBilled are the freelancers left out because the agency pays them
	// through self-billed invoices instead (issue 17), by name.
	SelfBilled []string
}

// Payroll prices a period's approved days at their pay rates with the
// declaration types' surcharges, 'no invoicing' days included (they are
// worked all the same); days without any rate are listed as skipped. The
// days of freelancers the agency self-bills are left out: their
// self-billed invoices pay them, and paying them here too would pay twice.
func (s *Service) Payroll(ctx context.Context, period domain.Period) (_ Payroll, err error) {
	defer domain.Wrap(&err, "service.Payroll(%s)", period.Label())
	st := s.store()
	set, err := st.InvoiceSettings(ctx)
	if err != nil {
		return Payroll{}, err
	}
	days, err := st.ApprovedDays(ctx, store.DayFilter{Period: period})
	if err != nil {
		return Payroll{}, err
	}
	var ids []domain.ID
	for _, d := range days {
		ids = append(ids, d.PlacementID)
	}
	placements, err := st.InvoicePlacements(ctx, ids)
	if err != nil {
		return Payroll{}, err
	}
	rates, err := st.RatesOf(ctx, ids)
	if err != nil {
		return Payroll{}, err
	}
	days, selfBilled, err := s.withoutSelfBilled(ctx, st, set, period, days, placements)
	if err != nil {
		return Payroll{}, err
	}
	priced, skipped := domain.PayDays(days, rates, set)
	type key struct {
		placement, decl domain.ID
		pay             int64
	}
	idx := map[key]int{}
	p := Payroll{Period: period, Skipped: skipped, SelfBilled: selfBilled}
	for _, d := range priced {
		k := key{d.PlacementID, d.DeclarationTypeID, d.PayMicros}
		i, ok := idx[k]
		if !ok {
			pl := placements[d.PlacementID]
			i = len(p.Rows)
			idx[k] = i
			p.Rows = append(p.Rows, PayrollRow{CandidateID: pl.CandidateID, Candidate: pl.CandidateName, PlacementID: pl.ID,
				Placement: pl.Title, Company: pl.CompanyName, DeclarationType: set.Declaration(d.DeclarationTypeID).Name, PayMicros: d.PayMicros})
		}
		p.Rows[i].Minutes += int64(d.Minutes)
	}
	sort.SliceStable(p.Rows, func(i, j int) bool {
		a, b := p.Rows[i], p.Rows[j]
		if a.Candidate != b.Candidate {
			return a.Candidate < b.Candidate
		}
		if a.CandidateID != b.CandidateID {
			return a.CandidateID < b.CandidateID
		}
		return a.PlacementID < b.PlacementID
	})
	workers := map[domain.ID]int{}
	for i := range p.Rows {
		r := &p.Rows[i]
		r.PayCents = domain.AmountCents(r.Minutes, r.PayMicros)
		p.TotalCents += r.PayCents
		w, ok := workers[r.CandidateID]
		if !ok {
			w = len(p.Workers)
			workers[r.CandidateID] = w
			p.Workers = append(p.Workers, PayrollWorker{CandidateID: r.CandidateID, Name: r.Candidate})
		}
		p.Workers[w].Minutes += r.Minutes
		p.Workers[w].PayCents += r.PayCents
	}
	return p, nil
}

// withoutSelfBilled drops the days of the freelancers the agency pays
// through self-billing for the period, and names those freelancers.
func (s *Service) withoutSelfBilled(ctx context.Context, st *store.Store, set domain.InvoiceSettings, period domain.Period,
	days []domain.DayLine, placements map[domain.ID]store.InvoicePlacement) ([]domain.DayLine, []string, error) {
	if !set.SelfBilling {
		return days, nil, nil
	}
	var ids []domain.ID
	for _, p := range placements {
		ids = append(ids, p.CandidateID)
	}
	freelancers, err := st.Freelancers(ctx, ids)
	if err != nil || len(freelancers) == 0 {
		return days, nil, err
	}
	kept := days[:0:0]
	named := map[domain.ID]bool{}
	var names []string
	for _, d := range days {
		p := placements[d.PlacementID]
		if f, ok := freelancers[p.CandidateID]; ok && f.SelfBilled(period.End) {
			if !named[p.CandidateID] {
				named[p.CandidateID] = true
				names = append(names, p.CandidateName)
			}
			continue
		}
		kept = append(kept, d)
	}
	sort.Strings(names)
	return kept, names, nil
}

// AuditExport records that who exported the payroll or the margin of a
// period (personal data leaves the application, F4).
func (s *Service) AuditExport(ctx context.Context, who store.Actor, payroll bool, period domain.Period) error {
	action := "margin_export"
	if payroll {
		action = "payroll_export"
	}
	return s.store().Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
		Action: action, ObjectKind: "settings", Detail: period.Label()})
}

// MarginRow is what one placement, client or recruiter billed, cost and
// earned in a period.
type MarginRow struct {
	ID          domain.ID
	Label       string
	Detail      string
	BilledCents int64
	PaidCents   int64
}

// MarginCents is billed minus paid.
func (m MarginRow) MarginCents() int64 { return m.BilledCents - m.PaidCents }

// MarginBP is the margin as a share of what was billed, in basis points;
// 0 when nothing was billed.
func (m MarginRow) MarginBP() int64 {
	if m.BilledCents == 0 {
		return 0
	}
	bp, _ := domain.MulDivRound(m.MarginCents(), 10_000, m.BilledCents)
	return bp
}

// Margin reports a period's billed, paid and margin per placement, client
// or recruiter (by), from its confirmed invoices and credit notes, with
// the total.
func (s *Service) Margin(ctx context.Context, period domain.Period, by string) (rows []MarginRow, total MarginRow, err error) {
	defer domain.Wrap(&err, "service.Margin(%s, %s)", period.Label(), by)
	lines, err := s.store().MarginLines(ctx, period)
	if err != nil {
		return nil, MarginRow{}, err
	}
	idx := map[domain.ID]int{}
	for _, l := range lines {
		id, label, detail := l.PlacementID, l.CandidateName+", "+l.Placement, l.CompanyName
		switch by {
		case "client":
			id, label, detail = l.CompanyID, l.CompanyName, ""
		case "recruiter":
			id, label, detail = l.RecruiterID, l.RecruiterName, ""
		}
		i, ok := idx[id]
		if !ok {
			i = len(rows)
			idx[id] = i
			rows = append(rows, MarginRow{ID: id, Label: label, Detail: detail})
		}
		rows[i].BilledCents += l.BilledCents
		rows[i].PaidCents += l.PaidCents
		total.BilledCents += l.BilledCents
		total.PaidCents += l.PaidCents
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].MarginCents() > rows[j].MarginCents() })
	return rows, total, nil
}
