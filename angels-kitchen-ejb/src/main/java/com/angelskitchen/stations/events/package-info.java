/**
 * What the stations tell the screens: a line or a ticket bumped, a ticket recalled or moved to
 * another station. Like every kitchen event, immutable records of plain values and ids, never
 * entities.
 */
package com.angelskitchen.stations.events;
