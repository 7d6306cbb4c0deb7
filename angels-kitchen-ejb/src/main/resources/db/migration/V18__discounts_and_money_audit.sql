-- The money side of the POS (issue 25), first part: discounts and comps, and the audit log of
-- every money action.

-- Why a discount is given: a list the managers keep (staff meal, promotion, complaint...). A
-- reason is retired, never deleted: old discounts keep naming it.
CREATE TABLE discount_reason (
    code       varchar(40) PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9-]*$'),
    name       varchar(80) NOT NULL,
    active     boolean     NOT NULL DEFAULT true,
    sort_order integer     NOT NULL DEFAULT 0
);

-- A discount given on an order (line_id NULL) or on one of its lines: a percentage or an amount,
-- and the amount it came to, in cents, at the moment it was given. kitchen_order.discount is the
-- sum of an order's discounts.
CREATE SEQUENCE order_discount_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE order_discount (
    id          bigint        PRIMARY KEY,
    order_id    bigint        NOT NULL REFERENCES kitchen_order (id),
    line_id     bigint        REFERENCES order_line (id),
    kind        varchar(8)    NOT NULL CHECK (kind IN ('PERCENT', 'AMOUNT')),
    value       numeric(12, 2) NOT NULL CHECK (value > 0),
    amount      numeric(12, 2) NOT NULL CHECK (amount >= 0),
    reason_code varchar(40)   NOT NULL REFERENCES discount_reason (code),
    given_by    varchar(40)   NOT NULL,
    approved_by varchar(40),
    given_at    timestamptz   NOT NULL,
    CHECK (kind <> 'PERCENT' OR value <= 100)
);
CREATE INDEX order_discount_by_order ON order_discount (order_id);

-- Every money action, as it happened: who did it, when, on which order, for how much, and which
-- manager approved it. Written in the action's own transaction; never updated or deleted.
CREATE SEQUENCE money_audit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE money_audit (
    id          bigint        PRIMARY KEY,
    at          timestamptz   NOT NULL,
    action      varchar(24)   NOT NULL,
    order_id    bigint,
    amount      numeric(12, 2),
    actor       varchar(40)   NOT NULL,
    approved_by varchar(40),
    detail      varchar(500)
);
CREATE INDEX money_audit_by_time ON money_audit (at DESC);
CREATE INDEX money_audit_by_order ON money_audit (order_id);
