/**
 * Facts about orders, kept in the kitchen log and fired in the transaction that records them;
 * screens observe them after commit. {@code TicketView}, a station's ticket as events carry it,
 * lives here so that ordering can speak of tickets without knowing the stations.
 */
package com.angelskitchen.ordering.events;
