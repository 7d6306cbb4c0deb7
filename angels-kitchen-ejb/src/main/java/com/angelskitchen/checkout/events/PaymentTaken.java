package com.angelskitchen.checkout.events;

/**
 * A payment was taken, fired synchronously inside the payment's transaction: an observer's work (a
 * drawer to open, a receipt to print) commits with the payment or not at all.
 *
 * @param method the TenderMethod's name: CASH or CARD
 * @param orderPaid true when this payment settled the order
 */
public record PaymentTaken(long orderId, long paymentId, String method, boolean orderPaid) {}
