-- How an order was paid at the counter (issue 5): cash with the change given back, or a card on the
-- external terminal. Delivery-partner orders are paid to the partner and stay without a payment.
ALTER TABLE kitchen_order
    ADD COLUMN paid_by         varchar(8),
    ADD COLUMN amount_tendered numeric(12, 2),
    ADD COLUMN change_due      numeric(12, 2),
    ADD COLUMN paid_at         timestamptz,
    ADD CONSTRAINT kitchen_order_payment_complete CHECK (
        (paid_at IS NULL AND paid_by IS NULL AND amount_tendered IS NULL AND change_due IS NULL)
        OR (paid_at IS NOT NULL AND paid_by IN ('CASH', 'CARD')
            AND amount_tendered >= total AND change_due = amount_tendered - total));
