package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// collectApplications adds the candidate's applications on the careers
// site (issue 16): which vacancy, through which source and campaign, in
// which language, when. The motivation is among the notes and the consent
// in the ledger, which the export holds already.
func collectApplications(ctx context.Context, st *store.Store, d *ExportData, _ map[string][]byte) error {
	list, err := st.AllApplications(ctx, d.candidate.ID)
	if err != nil {
		return err
	}
	for _, a := range list {
		d.Applications = append(d.Applications, ExportApplication{ID: a.ID, VacancyID: idOrNil(a.VacancyID), Vacancy: a.VacancyTitle,
			MatchID: idOrNil(a.MatchID), Source: string(a.Source), UTMSource: a.UTMSource, Language: a.Language, CreatedAt: a.CreatedAt})
	}
	return nil
}

// idOrNil is an id for JSON, null when there is none.
func idOrNil(id domain.ID) *domain.ID {
	if id == 0 {
		return nil
	}
	return &id
}
