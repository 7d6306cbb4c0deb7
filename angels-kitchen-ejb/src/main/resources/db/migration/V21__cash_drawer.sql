-- The money side of the POS (issue 25), fourth part: cash drawer sessions. A cashier opens a
-- session on a drawer with a float; the cash they take (payments, less the change) and give back
-- (cash refunds) goes into it, as do paid-ins and paid-outs with their reasons; it is closed with
-- the counted amount, and expected against counted is kept. One open session per drawer, and per
-- cashier.
CREATE SEQUENCE drawer_session_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE drawer_session (
    id            bigint         PRIMARY KEY,
    drawer        varchar(40)    NOT NULL CHECK (drawer ~ '^[a-z0-9][a-z0-9-]*$'),
    opened_by     varchar(40)    NOT NULL,
    opened_at     timestamptz    NOT NULL,
    opening_float numeric(12, 2) NOT NULL CHECK (opening_float >= 0),
    blind         boolean        NOT NULL,
    closed_by     varchar(40),
    closed_at     timestamptz,
    expected      numeric(12, 2),
    counted       numeric(12, 2) CHECK (counted >= 0),
    version       bigint         NOT NULL DEFAULT 0,
    CHECK ((closed_at IS NULL) = (counted IS NULL) AND (closed_at IS NULL) = (expected IS NULL))
);
CREATE UNIQUE INDEX drawer_session_one_open_per_drawer ON drawer_session (drawer) WHERE closed_at IS NULL;
CREATE UNIQUE INDEX drawer_session_one_open_per_cashier ON drawer_session (opened_by) WHERE closed_at IS NULL;

CREATE SEQUENCE drawer_movement_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE drawer_movement (
    id         bigint         PRIMARY KEY,
    session_id bigint         NOT NULL REFERENCES drawer_session (id),
    kind       varchar(8)     NOT NULL CHECK (kind IN ('PAID_IN', 'PAID_OUT')),
    amount     numeric(12, 2) NOT NULL CHECK (amount > 0),
    reason     varchar(200)   NOT NULL,
    moved_by   varchar(40)    NOT NULL,
    moved_at   timestamptz    NOT NULL
);
CREATE INDEX drawer_movement_by_session ON drawer_movement (session_id);

ALTER TABLE order_payment ADD COLUMN drawer_session_id bigint REFERENCES drawer_session (id);
ALTER TABLE order_refund ADD COLUMN drawer_session_id bigint REFERENCES drawer_session (id);
CREATE INDEX order_payment_by_drawer ON order_payment (drawer_session_id);
CREATE INDEX order_refund_by_drawer ON order_refund (drawer_session_id);
