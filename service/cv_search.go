package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// CandidateCV is one of a candidate's CVs on its page: whether its text
// was read, and whether it holds every word searched (issue 16 item 5).
type CandidateCV struct {
	Attachment domain.Attachment
	Status     domain.TextStatus // "" when uploaded before texts were kept
	Matched    bool
}

// CandidateCVs lists a candidate's CVs, newest first, marking those whose
// text holds the words of query (none when query is empty).
func (s *Service) CandidateCVs(ctx context.Context, candidateID domain.ID, query string) (_ []CandidateCV, err error) {
	defer domain.Wrap(&err, "service.CandidateCVs(%d)", candidateID)
	st := s.store()
	t, err := st.AttachmentTypeByCode(ctx, domain.TypeCodeCV)
	if domain.KindOf(err) == domain.KindNotFound {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	all, err := st.Attachments(ctx, domain.SubjectCandidate, candidateID)
	if err != nil {
		return nil, err
	}
	matched := map[domain.ID]bool{}
	if query != "" {
		hits, err := st.SearchCVs(ctx, store.CVFilter{Query: query, CandidateID: candidateID, Limit: 200})
		if err != nil {
			return nil, err
		}
		for _, h := range hits {
			matched[h.AttachmentID] = true
		}
	}
	var out []CandidateCV
	for _, a := range all {
		if a.TypeID != t.ID {
			continue
		}
		cv := CandidateCV{Attachment: a, Matched: matched[a.ID]}
		if text, err := st.AttachmentText(ctx, a.ID); err == nil {
			cv.Status = text.Status
		} else if domain.KindOf(err) != domain.KindNotFound {
			return nil, err
		}
		out = append(out, cv)
	}
	return out, nil
}

// SearchCVs finds the tenant's candidates whose CVs hold every word of
// query, newest CV first, for the candidate list's "found in CVs".
func (s *Service) SearchCVs(ctx context.Context, query string, limit int) (_ []store.CVHit, err error) {
	defer domain.Wrap(&err, "service.SearchCVs")
	return s.store().SearchCVs(ctx, store.CVFilter{Query: query, Limit: limit})
}
