/**
 * What managers read back: sales (orders, revenue, average ticket by hour, day, source and
 * fulfillment; top items and extras; cancellations and voids with their reasons), speed of service
 * (ticket times per station, late share, slowest items, order time to READY) and the kitchen's load
 * right now. Read-only, set-based SQL over the orders and tickets the kitchen already keeps, with
 * the indexes it needs for a year of history (V8).
 */
package com.angelskitchen.reporting;
