package domain

// OutboxSending marks a mail a delivery worker has claimed and is sending;
// its next attempt time is the end of the claim's lease (G2).
const OutboxSending OutboxStatus = "sending"
