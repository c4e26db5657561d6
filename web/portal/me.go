package portal

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/account"
	"github.com/matchpoint/matchpoint/web/kit"
)

// me is the signed-in candidate with what its status grants (B1).
type me struct {
	C      domain.Candidate
	Status domain.CandidateStatus
	Actor  store.Actor
}

// Allowed reports whether the candidate's status opens a section (B1).
func (m me) Allowed(sec string) bool {
	return domain.PortalSectionAllowed(m.Status, domain.PortalSection(sec))
}

// me loads the signed-in candidate for a page of section sec; a section its
// status does not open is not found (B1).
func (a *App) me(r *http.Request, sec domain.PortalSection) (me, error) {
	var m me
	var err error
	if m.C, err = a.Store.Candidate(r.Context(), account.Current(r.Context()).ID); err != nil {
		return me{}, err
	}
	if m.Status, err = a.candidateStatus(r, m.C.StatusID); err != nil {
		return me{}, err
	}
	if !domain.PortalSectionAllowed(m.Status, sec) {
		return me{}, domain.NotFound("portal section " + string(sec))
	}
	m.Actor = service.PortalActor(m.C)
	return m, nil
}

// fieldErrors returns the field errors of a validation error, nil otherwise.
func fieldErrors(err error) domain.FieldErrors {
	if !kit.Invalid(err) {
		return nil
	}
	var verr *domain.ValidationError
	if ok := asValidation(err, &verr); ok {
		return verr.Fields
	}
	return nil
}

func asValidation(err error, target **domain.ValidationError) bool { return errors.As(err, target) }

func idString(id domain.ID) string { return strconv.FormatInt(id, 10) }
