-- The money side of the POS (issue 25), third part: refunds. A refund gives money back against the
-- payment it came from (one row per payment it touches, the newest payments first), for the whole
-- order or some of its lines, with a reason and the manager who approved it. It counts on the
-- business day it is made, whatever day the order was paid. kitchen_order.refunded is the sum.
ALTER TABLE kitchen_order ADD COLUMN refunded numeric(12, 2) NOT NULL DEFAULT 0;
ALTER TABLE kitchen_order ADD CONSTRAINT kitchen_order_refunded_within
    CHECK (refunded >= 0 AND refunded <= paid);

CREATE SEQUENCE order_refund_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE order_refund (
    id          bigint         PRIMARY KEY,
    order_id    bigint         NOT NULL REFERENCES kitchen_order (id),
    payment_id  bigint         NOT NULL REFERENCES order_payment (id),
    method      varchar(8)     NOT NULL CHECK (method IN ('CASH', 'CARD')),
    amount      numeric(12, 2) NOT NULL CHECK (amount > 0),
    reason      varchar(200)   NOT NULL,
    line_ids    varchar(400),
    refunded_by varchar(40)    NOT NULL,
    approved_by varchar(40)    NOT NULL,
    refunded_at timestamptz    NOT NULL
);
CREATE INDEX order_refund_by_order ON order_refund (order_id);
CREATE INDEX order_refund_by_time ON order_refund (refunded_at);
