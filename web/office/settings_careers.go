package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

type settingsCareersView struct {
	kit.Page
	C                                 domain.CareersSettings
	Sources, Phases, Statuses, Owners []kit.Option
	LogoMB                            int64
}

// settingsCareers edits the careers site (issue 16): the source that
// publishes a vacancy (as the Hiring Portal's source does, E3), the site's
// name, logo and colours, the country of its vacancies, whether a pay range
// is required to publish, and the phase, status and owner applications get.
func (a *App) settingsCareers(w http.ResponseWriter, r *http.Request) error {
	set, err := a.Store.Settings(r.Context())
	if err != nil {
		return err
	}
	return a.renderCareers(w, r, http.StatusOK, set.Careers, nil)
}

func (a *App) renderCareers(w http.ResponseWriter, r *http.Request, status int, c domain.CareersSettings, errs domain.FieldErrors) error {
	ch, err := a.Svc.CareersSettingsChoices(r.Context())
	if err != nil {
		return err
	}
	v := settingsCareersView{Page: a.Page(r, "settings.careers"), C: c, Sources: options(ch.Sources), Phases: options(ch.Phases),
		LogoMB: upload.MB(service.CareersLogoMaxBytes)}
	for _, s := range ch.Statuses {
		v.Statuses = append(v.Statuses, kit.Option{Value: strconv.FormatInt(s.ID, 10), Label: s.Name})
	}
	for _, u := range ch.Owners {
		v.Owners = append(v.Owners, kit.Option{Value: strconv.FormatInt(u.ID, 10), Label: u.Name})
	}
	if errs != nil {
		v.Errors = errs
	}
	return a.Render(w, status, "settings_careers", v)
}

// logoParseLimit lets a too large logo reach the check that names the
// limit, rather than failing the whole form.
const logoParseLimit = 8 * service.CareersLogoMaxBytes

func (a *App) settingsCareersSave(w http.ResponseWriter, r *http.Request) error {
	var in service.CareersSettingsInput
	if refusal := upload.ParseForm(w, r, logoParseLimit); refusal != upload.Accepted {
		set, err := a.Store.Settings(r.Context())
		if err != nil {
			return err
		}
		errs := domain.FieldErrors{"careers_logo": "careers.settings.logo_refused"}
		if refusal == upload.BadText {
			errs = domain.FieldErrors{"form": domain.KeyBadText}
		}
		return a.renderCareers(w, r, refusal.Status(), set.Careers, errs)
	}
	defer r.MultipartForm.RemoveAll()
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	in.Careers = domain.CareersSettings{SourceID: f.ID("careers_source_id"), Name: f.String("careers_name"),
		BrandColor: f.String("careers_brand_color"), LinkColor: f.String("careers_link_color"), Country: f.String("careers_country"),
		PayRequired: f.Bool("careers_pay_required"), PhaseID: f.ID("careers_phase_id"), StatusID: f.ID("careers_status_id"),
		OwnerID: f.ID("careers_owner_id")}
	in.RemoveLogo = f.Bool("careers_remove_logo")
	file, refusal := upload.Read(r, "careers_logo", logoParseLimit)
	switch refusal {
	case upload.Accepted:
		in.Logo = &service.Upload{FileName: file.Name, ContentType: file.ContentType, Content: file.Content}
	case upload.Missing:
	default:
		f.Errors["careers_logo"] = "careers.settings.logo_refused"
	}
	err = f.Check(nil)
	if err == nil {
		err = a.Svc.SaveCareersSettings(r.Context(), actor(r), kit.ClientAddr(r), in)
	}
	if err != nil {
		if kit.Invalid(err) {
			_ = f.Check(err)
			set, serr := a.Store.Settings(r.Context())
			if serr != nil {
				return serr
			}
			in.Careers.Logo = set.Careers.Logo
			return a.renderCareers(w, r, http.StatusUnprocessableEntity, in.Careers, f.Errors)
		}
		return err
	}
	return settingsSaved(w, r)
}
