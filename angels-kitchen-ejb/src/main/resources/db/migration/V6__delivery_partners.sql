-- Delivery partners (issue 6).
--
-- partner_event is the inbox: every webhook event is recorded once by (partner, event id) in the same
-- transaction that queues it, so a redelivered webhook changes nothing and an acknowledged one is
-- never lost. partner_order links a partner's order to the kitchen's (for its cancellation and the
-- ready signal). partner_call records every outbound attempt and the partner's answer.
ALTER TABLE order_line ADD COLUMN unmapped boolean NOT NULL DEFAULT false;

CREATE TABLE partner_event (
    id               bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner          varchar(32)   NOT NULL,
    event_id         varchar(128)  NOT NULL,
    event_type       varchar(64)   NOT NULL,
    partner_order_id varchar(128),
    payload          text          NOT NULL,
    received_at      timestamptz   NOT NULL,
    status           varchar(16)   NOT NULL
        CHECK (status IN ('RECEIVED', 'WAITING', 'PLACED', 'DENIED', 'CANCELLED', 'IGNORED')),
    order_id         bigint        REFERENCES kitchen_order (id),
    outcome          varchar(500),
    failures         integer       NOT NULL DEFAULT 0,
    last_error       varchar(2000),
    handled_at       timestamptz,
    -- An order waiting for a manager to accept it (the store accepts manually): the partner's
    -- order as the intake understood it, and its source.
    waiting_order    text,
    waiting_source   varchar(32),
    CONSTRAINT partner_event_once UNIQUE (partner, event_id)
);
CREATE INDEX partner_event_waiting ON partner_event (received_at) WHERE status = 'WAITING';
CREATE INDEX partner_event_recent ON partner_event (received_at DESC, id DESC);

CREATE TABLE partner_order (
    partner          varchar(32)   NOT NULL,
    partner_order_id varchar(128)  NOT NULL,
    order_id         bigint        NOT NULL UNIQUE REFERENCES kitchen_order (id),
    display_id       varchar(64),
    PRIMARY KEY (partner, partner_order_id)
);

CREATE TABLE partner_mapping (
    partner    varchar(32)  NOT NULL,
    kind       varchar(8)   NOT NULL CHECK (kind IN ('ITEM', 'REMOVE', 'ADD')),
    partner_id varchar(128) NOT NULL,
    code       varchar(32)  NOT NULL,
    PRIMARY KEY (partner, kind, partner_id)
);

CREATE TABLE partner_call (
    id               bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner          varchar(32)   NOT NULL,
    action           varchar(16)   NOT NULL,
    partner_order_id varchar(128),
    order_id         bigint,
    attempt          integer       NOT NULL CHECK (attempt > 0),
    attempted_at     timestamptz   NOT NULL,
    http_status      integer,
    succeeded        boolean       NOT NULL,
    answer           varchar(1000)
);
CREATE INDEX partner_call_recent ON partner_call (attempted_at DESC, id DESC);
CREATE INDEX partner_call_order ON partner_call (order_id);

CREATE TABLE partner_alert (
    id          bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner     varchar(32)   NOT NULL,
    order_id    bigint        REFERENCES kitchen_order (id),
    message     varchar(500)  NOT NULL,
    raised_at   timestamptz   NOT NULL,
    resolved_at timestamptz
);
CREATE INDEX partner_alert_open ON partner_alert (raised_at DESC) WHERE resolved_at IS NULL;

-- One row: whether the store takes partner orders now (paused → new partner orders are denied),
-- and whether a manager accepts each one (otherwise the kitchen accepts at once).
CREATE TABLE store_status (
    id              integer      PRIMARY KEY CHECK (id = 1),
    paused          boolean      NOT NULL,
    accept_manually boolean      NOT NULL DEFAULT false,
    reason     varchar(200),
    changed_at timestamptz  NOT NULL
);
INSERT INTO store_status (id, paused, changed_at) VALUES (1, false, now());
