package service_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F2 with issue 16: a candidate's export holds its careers-site
// applications, an open one (no vacancy) included, and no other
// candidate's.
func TestExportHoldsApplications_F2_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		ctx, st := env.Acme.Ctx, env.Store
		rec := env.Acme.Records(t, st)
		for _, app := range []domain.Application{
			{CandidateID: rec.Candidate.ID, VacancyID: rec.Vacancy.ID, Source: domain.SourceCareersSite, UTMSource: "indeed", Language: "nl", CreatedAt: db.Now()},
			{CandidateID: rec.Candidate.ID, Source: domain.SourceCareersSite, Language: "fr", CreatedAt: db.Now()},
		} {
			must(t, "application", st.CreateApplication(ctx, &app))
		}
		other := env.Acme.Candidate(t, st, "Other", "Person")
		must(t, "other application", st.CreateApplication(ctx, &domain.Application{CandidateID: other.ID, Source: domain.SourceCareersSite,
			Language: "en", CreatedAt: db.Now()}))
		d, _, err := service.CollectExport(ctx, st, rec.Candidate.ID, db.Now())
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Applications) != 2 {
			t.Fatalf("applications: %+v", d.Applications)
		}
		open, onVacancy := d.Applications[0], d.Applications[1]
		if open.VacancyID != nil || open.Language != "fr" || onVacancy.VacancyID == nil || *onVacancy.VacancyID != rec.Vacancy.ID ||
			onVacancy.Vacancy != rec.Vacancy.Title || onVacancy.UTMSource != "indeed" {
			t.Errorf("applications: %+v %+v", open, onVacancy)
		}
	})
}
