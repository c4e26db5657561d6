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
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/store"
)

// ExportData is data.json of a candidate's export (F2: access and
// portability): everything the agency holds about the candidate, except
// notes marked internal.
type ExportData struct {
	ExportedAt      time.Time               `json:"exported_at"`
	Controller      string                  `json:"controller"`
	Profile         domain.Candidate        `json:"profile"`
	Availability    ExportAvailability      `json:"availability"`
	Experience      []domain.Experience     `json:"experience"`
	Education       []domain.Education      `json:"education"`
	Skills          []domain.Skill          `json:"skills"`
	Consents        []domain.Consent        `json:"consents"`
	Matches         []ExportMatch           `json:"matches"`
	Placements      []domain.Placement      `json:"placements"`
	Timesheets      []ExportTimesheet       `json:"timesheets"`
	Notes           []domain.Note           `json:"notes"`
	PrivacyRequests []domain.PrivacyRequest `json:"privacy_requests"`
	Audit           []domain.AuditEntry     `json:"audit"`
	Attachments     []ExportAttachment      `json:"attachments"`
}

// ExportAvailability is the candidate's availability (C2).
type ExportAvailability struct {
	From         domain.Date `json:"from"`
	HoursPerWeek int         `json:"hours_per_week"`
	Note         string      `json:"note"`
}

// ExportMatch is a match with its phase history and evaluations.
type ExportMatch struct {
	domain.Match
	Phases      []domain.PhaseChange `json:"phases"`
	Evaluations []domain.Evaluation  `json:"evaluations"`
}

// ExportTimesheet is a timesheet with its lines.
type ExportTimesheet struct {
	domain.Timesheet
	Lines []domain.TimesheetLine `json:"lines"`
}

// ExportAttachment is an attachment's metadata and where its file is in the ZIP.
type ExportAttachment struct {
	domain.Attachment
	Path string `json:"path"`
}

// CollectExport gathers a candidate's data through st.
func CollectExport(ctx context.Context, st *store.Store, candidateID domain.ID, now time.Time) (d ExportData, files map[string][]byte, err error) {
	defer domain.Wrap(&err, "service.CollectExport(%d)", candidateID)
	d.ExportedAt = now
	if d.Profile, err = st.Candidate(ctx, candidateID); err != nil {
		return d, nil, err
	}
	c := d.Profile
	if t, err := st.CurrentTenant(ctx); err == nil {
		d.Controller = t.Name
	}
	d.Availability = ExportAvailability{From: c.AvailableFrom, HoursPerWeek: c.AvailableHours, Note: c.AvailabilityNote}
	if d.Experience, err = st.Experiences(ctx, c.ID); err != nil {
		return d, nil, err
	}
	if d.Education, err = st.Educations(ctx, c.ID); err != nil {
		return d, nil, err
	}
	if d.Skills, err = st.Skills(ctx, c.ID); err != nil {
		return d, nil, err
	}
	if d.Consents, err = st.Consents(ctx, c.ID); err != nil {
		return d, nil, err
	}
	if err := collectMatches(ctx, st, &d); err != nil {
		return d, nil, err
	}
	if err := collectWork(ctx, st, &d); err != nil {
		return d, nil, err
	}
	if err := collectNotes(ctx, st, &d, domain.SubjectCandidate, c.ID); err != nil {
		return d, nil, err
	}
	for _, m := range d.Matches {
		if err := collectNotes(ctx, st, &d, domain.SubjectMatch, m.ID); err != nil {
			return d, nil, err
		}
	}
	if d.PrivacyRequests, _, err = st.PrivacyRequests(ctx, store.PrivacyRequestFilter{CandidateID: c.ID, Limit: 500}); err != nil {
		return d, nil, err
	}
	for off := 0; ; off += 500 {
		page, more, err := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: string(domain.SubjectCandidate), ObjectID: c.ID, Limit: 500, Offset: off})
		if err != nil {
			return d, nil, err
		}
		d.Audit = append(d.Audit, page...)
		if !more {
			break
		}
	}
	files = map[string][]byte{}
	atts, err := st.Attachments(ctx, domain.SubjectCandidate, c.ID)
	if err != nil {
		return d, nil, err
	}
	for _, a := range atts {
		content, err := st.AttachmentContent(ctx, a.ID)
		if err != nil {
			return d, nil, err
		}
		p := fmt.Sprintf("attachments/%d_%s", a.ID, safeFileName(a.FileName))
		files[p] = content
		d.Attachments = append(d.Attachments, ExportAttachment{Attachment: a, Path: p})
	}
	return d, files, nil
}

func collectMatches(ctx context.Context, st *store.Store, d *ExportData) error {
	for off := 0; ; off += 200 {
		page, more, err := st.Matches(ctx, store.MatchFilter{CandidateID: d.Profile.ID, Limit: 200, Offset: off})
		if err != nil {
			return err
		}
		for _, m := range page {
			em := ExportMatch{Match: m}
			if em.Phases, err = st.PhaseChanges(ctx, m.ID); err != nil {
				return err
			}
			if em.Evaluations, err = st.Evaluations(ctx, m.ID); err != nil {
				return err
			}
			d.Matches = append(d.Matches, em)
		}
		if !more {
			return nil
		}
	}
}

func collectWork(ctx context.Context, st *store.Store, d *ExportData) error {
	for off := 0; ; off += 200 {
		page, more, err := st.Placements(ctx, store.PlacementFilter{CandidateID: d.Profile.ID, Limit: 200, Offset: off})
		if err != nil {
			return err
		}
		d.Placements = append(d.Placements, page...)
		if !more {
			break
		}
	}
	for off := 0; ; off += 200 {
		page, more, err := st.Timesheets(ctx, store.TimesheetFilter{CandidateID: d.Profile.ID, Limit: 200, Offset: off})
		if err != nil {
			return err
		}
		for _, t := range page {
			et := ExportTimesheet{Timesheet: t}
			if et.Lines, err = st.TimesheetLines(ctx, t.ID); err != nil {
				return err
			}
			d.Timesheets = append(d.Timesheets, et)
		}
		if !more {
			return nil
		}
	}
}

func collectNotes(ctx context.Context, st *store.Store, d *ExportData, kind domain.SubjectKind, id domain.ID) error {
	notes, err := st.Notes(ctx, kind, id, 500)
	if err != nil {
		return err
	}
	for _, n := range notes {
		if !n.Internal {
			d.Notes = append(d.Notes, n)
		}
	}
	return nil
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

// BuildExportZip writes data.json and the files into a ZIP.
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
	for _, a := range d.Attachments {
		w, err := zw.Create(a.Path)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(files[a.Path]); err != nil {
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
		if d.Profile.AnonymisedAt != nil {
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
