package store

import (
	"context"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

const privacyRequestColumns = `r.id, r.tenant_id, r.candidate_id, r.request_right, r.message, r.status, r.received_at, r.due_at,
	r.handled_at, r.owner_id, r.origin, r.extended_at, r.extension_reason, c.first_name, c.last_name, COALESCE(u.name, '')`

const privacyRequestFrom = ` FROM privacy_requests r
	JOIN candidates c ON c.tenant_id = r.tenant_id AND c.id = r.candidate_id
	LEFT JOIN users u ON u.tenant_id = r.tenant_id AND u.id = r.owner_id`

func scanPrivacyRequest(row interface{ Scan(...any) error }) (domain.PrivacyRequest, error) {
	var r domain.PrivacyRequest
	var first, last string
	err := row.Scan(&r.ID, &r.TenantID, &r.CandidateID, &r.Right, &r.Message, &r.Status, &r.ReceivedAt, &r.DueAt,
		&r.HandledAt, scanID{&r.OwnerID}, &r.Origin, &r.ExtendedAt, &r.ExtensionReason, &first, &last, &r.OwnerName)
	r.CandidateName = domain.Candidate{FirstName: first, LastName: last}.Name()
	return r, translate(err)
}

// CreatePrivacyRequest records a data-subject request (C9) with its due date
// one month after receipt (F2) and the first line of its history. Without an
// owner the candidate's owner handles it.
func (s *Store) CreatePrivacyRequest(ctx context.Context, r *domain.PrivacyRequest, actor Actor) (err error) {
	defer domain.Wrap(&err, "store.CreatePrivacyRequest")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := r.Validate(); err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		c, err := tx.Candidate(ctx, r.CandidateID)
		if err != nil {
			return err
		}
		if r.OwnerID == 0 {
			r.OwnerID = c.OwnerID
		}
		if r.Status == "" {
			r.Status = domain.PrivacyReceived
		}
		if r.Origin == "" {
			r.Origin = domain.PrivacyOriginPortal
		}
		r.TenantID = tid
		r.DueAt = domain.PrivacyDueDate(r.ReceivedAt)
		if err := tx.w.QueryRowContext(ctx, `INSERT INTO privacy_requests (tenant_id, candidate_id, request_right, message, status,
			received_at, due_at, owner_id, origin) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
			tid, r.CandidateID, r.Right, r.Message, r.Status, r.ReceivedAt, r.DueAt, nullID(r.OwnerID), r.Origin).Scan(&r.ID); err != nil {
			return translate(err)
		}
		return tx.AddPrivacyRequestEvent(ctx, domain.PrivacyRequestEvent{RequestID: r.ID, Action: "created",
			ToStatus: r.Status, Detail: r.Origin}, actor)
	})
}

// PrivacyRequest returns one request of the tenant.
func (s *Store) PrivacyRequest(ctx context.Context, id domain.ID) (r domain.PrivacyRequest, err error) {
	defer domain.Wrap(&err, "store.PrivacyRequest(%d)", id)
	defer func() { noteReads(ctx, domain.SubjectCandidate, []domain.PrivacyRequest{r}, requestCandidate) }() // F4
	tid, err := tenant(ctx)
	if err != nil {
		return domain.PrivacyRequest{}, err
	}
	return scanPrivacyRequest(s.r.QueryRowContext(ctx, `SELECT `+privacyRequestColumns+privacyRequestFrom+
		` WHERE r.tenant_id = $1 AND r.id = $2`, tid, id))
}

// PrivacyRequestFilter selects requests for the queue.
type PrivacyRequestFilter struct {
	CandidateID domain.ID
	Open        bool // only received or in progress
	DueBefore   time.Time
	Limit       int
	Offset      int
}

// PrivacyRequests lists requests, the earliest due first.
func (s *Store) PrivacyRequests(ctx context.Context, f PrivacyRequestFilter) (list []domain.PrivacyRequest, more bool, err error) {
	defer domain.Wrap(&err, "store.PrivacyRequests")
	defer func() { noteReads(ctx, domain.SubjectCandidate, list, requestCandidate) }() // F4
	tid, err := tenant(ctx)
	if err != nil {
		return nil, false, err
	}
	if f.Limit <= 0 || f.Limit > 500 {
		f.Limit = 100
	}
	where := "r.tenant_id = $1"
	args := []any{tid}
	arg := func(v any) string {
		args = append(args, v)
		return "$" + itoa(len(args))
	}
	if f.CandidateID != 0 {
		where += " AND r.candidate_id = " + arg(f.CandidateID)
	}
	if f.Open {
		where += " AND r.status IN (" + arg(domain.PrivacyReceived) + ", " + arg(domain.PrivacyInProgress) + ")"
	}
	if !f.DueBefore.IsZero() {
		where += " AND r.due_at < " + arg(f.DueBefore)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+privacyRequestColumns+privacyRequestFrom+` WHERE `+where+
		` ORDER BY r.due_at, r.id LIMIT `+arg(f.Limit+1)+` OFFSET `+arg(f.Offset), args...)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var out []domain.PrivacyRequest
	for rows.Next() {
		r, err := scanPrivacyRequest(rows)
		if err != nil {
			return nil, false, err
		}
		out = append(out, r)
	}
	if len(out) > f.Limit {
		return out[:f.Limit], true, rows.Err()
	}
	return out, false, rows.Err()
}

// SetPrivacyRequestStatus moves a request to status, records who handles it,
// sets handled_at when it is done or refused, and logs the change.
func (s *Store) SetPrivacyRequestStatus(ctx context.Context, id domain.ID, status domain.PrivacyRequestStatus, ownerID domain.ID, comment string, actor Actor) (err error) {
	defer domain.Wrap(&err, "store.SetPrivacyRequestStatus(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if !domain.ValidPrivacyStatus(status) {
		return &domain.ValidationError{Fields: domain.FieldErrors{"status": "validation.choice"}}
	}
	return s.InTx(ctx, func(tx *Store) error {
		r, err := tx.PrivacyRequest(ctx, id)
		if err != nil {
			return err
		}
		if ownerID == 0 {
			ownerID = r.OwnerID
		}
		var handled *time.Time
		if status == domain.PrivacyDone || status == domain.PrivacyRefused {
			now := tx.now()
			handled = &now
		}
		if err := expectOne(tx.w.ExecContext(ctx, `UPDATE privacy_requests SET status = $1, handled_at = $2, owner_id = $3
			WHERE tenant_id = $4 AND id = $5`, status, handled, nullID(ownerID), tid, id)); err != nil {
			return err
		}
		if r.Status == status && ownerID == r.OwnerID && comment == "" {
			return nil
		}
		return tx.AddPrivacyRequestEvent(ctx, domain.PrivacyRequestEvent{RequestID: id, Action: "status",
			FromStatus: r.Status, ToStatus: status, Detail: comment}, actor)
	})
}

// ExtendPrivacyRequest sets the one extension of a request (F2); the rule is
// domain.CheckPrivacyExtension, checked again here inside the transaction so
// that two recruiters cannot both extend.
func (s *Store) ExtendPrivacyRequest(ctx context.Context, id domain.ID, newDue time.Time, reason string, actor Actor) (_ domain.PrivacyRequest, err error) {
	defer domain.Wrap(&err, "store.ExtendPrivacyRequest(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.PrivacyRequest{}, err
	}
	var r domain.PrivacyRequest
	err = s.InTx(ctx, func(tx *Store) error {
		if r, err = tx.PrivacyRequest(ctx, id); err != nil {
			return err
		}
		if err := domain.CheckPrivacyExtension(r, newDue, reason); err != nil {
			return err
		}
		now := tx.now()
		if err := expectOne(tx.w.ExecContext(ctx, `UPDATE privacy_requests SET due_at = $1, extended_at = $2, extension_reason = $3
			WHERE tenant_id = $4 AND id = $5 AND extended_at IS NULL`, newDue, now, reason, tid, id)); err != nil {
			return err
		}
		old := r.DueAt
		r.DueAt, r.ExtendedAt, r.ExtensionReason = newDue, &now, reason
		return tx.AddPrivacyRequestEvent(ctx, domain.PrivacyRequestEvent{RequestID: id, Action: "extended",
			FromStatus: r.Status, ToStatus: r.Status, Detail: old.Format(time.DateOnly) + " → " + newDue.Format(time.DateOnly) + ": " + reason}, actor)
	})
	return r, err
}

// AddPrivacyRequestEvent appends a line to a request's history.
func (s *Store) AddPrivacyRequestEvent(ctx context.Context, e domain.PrivacyRequestEvent, actor Actor) (err error) {
	defer domain.Wrap(&err, "store.AddPrivacyRequestEvent(%d)", e.RequestID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	_, err = s.w.ExecContext(ctx, `INSERT INTO privacy_request_events (tenant_id, request_id, actor_kind, actor_id, actor_name,
		action, from_status, to_status, detail, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		tid, e.RequestID, actor.Kind, actor.ID, actor.Name, e.Action, e.FromStatus, e.ToStatus, e.Detail, s.now())
	return translate(err)
}

// PrivacyRequestEvents lists a request's history, oldest first.
func (s *Store) PrivacyRequestEvents(ctx context.Context, requestID domain.ID) (_ []domain.PrivacyRequestEvent, err error) {
	defer domain.Wrap(&err, "store.PrivacyRequestEvents(%d)", requestID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, tenant_id, request_id, actor_kind, actor_id, actor_name, action, from_status,
		to_status, detail, at FROM privacy_request_events WHERE tenant_id = $1 AND request_id = $2 ORDER BY at, id`, tid, requestID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.PrivacyRequestEvent
	for rows.Next() {
		var e domain.PrivacyRequestEvent
		if err := rows.Scan(&e.ID, &e.TenantID, &e.RequestID, &e.ActorKind, &e.ActorID, &e.ActorName, &e.Action,
			&e.FromStatus, &e.ToStatus, &e.Detail, &e.At); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
