-- Stock kept per ingredient (masa discs, carne filling), when a manager counts it: each item
-- ordered takes its recipe's quantity of every counted ingredient the guest did not leave out, a
-- cancel or a voided line gives it back. At zero every item made with it is 86'd by itself
-- (menu_item.out_of_ingredient tells that 86 from a manager's and from the item's own stock), and a
-- restock brings those items back.

ALTER TABLE ingredient ADD COLUMN stock integer CHECK (stock >= 0);
ALTER TABLE ingredient ADD COLUMN low_stock_at integer CHECK (low_stock_at >= 0);

-- How many units of the ingredient one item uses (two masa discs for a double empanada).
ALTER TABLE menu_item_ingredient ADD COLUMN quantity integer NOT NULL DEFAULT 1 CHECK (quantity >= 1);

ALTER TABLE menu_item ADD COLUMN out_of_ingredient boolean NOT NULL DEFAULT false;

-- The items made with an ingredient, found when it runs out or is restocked.
CREATE INDEX menu_item_ingredient_by_ingredient ON menu_item_ingredient (ingredient_id);
