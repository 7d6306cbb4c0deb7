/**
 * Taking orders: an order from any source (the POS, the API, a partner) is validated, numbered for
 * the day and stored, and the kitchen learns of it through an {@code OrderPlaced} event. The
 * stations sit above ordering: the order desk hands an order to them through the {@code
 * KitchenPass} port, which the stations implement.
 */
package com.angelskitchen.ordering;
