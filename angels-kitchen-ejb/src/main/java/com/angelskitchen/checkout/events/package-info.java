/**
 * What happened at the till, for components above checkout that act on it in the same transaction
 * (printing opens the drawer and prints the receipt): plain values, never entities.
 */
package com.angelskitchen.checkout.events;
