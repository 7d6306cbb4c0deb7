/**
 * Entry points for partner orders, partner-neutral: {@link
 * com.angelskitchen.partners.boundary.PartnerInbox} records each webhook event once, {@link
 * com.angelskitchen.partners.boundary.PartnerIntake} turns a recorded event into a placed, denied
 * or cancelled order, {@link com.angelskitchen.partners.boundary.PartnerOutbox} queues what
 * partners must be told, and the manager's views and controls (store pause, mappings, dead letters)
 * sit beside them.
 */
package com.angelskitchen.partners.boundary;
