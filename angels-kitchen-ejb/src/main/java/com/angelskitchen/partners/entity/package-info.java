/**
 * What the restaurant keeps about its partners: their events (the inbox), the link from a partner
 * order to a kitchen order, item mappings, every outbound call, manager alerts and whether the
 * store is paused.
 */
package com.angelskitchen.partners.entity;
