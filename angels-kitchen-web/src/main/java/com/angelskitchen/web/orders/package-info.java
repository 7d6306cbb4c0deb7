/**
 * Orders over HTTP: the orders API ({@code /api/orders}: place, with an idempotency key; cancel,
 * complete; read with lines, money and tickets) and the backing bean of the pages under {@code
 * /orders} (today's orders for the floor and the office). Payments are taken on the POS page only.
 */
package com.angelskitchen.web.orders;
