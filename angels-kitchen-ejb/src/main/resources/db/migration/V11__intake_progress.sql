-- Intake recovery reads how far the consumers have got from the latest handled events (issue 21).
CREATE INDEX partner_event_handled ON partner_event (handled_at DESC) WHERE handled_at IS NOT NULL;
