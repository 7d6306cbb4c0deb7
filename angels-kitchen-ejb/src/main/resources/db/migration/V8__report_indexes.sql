-- The manager's dashboard reads ticket times by fire time, without joining the orders: bumped
-- tickets in fire-time order, with what the ticket-time figures need (index-only scans).
CREATE INDEX IF NOT EXISTS kitchen_ticket_bumped_by_fire_time
    ON kitchen_ticket (fired_at) INCLUDE (station_code, bumped_at)
    WHERE status = 'BUMPED';
