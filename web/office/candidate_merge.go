package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// mergeRow is one field of the merge form: its label and both values.
type mergeRow struct {
	Field, Label string
	Keep, Other  string
}

type candidateMergeView struct {
	kit.Page
	Keep, Other domain.Candidate
	Rows        []mergeRow
	Reasons     []domain.DuplicateReason
	Problem     string // message key of a refused merge
}

// mergeValue is a candidate's field as the merge form shows it: the owner
// and status by name.
func mergeValue(c domain.Candidate, f domain.CandidateField) string {
	switch f.Name {
	case "owner_id":
		return c.OwnerName
	case "status_id":
		return c.StatusName
	}
	return f.Text(c)
}

// mergePair reads the two candidates a merge path names: {id} stays,
// {other} is merged into it. Either one not the agency's is not found.
func (a *App) mergePair(r *http.Request) (keep, other domain.Candidate, err error) {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return keep, other, err
	}
	otherID, err := kit.PathID(r, "other")
	if err != nil {
		return keep, other, err
	}
	if keep, err = a.Store.Candidate(r.Context(), id); err != nil {
		return keep, other, err
	}
	other, err = a.Store.Candidate(r.Context(), otherID)
	return keep, other, err
}

// candidateMergeForm shows two records of one person side by side, with a
// choice per field of which value the surviving record keeps (issue 16).
func (a *App) candidateMergeForm(w http.ResponseWriter, r *http.Request) error {
	keep, other, err := a.mergePair(r)
	if err != nil {
		return err
	}
	return a.renderMerge(w, r, http.StatusOK, keep, other, "")
}

func (a *App) renderMerge(w http.ResponseWriter, r *http.Request, status int, keep, other domain.Candidate, problem string) error {
	v := candidateMergeView{Page: a.Page(r, "candidate.merge.title"), Keep: keep, Other: other,
		Reasons: domain.DuplicateReasons(keep, other)}
	v.Problem = problem
	for _, f := range domain.CandidateFields() {
		v.Rows = append(v.Rows, mergeRow{Field: f.Name, Label: f.Label, Keep: mergeValue(keep, f), Other: mergeValue(other, f)})
	}
	for _, c := range []domain.Candidate{keep, other} {
		if err := a.auditView(r, c.ID, "merge"); err != nil { // F4
			return err
		}
	}
	return a.Render(w, status, "candidate_merge", v)
}

// candidateMerge merges {other} into {id} with the chosen fields.
func (a *App) candidateMerge(w http.ResponseWriter, r *http.Request) error {
	keep, other, err := a.mergePair(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	take := map[string]bool{}
	for _, field := range domain.MergeFields() {
		take[field] = f.String("take_"+field) == "other"
	}
	if _, err := a.Svc.MergeCandidates(r.Context(), actor(r), kit.ClientAddr(r), keep.ID, other.ID, take); err != nil {
		switch domain.KindOf(err) {
		case domain.KindConflict, domain.KindInvalid:
			return a.renderMerge(w, r, kit.Status(err), keep, other, domain.KeyOf(err))
		}
		return err
	}
	return kit.Redirect(w, r, "/office/candidates/"+strconv.FormatInt(keep.ID, 10)+"?flash=candidate.merge.done")
}
