package api

import (
	"errors"

	"github.com/matchpoint/matchpoint/domain"
)

// check runs the domain's own validation after the API's parse checks (dates)
// and answers both sets of field errors at once.
func check(v *domain.Validator, domainErr error) error {
	var verr *domain.ValidationError
	if errors.As(domainErr, &verr) {
		for f, k := range verr.Fields {
			v.Check(false, f, k)
		}
	} else if domainErr != nil {
		return domainErr
	}
	return v.Err()
}
