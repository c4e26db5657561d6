package domain

import "time"

// OutboxSending marks a mail a delivery worker has claimed and is sending;
// its next attempt time is the end of the claim's lease (G2).
const OutboxSending OutboxStatus = "sending"

// OutboxCancelled marks a mail that will never be sent: its candidate was
// erased before it went out (F2).
const OutboxCancelled OutboxStatus = "cancelled"

// ClaimStale reports whether a row of an outbox (mail or webhook) is
// claimed by a worker whose lease ran out at now: the worker stopped, or
// died, without finishing it, and the next round of any worker takes it
// (G1, G2). The back office shows such a claim as stale, not as sending.
func ClaimStale(status OutboxStatus, leaseEnd, now time.Time) bool {
	return status == OutboxSending && leaseEnd.Before(now)
}

// Stale reports whether the mail's claim ran out at now (ClaimStale).
func (m Mail) Stale(now time.Time) bool { return ClaimStale(m.Status, m.NextAttemptAt, now) }

// Stale reports whether the delivery's claim ran out at now (ClaimStale).
func (d WebhookDelivery) Stale(now time.Time) bool { return ClaimStale(d.Status, d.NextAttemptAt, now) }
