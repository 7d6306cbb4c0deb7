/**
 * What managers read back: sales (orders, revenue, average ticket by hour, day, source and
 * fulfillment; top items and extras; cancellations and voids with their reasons), speed of service
 * (ticket times per station, late share, slowest items, order time to READY) and the kitchen's load
 * right now. Read-only, set-based SQL over the orders and tickets the kitchen already keeps, with
 * the indexes it needs for a year of history (V8). And the end of day: the X report of the money
 * since the last close, and the Z close that freezes it once per business day (V23); it sits above
 * checkout, whose audit log it writes to.
 */
package com.angelskitchen.reporting;
