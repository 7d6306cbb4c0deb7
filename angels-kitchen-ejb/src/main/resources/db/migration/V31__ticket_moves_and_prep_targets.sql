-- Issue 27: the expo moves a ticket to another station (the fryer is down, the oven is free), and
-- each line of a ticket carries its item's prep time target.

-- A moved ticket stays its own ticket: an order may now have two tickets of one round at one
-- station (its own, and the one moved there), so the one-per-station rule goes. Its index also
-- served "the tickets of an order"; that keeps an index of its own.
ALTER TABLE kitchen_ticket DROP CONSTRAINT kitchen_ticket_one_per_station_and_round;
CREATE INDEX kitchen_ticket_of_order ON kitchen_ticket (order_id);

-- The item's prep time when the ticket was made: tickets are history, and a later change of the
-- menu must not rewrite what the cook was asked for. Null for a bundle (a dozen: its flavours carry
-- their own) and for a partner's item that is not on the menu.
ALTER TABLE ticket_line ADD COLUMN prep_minutes integer CHECK (prep_minutes BETWEEN 1 AND 240);

-- The tickets still in the kitchen get the menu's current targets; finished ones stay without.
UPDATE ticket_line tl SET prep_minutes = i.prep_minutes
  FROM order_line l JOIN menu_item i ON i.id = l.item_id
 WHERE l.id = tl.order_line_id
   AND NOT l.bundle
   AND tl.ticket_id IN (SELECT id FROM kitchen_ticket WHERE status IN ('OPEN', 'HELD'));
