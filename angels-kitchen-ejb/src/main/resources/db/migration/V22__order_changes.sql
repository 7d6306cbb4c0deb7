-- Orders change after they were sent: lines added later (an add-on round, with its own
-- tickets: "ADD-ON" at the stations), lines voided (struck through, kept for the record),
-- and the header (name, note, pickup time) edited.

ALTER TABLE order_line ADD COLUMN add_on smallint NOT NULL DEFAULT 0 CHECK (add_on >= 0);
ALTER TABLE order_line ADD COLUMN voided_at timestamptz;
ALTER TABLE order_line ADD COLUMN void_reason varchar(200);
ALTER TABLE order_line ADD CONSTRAINT order_line_void_has_reason
    CHECK ((voided_at IS NULL) = (void_reason IS NULL));

ALTER TABLE kitchen_ticket ADD COLUMN add_on smallint NOT NULL DEFAULT 0 CHECK (add_on >= 0);

-- One ticket per station for the order as sent, and one more per add-on round.
ALTER TABLE kitchen_ticket DROP CONSTRAINT kitchen_ticket_order_id_station_code_key;
ALTER TABLE kitchen_ticket ADD CONSTRAINT kitchen_ticket_one_per_station_and_round
    UNIQUE (order_id, station_code, add_on);
