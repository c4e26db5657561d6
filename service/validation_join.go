package service

import (
	"errors"

	"github.com/matchpoint/matchpoint/domain"
)

// joinValidation merges the field errors of two validations into one, so a
// page shows every bad field at once; an error that is not a validation
// wins as it is.
func joinValidation(errs ...error) error {
	fields := domain.FieldErrors{}
	for _, err := range errs {
		if err == nil {
			continue
		}
		var ve *domain.ValidationError
		if !errors.As(err, &ve) {
			return err
		}
		for f, k := range ve.Fields {
			if _, ok := fields[f]; !ok {
				fields[f] = k
			}
		}
	}
	if len(fields) == 0 {
		return nil
	}
	return &domain.ValidationError{Fields: fields}
}
