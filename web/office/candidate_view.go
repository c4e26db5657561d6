package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type candidateView struct {
	kit.Page
	C           domain.Candidate
	Details     []detailRow // the record's fields, in domain.CandidateFields' order
	Experiences []domain.Experience
	Educations  []domain.Education
	Skills      []domain.Skill
	Placements  []domain.Placement
	Matches     []domain.Match
	// The forms to add an entry; filled again with the input after an error.
	NewExperience domain.Experience
	NewEducation  domain.Education
	NewSkill      domain.Skill
	Activity      ActivityView // notes and attachments
	// Hold is the candidate's retention or legal hold, when Held (F2, F3).
	Hold domain.PrivacyHold
	Held bool
	// Duplicates are other records that may be the same person, with the
	// evidence (issue 16); Applications are its applications.
	Duplicates   []domain.Duplicate
	Applications []domain.Application
	// CVs are its CVs, marked where they hold the words of ?q= (issue 16).
	CVs []service.CandidateCV
}

func (a *App) loadCandidateView(r *http.Request) (candidateView, error) {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return candidateView{}, err
	}
	ctx := r.Context()
	v := candidateView{Page: a.Page(r, "candidate.title")}
	if v.C, err = a.Store.Candidate(ctx, id); err != nil {
		return v, err
	}
	v.Details = candidateDetails(v.C)
	if v.Hold, v.Held, err = a.Svc.Hold(ctx, id); err != nil {
		return v, err
	}
	if v.Experiences, err = a.Store.Experiences(ctx, id); err != nil {
		return v, err
	}
	if v.Educations, err = a.Store.Educations(ctx, id); err != nil {
		return v, err
	}
	if v.Skills, err = a.Store.Skills(ctx, id); err != nil {
		return v, err
	}
	if v.Activity, err = a.loadActivity(r, domain.SubjectCandidate, id); err != nil {
		return v, err
	}
	if v.Matches, err = a.candidateMatches(ctx, id); err != nil {
		return v, err
	}
	if v.Placements, _, err = a.Store.Placements(ctx, store.PlacementFilter{CandidateID: id, Limit: 20}); err != nil {
		return v, err
	}
	if v.Duplicates, err = a.Svc.CandidateDuplicates(ctx, id); err != nil {
		return v, err
	}
	if v.Applications, err = a.Store.Applications(ctx, id); err != nil {
		return v, err
	}
	if v.CVs, err = a.Svc.CandidateCVs(ctx, id, r.URL.Query().Get("q")); err != nil {
		return v, err
	}
	return v, nil
}

func (a *App) candidateView(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadCandidateView(r)
	if err != nil {
		return err
	}
	if err := a.auditView(r, v.C.ID, "record"); err != nil { // F4: every view is logged
		return err
	}
	return a.Render(w, http.StatusOK, "candidate", v)
}

// detailRow is one line of a candidate's details: a field of its own, or a
// Group of fields that share a line (the address, the availability), which
// the template lays out.
type detailRow struct {
	Label, Value string
	Group        string
	Kind         domain.FieldKind
}

// candidateDetails makes the lines of c's details from
// domain.CandidateFields; the fields under the name are left out.
func candidateDetails(c domain.Candidate) []detailRow {
	var rows []detailRow
	seen := map[string]bool{}
	for _, f := range domain.CandidateFields() {
		switch {
		case f.Group == "header":
		case f.Group != "":
			if !seen[f.Group] {
				seen[f.Group] = true
				rows = append(rows, detailRow{Label: f.Group, Group: f.Group})
			}
		default:
			rows = append(rows, detailRow{Label: f.Label, Value: f.Text(c), Kind: f.Kind})
		}
	}
	return rows
}
