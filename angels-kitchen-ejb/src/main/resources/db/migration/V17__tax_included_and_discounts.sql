-- Prices with VAT included (issue 25). Each order keeps the rule it was priced by: tax_included
-- true means its lines' prices contain the tax (the receipt's "IVA contenido": tax = total × rate /
-- (1 + rate)), false that the tax was added on top (tax = (subtotal − discount) × rate). Orders
-- placed before this were priced with the tax on top.
-- discount: what was taken off the lines (discounts and comps), never more than the subtotal.
ALTER TABLE kitchen_order ADD COLUMN tax_included boolean NOT NULL DEFAULT false;
ALTER TABLE kitchen_order ADD COLUMN discount numeric(12, 2) NOT NULL DEFAULT 0;
ALTER TABLE kitchen_order ADD CONSTRAINT kitchen_order_discount_within
    CHECK (discount >= 0 AND discount <= subtotal);
ALTER TABLE kitchen_order ADD CONSTRAINT kitchen_order_totals_add_up
    CHECK ((tax_included AND total = subtotal - discount)
        OR (NOT tax_included AND total = subtotal - discount + tax));
