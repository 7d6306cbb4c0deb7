-- Order numbers come from one sequence for all days: a day's numbers are the sequence values above
-- that day's base, recorded the first time the day is numbered. nextval never waits for another
-- transaction and needs no transaction of its own, so numbering an order costs one round trip
-- inside the order's transaction instead of a separate transaction on a locked counter row.
CREATE SEQUENCE order_number_seq;

CREATE TABLE order_number_day (
    business_day date   PRIMARY KEY,
    base         bigint NOT NULL
);

-- Days numbered by the old counter continue where they stopped (the sequence starts at 1).
INSERT INTO order_number_day (business_day, base)
SELECT business_day, -last_number FROM order_number_counter;

DROP TABLE order_number_counter;
