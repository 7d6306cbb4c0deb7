-- Issue 22: what every server of a cluster must see the same.

-- The sign-in throttle's strikes (they were kept in each server's memory).
CREATE TABLE sign_in_strike (
  key          varchar(200) PRIMARY KEY,
  failures     integer      NOT NULL,
  last_at      timestamptz  NOT NULL,
  paused_until timestamptz  NOT NULL
);

-- When a member's access last changed (disabled, new password, other role): a server that starts
-- learns which sessions, replicated to it from another server, were signed in before the change.
ALTER TABLE staff_member ADD COLUMN access_changed_at timestamptz;

-- The server that queued an acknowledged partner event's message (ThisServer.ID): when that
-- server is gone, a survivor queues the event again at once.
ALTER TABLE partner_event ADD COLUMN queued_by varchar(80);
