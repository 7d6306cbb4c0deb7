/**
 * What every kitchen event shares. Events are immutable records of plain values and ids, fired
 * after the log entry that carries them is committed; never entities, which would drag the
 * persistence context into observers.
 */
package com.angelskitchen.kitchenlog.events;
