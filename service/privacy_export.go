package service

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/store"
)

// CollectExport gathers a candidate's data through st: every record, paged
// through to the end (F2). files maps each attachment's path in the ZIP to
// its bytes.
func CollectExport(ctx context.Context, st *store.Store, candidateID domain.ID, now time.Time) (d ExportData, files map[string][]byte, err error) {
	defer domain.Wrap(&err, "service.CollectExport(%d)", candidateID)
	d = ExportData{FormatVersion: ExportFormatVersion, ExportedAt: now, Experience: []ExportExperience{}, Education: []ExportEducation{},
		Skills: []ExportSkill{}, Consents: []ExportConsent{}, Matches: []ExportMatch{}, Placements: []ExportPlacement{},
		Timesheets: []ExportTimesheet{}, Notes: []ExportNote{}, PrivacyRequests: []ExportRequest{}, Audit: []ExportAudit{},
		Attachments: []ExportAttachment{}}
	if d.candidate, err = st.Candidate(ctx, candidateID); err != nil {
		return d, nil, err
	}
	c := d.candidate
	d.Profile = exportProfile(c)
	if t, err := st.CurrentTenant(ctx); err == nil {
		d.Controller = t.Name
	}
	d.Availability = ExportAvailability{From: dateOrNil(c.AvailableFrom), HoursPerWeek: c.AvailableHours, Note: c.AvailabilityNote}
	files = map[string][]byte{}
	for _, collect := range []func(context.Context, *store.Store, *ExportData, map[string][]byte) error{
		collectProfile, collectMatches, collectPlacements, collectTimesheets, collectNotes, collectRequests, collectAudit, collectAttachments,
		collectFreelancer,
	} {
		if err := collect(ctx, st, &d, files); err != nil {
			return d, nil, err
		}
	}
	return d, files, nil
}

func collectProfile(ctx context.Context, st *store.Store, d *ExportData, _ map[string][]byte) error {
	id := d.candidate.ID
	exps, err := st.Experiences(ctx, id)
	if err != nil {
		return err
	}
	for _, e := range exps {
		d.Experience = append(d.Experience, ExportExperience{ID: e.ID, Employer: e.Employer, Title: e.Title,
			StartDate: dateOrNil(e.StartDate), EndDate: dateOrNil(e.EndDate), Description: e.Description})
	}
	edus, err := st.Educations(ctx, id)
	if err != nil {
		return err
	}
	for _, e := range edus {
		d.Education = append(d.Education, ExportEducation{ID: e.ID, Institution: e.Institution, Degree: e.Degree,
			StartDate: dateOrNil(e.StartDate), EndDate: dateOrNil(e.EndDate)})
	}
	skills, err := st.Skills(ctx, id)
	if err != nil {
		return err
	}
	for _, s := range skills {
		d.Skills = append(d.Skills, ExportSkill{ID: s.ID, Name: s.Name, Level: s.Level})
	}
	consents, err := st.Consents(ctx, id)
	if err != nil {
		return err
	}
	for _, k := range consents {
		d.Consents = append(d.Consents, ExportConsent{ID: k.ID, TextVersion: k.TextVersion, GivenAt: k.GivenAt,
			ValidUntil: k.ValidUntil, WithdrawnAt: k.WithdrawnAt})
	}
	return nil
}

func collectMatches(ctx context.Context, st *store.Store, d *ExportData, _ map[string][]byte) error {
	for off := 0; ; off += 200 {
		page, more, err := st.Matches(ctx, store.MatchFilter{CandidateID: d.candidate.ID, Limit: 200, Offset: off})
		if err != nil {
			return err
		}
		for _, m := range page {
			em := ExportMatch{ID: m.ID, VacancyID: m.VacancyID, Vacancy: m.VacancyTitle, Company: m.CompanyName, Phase: m.PhaseName,
				ApprovedAt: m.ApprovedAt, CreatedAt: m.CreatedAt, UpdatedAt: m.UpdatedAt, Phases: []ExportPhase{}, Evaluations: []ExportEvaluation{}}
			phases, err := st.PhaseChanges(ctx, m.ID)
			if err != nil {
				return err
			}
			for _, p := range phases {
				em.Phases = append(em.Phases, ExportPhase{FromPhase: p.FromPhaseName, ToPhase: p.ToPhaseName,
					ActorKind: string(p.ActorKind), ActorName: p.ActorName, At: p.At})
			}
			evals, err := st.Evaluations(ctx, m.ID)
			if err != nil {
				return err
			}
			for _, e := range evals {
				em.Evaluations = append(em.Evaluations, ExportEvaluation{ActorKind: string(e.ActorKind), ActorName: e.ActorName,
					Verdict: string(e.Verdict), Comment: e.Comment, CreatedAt: e.CreatedAt})
			}
			d.Matches = append(d.Matches, em)
		}
		if !more {
			return nil
		}
	}
}

func collectPlacements(ctx context.Context, st *store.Store, d *ExportData, _ map[string][]byte) error {
	for off := 0; ; off += 200 {
		page, more, err := st.Placements(ctx, store.PlacementFilter{CandidateID: d.candidate.ID, Limit: 200, Offset: off})
		if err != nil {
			return err
		}
		for _, p := range page {
			ep := ExportPlacement{ID: p.ID, Title: p.Title, Company: p.CompanyName, StartDate: dateOrNil(p.StartDate),
				EndDate: dateOrNil(p.EndDate), TimesheetApproval: p.TimesheetApproval, CreatedAt: p.CreatedAt, Rates: []ExportRate{}}
			rates, err := st.Rates(ctx, p.ID)
			if err != nil {
				return err
			}
			for _, r := range rates {
				ep.Rates = append(ep.Rates, ExportRate{StartDate: dateOrNil(r.StartDate), EndDate: dateOrNil(r.EndDate),
					DeclarationType: r.DeclarationTypeName, NoInvoicing: r.NoInvoicing, PayCents: r.PayCents})
			}
			d.Placements = append(d.Placements, ep)
		}
		if !more {
			return nil
		}
	}
}

// collectTimesheets adds each timesheet with its lines, its history and its
// receipts (whose bytes go under receipts/ in the ZIP).
func collectTimesheets(ctx context.Context, st *store.Store, d *ExportData, files map[string][]byte) error {
	for off := 0; ; off += 200 {
		page, more, err := st.Timesheets(ctx, store.TimesheetFilter{CandidateID: d.candidate.ID, Limit: 200, Offset: off})
		if err != nil {
			return err
		}
		for _, t := range page {
			et := ExportTimesheet{ID: t.ID, PlacementID: t.PlacementID, Placement: t.PlacementTitle, Company: t.CompanyName,
				Year: t.Year, Week: t.Week, Status: string(t.Status), TotalMinutes: t.TotalMinutes, SentAt: t.SentAt,
				DecidedAt: t.DecidedAt, CreatedAt: t.CreatedAt, Lines: []ExportTimesheetLine{}, History: []ExportTimesheetStep{},
				Receipts: []ExportAttachment{}}
			lines, err := st.TimesheetLines(ctx, t.ID)
			if err != nil {
				return err
			}
			for _, l := range lines {
				et.Lines = append(et.Lines, ExportTimesheetLine{Day: l.Day, DeclarationType: l.DeclarationTypeName, Minutes: l.Minutes})
			}
			events, err := st.TimesheetEvents(ctx, t.ID)
			if err != nil {
				return err
			}
			for _, e := range events {
				et.History = append(et.History, ExportTimesheetStep{Action: e.Action, ActorKind: string(e.ActorKind),
					ActorName: e.ActorName, Comment: e.Comment, At: e.At})
			}
			if et.Receipts, err = collectFiles(ctx, st, domain.SubjectTimesheet, t.ID, "receipts", files); err != nil {
				return err
			}
			d.Timesheets = append(d.Timesheets, et)
		}
		if !more {
			return nil
		}
	}
}

// collectNotes adds every note about the candidate and its matches, except
// those marked internal.
func collectNotes(ctx context.Context, st *store.Store, d *ExportData, _ map[string][]byte) error {
	subjects := []struct {
		kind domain.SubjectKind
		id   domain.ID
	}{{domain.SubjectCandidate, d.candidate.ID}}
	for _, m := range d.Matches {
		subjects = append(subjects, struct {
			kind domain.SubjectKind
			id   domain.ID
		}{domain.SubjectMatch, m.ID})
	}
	for _, s := range subjects {
		notes, err := st.ExportNotes(ctx, s.kind, s.id)
		if err != nil {
			return err
		}
		for _, n := range notes {
			if !n.Internal {
				d.Notes = append(d.Notes, exportNote(n))
			}
		}
	}
	return nil
}

func collectRequests(ctx context.Context, st *store.Store, d *ExportData, _ map[string][]byte) error {
	for off := 0; ; off += 500 {
		page, more, err := st.PrivacyRequests(ctx, store.PrivacyRequestFilter{CandidateID: d.candidate.ID, Limit: 500, Offset: off})
		if err != nil {
			return err
		}
		for _, r := range page {
			er := ExportRequest{ID: r.ID, Right: string(r.Right), Message: r.Message, Status: string(r.Status), Origin: r.Origin,
				ReceivedAt: r.ReceivedAt, DueAt: r.DueAt, HandledAt: r.HandledAt, ExtendedAt: r.ExtendedAt,
				ExtensionReason: r.ExtensionReason, History: []ExportRequestEvent{}}
			events, err := st.PrivacyRequestEvents(ctx, r.ID)
			if err != nil {
				return err
			}
			for _, e := range events {
				er.History = append(er.History, ExportRequestEvent{Action: e.Action, ActorKind: string(e.ActorKind), ActorName: e.ActorName,
					FromStatus: string(e.FromStatus), ToStatus: string(e.ToStatus), Detail: e.Detail, At: e.At})
			}
			d.PrivacyRequests = append(d.PrivacyRequests, er)
		}
		if !more {
			return nil
		}
	}
}

// collectAudit adds who saw or changed the candidate's data, and when (F4);
// the staff's addresses stay out.
func collectAudit(ctx context.Context, st *store.Store, d *ExportData, _ map[string][]byte) error {
	for off := 0; ; off += 500 {
		page, more, err := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: string(domain.SubjectCandidate), ObjectID: d.candidate.ID, Limit: 500, Offset: off})
		if err != nil {
			return err
		}
		for _, e := range page {
			d.Audit = append(d.Audit, ExportAudit{At: e.At, ActorKind: string(e.ActorKind), ActorName: e.ActorName, Action: e.Action, Detail: e.Detail})
		}
		if !more {
			return nil
		}
	}
}

// collectAttachments adds the files of the candidate and of its matches.
func collectAttachments(ctx context.Context, st *store.Store, d *ExportData, files map[string][]byte) error {
	list, err := collectFiles(ctx, st, domain.SubjectCandidate, d.candidate.ID, "attachments", files)
	if err != nil {
		return err
	}
	d.Attachments = append(d.Attachments, list...)
	for _, m := range d.Matches {
		if list, err = collectFiles(ctx, st, domain.SubjectMatch, m.ID, "attachments", files); err != nil {
			return err
		}
		d.Attachments = append(d.Attachments, list...)
	}
	return nil
}

// collectFiles reads the attachments of a record into files under folder.
func collectFiles(ctx context.Context, st *store.Store, kind domain.SubjectKind, id domain.ID, folder string, files map[string][]byte) ([]ExportAttachment, error) {
	atts, err := st.Attachments(ctx, kind, id)
	if err != nil {
		return nil, err
	}
	out := []ExportAttachment{}
	for _, a := range atts {
		content, err := st.AttachmentContent(ctx, a.ID)
		if err != nil {
			return nil, err
		}
		p := fmt.Sprintf("%s/%d_%s", folder, a.ID, safeFileName(a.FileName))
		files[p] = content
		out = append(out, exportAttachment(a, p))
	}
	return out, nil
}

// safeFileName keeps a file name's letters, digits, dots, dashes and
// underscores, so that no name climbs out of the ZIP's folder.
func safeFileName(name string) string {
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	var b strings.Builder
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	s := strings.TrimLeft(b.String(), ".")
	if s == "" {
		return "file"
	}
	return s
}

// BuildExportZip writes data.json, its JSON Schema (schema.json) and the
// files into a ZIP.
func BuildExportZip(d ExportData, files map[string][]byte) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("data.json")
	if err != nil {
		return nil, err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(d); err != nil {
		return nil, fmt.Errorf("encode data.json: %w", err)
	}
	if w, err = zw.Create("schema.json"); err != nil {
		return nil, err
	}
	if _, err := w.Write(ExportSchema()); err != nil {
		return nil, err
	}
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for _, p := range paths {
		w, err := zw.Create(p)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(files[p]); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// ExportCandidate makes and stores the candidate's data export (F2), logs it
// on the request (when given) and in the audit log.
func (s *Service) ExportCandidate(ctx context.Context, candidateID, requestID domain.ID, actor store.Actor) (_ domain.PrivacyExport, err error) {
	defer domain.Wrap(&err, "service.ExportCandidate(%d)", candidateID)
	var e domain.PrivacyExport
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		now := s.now()
		d, files, err := CollectExport(ctx, tx, candidateID, now)
		if err != nil {
			return err
		}
		if d.Candidate().AnonymisedAt != nil {
			return &domain.Error{Kind: domain.KindConflict, Key: domain.KeyCandidateAnonymised, Op: "export"}
		}
		zipped, err := BuildExportZip(d, files)
		if err != nil {
			return err
		}
		e = domain.PrivacyExport{CandidateID: candidateID, CreatedBy: actor.Name,
			FileName: fmt.Sprintf("data-export-%d-%s.zip", candidateID, now.Format("20060102-150405"))}
		if err := tx.CreatePrivacyExport(ctx, &e, zipped); err != nil {
			return err
		}
		if requestID != 0 {
			r, err := tx.PrivacyRequest(ctx, requestID)
			if err != nil || r.CandidateID != candidateID {
				return domain.NotFound("privacy request")
			}
			if err := tx.AddPrivacyRequestEvent(ctx, domain.PrivacyRequestEvent{RequestID: requestID, Action: "exported",
				FromStatus: r.Status, ToStatus: r.Status, Detail: e.FileName}, actor); err != nil {
				return err
			}
		}
		return auditCandidate(ctx, tx, actor, "export", domain.SubjectCandidate, candidateID, e.FileName)
	})
	return e, err
}

// ExportLinkTTL is how long a released export's download link works.
const ExportLinkTTL = 7 * 24 * time.Hour

// ReleaseExport lets the candidate download an export from the portal for
// ExportLinkTTL; it returns the token for the link (only its hash is kept).
func (s *Service) ReleaseExport(ctx context.Context, exportID domain.ID, actor store.Actor) (token string, err error) {
	defer domain.Wrap(&err, "service.ReleaseExport(%d)", exportID)
	token = rand.Text()
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		e, err := tx.PrivacyExport(ctx, exportID)
		if err != nil {
			return err
		}
		expires := s.now().Add(ExportLinkTTL)
		if err := tx.ReleasePrivacyExport(ctx, exportID, HashToken(token), expires); err != nil {
			return err
		}
		if err := auditCandidate(ctx, tx, actor, "export_release", domain.SubjectCandidate, e.CandidateID, e.FileName); err != nil {
			return err
		}
		return mailExportReady(ctx, tx, s, e.CandidateID, ExportLinkPath(token), expires)
	})
	return token, err
}

// ExportLinkPath is where the candidate downloads a released export in the
// portal (signed in, while the token is valid).
func ExportLinkPath(token string) string { return "/portal/privacy/exports/" + url.PathEscape(token) }

// mailExportReady puts privacy_export_ready in the outbox: the candidate's
// export can be downloaded until expires (F2). It is a mail about the
// candidate's own request, so a restricted candidate gets it too.
func mailExportReady(ctx context.Context, tx *store.Store, s *Service, candidateID domain.ID, path string, expires time.Time) error {
	c, err := tx.Candidate(ctx, candidateID)
	if err != nil {
		return err
	}
	if !domain.CandidateMayMail(c, "privacy_export_ready") {
		return nil
	}
	t, err := tx.CurrentTenant(ctx)
	if err != nil {
		return err
	}
	_, err = mail.Enqueue(ctx, tx, mail.Message{To: c.Email, Language: c.Language, Key: "privacy_export_ready", CandidateID: c.ID,
		Data: mail.PrivacyExportData{Name: c.Name(), Agency: t.Name, Link: s.link(t, path),
			Expires: expires.Format("2006-01-02 15:04") + " UTC"}})
	return err
}

// HashToken is how export tokens are stored.
func HashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// collectFreelancer adds the candidate's freelancer details and its issued
// self-billed invoices, when it is or was a freelancer.
func collectFreelancer(ctx context.Context, st *store.Store, d *ExportData, _ map[string][]byte) error {
	f, err := st.FreelancerBilling(ctx, d.candidate.ID)
	if err != nil {
		return err
	}
	var invoices []domain.Invoice
	for off := 0; ; off += 1000 {
		page, more, err := st.Invoices(ctx, store.InvoiceFilter{CandidateID: d.candidate.ID, Status: domain.InvoiceConfirmed,
			Kinds: []domain.InvoiceKind{domain.InvoiceKindSelfBilling}, Limit: 1000, Offset: off})
		if err != nil {
			return err
		}
		invoices = append(invoices, page...)
		if !more {
			break
		}
	}
	if !f.Freelancer && len(invoices) == 0 {
		return nil
	}
	ef := &ExportFreelancer{TradingName: f.TradingName, Street: f.Street, PostalCode: f.PostalCode, City: f.City, Country: f.Country,
		VATNumber: f.VATNumber, CoCNumber: f.CoCNumber, IBAN: f.IBAN, AgreementDate: dateOrNil(f.AgreementDate), Invoices: []ExportSelfBilling{}}
	for i := len(invoices) - 1; i >= 0; i-- { // oldest first
		inv := invoices[i]
		ef.Invoices = append(ef.Invoices, ExportSelfBilling{Number: inv.Number, IssueDate: inv.IssueDate.String(), TotalCents: inv.TotalCents})
	}
	d.Freelancer = ef
	return nil
}
