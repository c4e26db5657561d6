package service

import (
	"context"
	"encoding/json"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// MergeCandidates merges the record mergedID into survivorID (issue 16
// item 7): the survivor takes the fields chosen from the other record, and
// every match, placement (with its timesheets), document, note, consent,
// privacy request, application and audit entry of the other moves to it;
// then the other record is deleted. One transaction, audited on the
// survivor with the merged record as it was and what moved, so the merge
// is fully logged.
func (s *Service) MergeCandidates(ctx context.Context, who store.Actor, addr string, survivorID, mergedID domain.ID,
	takeOther map[string]bool) (_ store.MergeCounts, err error) {
	defer domain.Wrap(&err, "service.MergeCandidates(%d, %d)", survivorID, mergedID)
	var counts store.MergeCounts
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		survivor, err := tx.Candidate(ctx, survivorID)
		if err != nil {
			return err
		}
		merged, err := tx.Candidate(ctx, mergedID)
		if err != nil {
			return err
		}
		if err := domain.CheckMerge(survivor, merged); err != nil {
			return err
		}
		result := domain.MergedCandidate(survivor, merged, takeOther)
		if err := result.Validate(); err != nil {
			return err
		}
		if counts, err = tx.MergeCandidateInto(ctx, merged.ID, survivor.ID); err != nil {
			return err
		}
		if err := tx.UpdateCandidate(ctx, &result); err != nil {
			return err
		}
		var taken []string
		for _, f := range domain.MergeFields() {
			if takeOther[f] {
				taken = append(taken, f)
			}
		}
		detail, err := json.Marshal(struct {
			Merged domain.ID         `json:"merged"`
			Taken  []string          `json:"taken"`
			Record domain.Candidate  `json:"record"`
			Moved  store.MergeCounts `json:"moved"`
		}{merged.ID, taken, merged, counts})
		if err != nil {
			return err
		}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name, Action: "merge",
			ObjectKind: string(domain.SubjectCandidate), ObjectID: survivor.ID, Detail: string(detail), RemoteAddr: addr})
	})
	return counts, err
}
