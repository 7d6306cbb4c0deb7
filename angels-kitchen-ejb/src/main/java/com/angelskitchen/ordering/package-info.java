/**
 * Taking orders: an order from any source (the POS, a delivery partner) is validated, numbered for
 * the day and stored, and the kitchen learns of it through an {@code OrderPlaced} event.
 */
package com.angelskitchen.ordering;
