/**
 * The kitchen log, at the bottom of the core: every change a screen must see is appended to it,
 * numbered in commit order, inside the transaction that made the change; screens replay it after
 * any disconnection. It knows no component: each one that records events declares their types
 * ({@code KitchenEventTypes}), and the log only stores, numbers and rebuilds them.
 */
package com.angelskitchen.kitchenlog;
