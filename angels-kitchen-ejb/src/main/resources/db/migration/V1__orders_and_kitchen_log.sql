-- Orders as taken, numbered per business day, and the kitchen log that screens replay from.

-- EclipseLink takes nextval as the last id of a block of 50, so the first value must be 50.
CREATE SEQUENCE kitchen_order_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE order_line_seq START WITH 50 INCREMENT BY 50;

-- One row per business day; incremented inside the order's transaction (no gaps, no duplicates).
CREATE TABLE order_number_counter (
    business_day date    PRIMARY KEY,
    last_number  integer NOT NULL CHECK (last_number > 0)
);

CREATE TABLE kitchen_order (
    id            bigint       PRIMARY KEY,
    business_day  date         NOT NULL,
    order_number  integer      NOT NULL CHECK (order_number > 0),
    source        varchar(32)  NOT NULL,
    status        varchar(16)  NOT NULL,
    customer_name varchar(80),
    placed_at     timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    CONSTRAINT kitchen_order_number_unique UNIQUE (business_day, order_number)
);
CREATE INDEX kitchen_order_placed_at ON kitchen_order (placed_at DESC, id DESC);

CREATE TABLE order_line (
    id          bigint      PRIMARY KEY,
    order_id    bigint      NOT NULL REFERENCES kitchen_order (id),
    line_number integer     NOT NULL CHECK (line_number > 0),
    item        varchar(80) NOT NULL,
    quantity    integer     NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    station     varchar(32) NOT NULL,
    CONSTRAINT order_line_number_unique UNIQUE (order_id, line_number)
);

-- The kitchen log's sequence comes from this single row, updated and held locked by the writing
-- transaction until it commits, so that sequence order is commit order (see KitchenLog).
CREATE TABLE kitchen_log_counter (
    id            smallint PRIMARY KEY CHECK (id = 1),
    last_sequence bigint   NOT NULL
);
INSERT INTO kitchen_log_counter (id, last_sequence) VALUES (1, 0);

CREATE TABLE kitchen_log (
    sequence    bigint      PRIMARY KEY,
    recorded_at timestamptz NOT NULL,
    event_type  varchar(40) NOT NULL,
    order_id    bigint      REFERENCES kitchen_order (id),
    payload     text        NOT NULL
);
CREATE INDEX kitchen_log_order ON kitchen_log (order_id);
