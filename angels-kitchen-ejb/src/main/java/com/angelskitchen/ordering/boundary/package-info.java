/**
 * The order desk: the one entry point through which the POS, the API and the partners place orders.
 * One call, one transaction; a refused order writes nothing. A caller that may send one order twice
 * (a double tap, a retry after a timeout) names it with an {@link
 * com.angelskitchen.ordering.boundary.IdempotencyKey} and gets the first answer again.
 */
package com.angelskitchen.ordering.boundary;
