/**
 * Orders over HTTP: the orders API ({@code /api/orders}: place, with an idempotency key; cancel,
 * complete; read with lines, money and tickets) and the backing bean of the pages under {@code
 * /orders} (the latest orders, newest first, for the floor and the office). Payments are taken on
 * the POS page only.
 */
package com.angelskitchen.web.orders;
