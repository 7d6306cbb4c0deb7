-- Issue 22: a call that failed for good is a dead letter kept in the database, visible and
-- replayable from every server of a cluster (the broker's dead message queue is per server).
ALTER TABLE partner_outbox ADD COLUMN gave_up_at timestamptz;
CREATE INDEX partner_outbox_dead ON partner_outbox (gave_up_at) WHERE gave_up_at IS NOT NULL;
-- Intake events that used up their deliveries are the other dead letters.
CREATE INDEX partner_event_dead ON partner_event (received_at) WHERE status = 'RECEIVED' AND failures > 0;
