package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// PortalExports lists the candidate's exports it may download now (F2,
// access and portability): released by a recruiter and whose link has not
// expired, newest first. The links themselves are only in the mails: the
// database keeps the tokens' hashes.
func (s *Service) PortalExports(ctx context.Context, who store.Actor) (_ []domain.PrivacyExport, err error) {
	defer domain.Wrap(&err, "service.PortalExports(%d)", who.ID)
	all, err := s.store().PrivacyExports(ctx, who.ID)
	if err != nil {
		return nil, err
	}
	now := s.now()
	var out []domain.PrivacyExport
	for _, e := range all {
		if e.ReleasedAt != nil && e.TokenExpiresAt != nil && e.TokenExpiresAt.After(now) {
			out = append(out, e)
		}
	}
	return out, nil
}

// PortalExportDownload returns the candidate's own released export of token
// with its ZIP while the link is valid, and logs the download (F4). An
// expired or unknown token, or another candidate's, is not found.
func (s *Service) PortalExportDownload(ctx context.Context, who store.Actor, token string) (_ domain.PrivacyExport, _ []byte, err error) {
	defer domain.Wrap(&err, "service.PortalExportDownload(%d)", who.ID)
	var e domain.PrivacyExport
	var content []byte
	err = s.inTx(ctx, func(tx *store.Store) error {
		if token == "" {
			return domain.NotFound("export")
		}
		if e, err = tx.PrivacyExportByToken(ctx, who.ID, HashToken(token)); err != nil {
			return err
		}
		if content, err = tx.PrivacyExportContent(ctx, e.ID); err != nil {
			return err
		}
		return auditPortal(ctx, tx, who, "download", "export "+e.FileName)
	})
	return e, content, err
}
