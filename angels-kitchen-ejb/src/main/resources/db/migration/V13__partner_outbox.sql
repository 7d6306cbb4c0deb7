-- Issue 22: calls to partners (accept, deny, ready, cancel, store status) are rows first, messages
-- second. The row commits with the decision that made the call; its message is only the fast way
-- to a consumer. A call whose message waits on the broker of a server that died is adopted by a
-- survivor (queued_by names the server that queued it last); a call made is marked done_at, so a
-- second message for it changes nothing.
CREATE TABLE partner_outbox (
  id         bigserial    PRIMARY KEY,
  partner    varchar(32)  NOT NULL,
  action     varchar(32)  NOT NULL,
  call       text         NOT NULL,
  due_at     timestamptz  NOT NULL,
  queued_at  timestamptz  NOT NULL,
  queued_by  varchar(80)  NOT NULL,
  created_at timestamptz  NOT NULL,
  done_at    timestamptz
);
CREATE INDEX partner_outbox_pending ON partner_outbox (due_at) WHERE done_at IS NULL;
