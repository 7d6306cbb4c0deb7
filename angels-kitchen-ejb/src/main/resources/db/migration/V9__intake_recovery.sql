-- Partner intake that survives any crash (issue 21).
--
-- A webhook is acknowledged once its inbox row is committed; its queue message is sent after that
-- commit. When the server dies in between, or the broker loses an in-doubt message, the row stays
-- RECEIVED: the intake's recovery finds such rows (at start-up, periodically, and when the partner
-- redelivers the webhook) and queues them again. queued_at is when a message was last queued for
-- the row, requeues how often recovery did it; recovery never queues a row again sooner than its
-- grace period after the last message.
ALTER TABLE partner_event ADD COLUMN queued_at timestamptz;
ALTER TABLE partner_event ADD COLUMN requeues integer NOT NULL DEFAULT 0;
CREATE INDEX partner_event_unprocessed ON partner_event (received_at, id) WHERE status = 'RECEIVED';

-- Webhooks are not ordered: a partner's cancellation may arrive before the order it cancels. It is
-- kept here, and the order, when it arrives, is recorded cancelled and never reaches the kitchen.
CREATE TABLE partner_cancellation (
    partner          varchar(32)   NOT NULL,
    partner_order_id varchar(128)  NOT NULL,
    event_id         bigint        NOT NULL REFERENCES partner_event (id),
    reason           varchar(200),
    received_at      timestamptz   NOT NULL,
    PRIMARY KEY (partner, partner_order_id)
);
