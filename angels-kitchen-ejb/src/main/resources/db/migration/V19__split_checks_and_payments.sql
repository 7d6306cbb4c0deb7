-- The money side of the POS (issue 25), second part: an order is paid in one or more payments,
-- cash or card, each with its tip; a check can be split into parts (evenly, or by item), each paid
-- on its own. kitchen_order keeps the summary: paid (the sum of the payments' amounts), and once it
-- reaches the total, paid_at; paid_by (CASH, CARD, or MIXED for more than one method);
-- amount_tendered and change_due become the sums over its payments.
ALTER TABLE kitchen_order DROP CONSTRAINT kitchen_order_payment_complete;
ALTER TABLE kitchen_order ADD COLUMN paid numeric(12, 2) NOT NULL DEFAULT 0;
UPDATE kitchen_order SET paid = total WHERE paid_at IS NOT NULL;
ALTER TABLE kitchen_order ADD CONSTRAINT kitchen_order_paid_within CHECK (paid >= 0 AND paid <= total);
-- paid_by: the method of the payments so far (MIXED for both), NULL before the first.
ALTER TABLE kitchen_order ADD CONSTRAINT kitchen_order_paid_when_covered CHECK (
    (paid_at IS NULL OR paid = total)
    AND (paid_by IS NULL) = (amount_tendered IS NULL)
    AND (paid_by IS NULL OR paid_by IN ('CASH', 'CARD', 'MIXED')));

-- One payment: the amount it paid off the order (or off one part of a split check), the tip on
-- top, what was handed over (cash; a card's charge is amount + tip) and the change given back.
CREATE SEQUENCE order_payment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE order_payment (
    id           bigint         PRIMARY KEY,
    order_id     bigint         NOT NULL REFERENCES kitchen_order (id),
    part_no      smallint,
    method       varchar(8)     NOT NULL CHECK (method IN ('CASH', 'CARD')),
    amount       numeric(12, 2) NOT NULL CHECK (amount >= 0),
    tip          numeric(12, 2) NOT NULL DEFAULT 0 CHECK (tip >= 0),
    tendered     numeric(12, 2) NOT NULL,
    change_given numeric(12, 2) NOT NULL CHECK (change_given >= 0),
    taken_by     varchar(40)    NOT NULL,
    taken_at     timestamptz    NOT NULL,
    CHECK (tendered = amount + tip + change_given)
);
CREATE INDEX order_payment_by_order ON order_payment (order_id);
CREATE INDEX order_payment_by_time ON order_payment (taken_at);

-- The payments taken before this, one per paid order, by nobody known.
INSERT INTO order_payment (id, order_id, method, amount, tip, tendered, change_given, taken_by,
                           taken_at)
SELECT nextval('order_payment_seq'), id, paid_by, total, 0, amount_tendered, change_due, '-', paid_at
FROM kitchen_order WHERE paid_at IS NOT NULL;

-- A split check: its parts, each with the amount it pays (they add up to the order's total) and,
-- split by item, the order lines it holds (their ids, comma-separated; NULL for an even split).
CREATE TABLE check_part (
    order_id bigint         NOT NULL REFERENCES kitchen_order (id),
    part_no  smallint       NOT NULL CHECK (part_no BETWEEN 1 AND 20),
    amount   numeric(12, 2) NOT NULL CHECK (amount >= 0),
    line_ids varchar(400),
    PRIMARY KEY (order_id, part_no)
);
