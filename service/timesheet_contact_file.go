package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// ContactTimesheetFile returns file id of timesheet timesheetID and its
// content, for a contact's download in the Hiring Portal (D4, E10): a file
// of a timesheet the contact sees, of the receipt type or a type the Hiring
// Portal shows. Any other id — an internal file of the back office, a file
// of another timesheet or record, another agency's — is not found (B5). The
// download is logged (F4).
func (s *Service) ContactTimesheetFile(ctx context.Context, who store.Actor, timesheetID, id domain.ID) (_ domain.Attachment, _ []byte, err error) {
	defer domain.Wrap(&err, "service.ContactTimesheetFile(%d, %d)", timesheetID, id)
	if who.Kind != domain.AudienceHiring {
		return domain.Attachment{}, nil, domain.NotFound("attachment")
	}
	st := s.store()
	a, _, t, err := s.timesheetFile(ctx, st, who, id)
	if err != nil {
		return domain.Attachment{}, nil, err
	}
	if t.ID != timesheetID {
		return domain.Attachment{}, nil, domain.NotFound("attachment")
	}
	content, err := st.AttachmentContent(ctx, a.ID)
	if err != nil {
		return domain.Attachment{}, nil, err
	}
	if err := auditContactDownload(ctx, st, who, a); err != nil {
		return domain.Attachment{}, nil, err
	}
	return a, content, nil
}
