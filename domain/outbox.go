package domain

// OutboxSending marks a mail a delivery worker has claimed and is sending;
// its next attempt time is the end of the claim's lease (G2).
const OutboxSending OutboxStatus = "sending"

// OutboxCancelled marks a mail that will never be sent: its candidate was
// erased before it went out (F2).
const OutboxCancelled OutboxStatus = "cancelled"
