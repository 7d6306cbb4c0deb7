-- POS and API orders are idempotent (issue 21, "no order lost, none cooked by mistake").
--
-- A client that sends POST /api/orders with an Idempotency-Key, and the POS for every cart, claims
-- the key here first, in the transaction that places the order: a second request with the same key
-- waits on the primary key until the first commits, then finds this row and answers with the first
-- order (read back from its OrderPlaced entry in the kitchen log, so the answer is the same bytes).
-- If the first rolled back, its row is gone and the second places the order itself.
--
-- Keys are global (a UUID from a till or a client does not collide); the row records who used it,
-- and the same key from someone else, or for a different order, is refused. request_hash is the
-- SHA-256 (hex) of the order as the server understood it, not of the raw body, so whitespace or
-- field order in the JSON do not matter. Rows are kept at least 24 hours, then deleted.
CREATE TABLE order_idempotency (
    idempotency_key varchar(128) PRIMARY KEY,
    staff           varchar(40)  NOT NULL,
    request_hash    char(64)     NOT NULL,
    order_id        bigint       REFERENCES kitchen_order (id),
    created_at      timestamptz  NOT NULL
);
CREATE INDEX order_idempotency_created ON order_idempotency (created_at);
