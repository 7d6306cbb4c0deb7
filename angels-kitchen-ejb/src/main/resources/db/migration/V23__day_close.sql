-- End of day (issue 25): the X report (any time) and the Z report, which closes a business day
-- once. A report covers a window of time: from the previous Z close (exclusive) up to now or to the
-- close (inclusive), so whatever happens after a close — a late refund, a void — lands in the next
-- report by its own timestamp. A close keeps its report frozen, as JSON: a closed day never changes,
-- even if the rows under it later would.
CREATE TABLE day_close (
    business_day date         PRIMARY KEY,
    -- the window's start (exclusive): the previous close, or 1970-01-01 for the first close
    opened_from  timestamptz  NOT NULL,
    closed_at    timestamptz  NOT NULL,
    closed_by    varchar(40)  NOT NULL,
    report       text         NOT NULL,
    CHECK (closed_at > opened_from)
);
CREATE INDEX day_close_by_time ON day_close (closed_at DESC);

-- The report reads each money row by its own time.
CREATE INDEX kitchen_order_cancelled_at ON kitchen_order (cancelled_at) WHERE cancelled_at IS NOT NULL;
CREATE INDEX order_discount_by_time ON order_discount (given_at);
CREATE INDEX drawer_session_closed_at ON drawer_session (closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX drawer_movement_by_time ON drawer_movement (moved_at);
