/**
 * Station logic that boundaries call inside their transaction: which stations make an item (routing
 * rules, the default station), and the pass that opens, fires and cancels an order's tickets.
 */
package com.angelskitchen.stations.control;
