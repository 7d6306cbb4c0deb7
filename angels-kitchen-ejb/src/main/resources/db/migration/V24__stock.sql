-- Stock kept per item, when a manager counts it: taken when an order is placed, given back when
-- it is cancelled or a line is voided; at zero the item is 86'd by itself (out_of_stock tells
-- that 86 from a manager's, so a restock brings back only the former).

ALTER TABLE menu_item ADD COLUMN stock integer CHECK (stock >= 0);
ALTER TABLE menu_item ADD COLUMN low_stock_at integer CHECK (low_stock_at >= 0);
ALTER TABLE menu_item ADD COLUMN out_of_stock boolean NOT NULL DEFAULT false;
