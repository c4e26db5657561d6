package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// CareersPrivacy is the privacy statement a visitor accepts when applying
// in a language (C8): the agency's link for the language, else its
// document for the language, else the application's own privacy page.
// Version names that text in the consent ledger (C6).
type CareersPrivacy struct {
	URL        string    // the agency's link; "" when it has none
	DocumentID domain.ID // the agency's document; 0 when it has none
	Version    string
}

// CareersPrivacy returns the privacy statement an applicant in lang accepts.
func (s *Service) CareersPrivacy(ctx context.Context, lang string) (_ CareersPrivacy, err error) {
	defer domain.Wrap(&err, "service.CareersPrivacy(%s)", lang)
	return careersPrivacy(ctx, s.store(), lang)
}

func careersPrivacy(ctx context.Context, st *store.Store, lang string) (CareersPrivacy, error) {
	set, err := st.Settings(ctx)
	if err != nil {
		return CareersPrivacy{}, err
	}
	if u := set.PrivacyURL[lang]; u != "" {
		sum := sha256.Sum256([]byte(u))
		return CareersPrivacy{URL: u, Version: domain.CareersConsentVersion(lang, "url:"+hex.EncodeToString(sum[:8]))}, nil
	}
	doc, err := privacyStatementDoc(ctx, st, lang)
	switch {
	case err == nil:
		return CareersPrivacy{DocumentID: doc.ID, Version: domain.CareersConsentVersion(lang, "document:"+idText(doc.ID))}, nil
	case domain.KindOf(err) != domain.KindNotFound:
		return CareersPrivacy{}, err
	}
	return CareersPrivacy{Version: domain.CareersConsentVersion(lang, "page:"+domain.PrivacyPageVersion)}, nil
}
