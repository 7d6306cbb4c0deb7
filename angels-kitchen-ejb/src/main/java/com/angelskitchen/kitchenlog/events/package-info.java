/**
 * What every kitchen event shares, and the registry ({@code KitchenEventTypes}) each component
 * fills with its own event types. Events are immutable records of plain values and ids, fired in
 * the transaction that logs them and observed by the screens after it committed; never entities,
 * which would drag the persistence context into observers.
 */
package com.angelskitchen.kitchenlog.events;
