-- What the kitchen screens ask for when they (re)connect: the orders still in the kitchen, and the
-- tickets each station bumped recently (which it may recall). Partial indexes keep both fast
-- however many finished orders the database holds.
CREATE INDEX kitchen_order_active ON kitchen_order (status, placed_at)
    WHERE status IN ('HELD', 'IN_KITCHEN', 'READY');
CREATE INDEX kitchen_ticket_recently_bumped ON kitchen_ticket (station_code, bumped_at)
    WHERE status = 'BUMPED';
-- (Tickets by order, lines by order and ticket lines by ticket are served by the unique
-- constraints that start with those columns.)
