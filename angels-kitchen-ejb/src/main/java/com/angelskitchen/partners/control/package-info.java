/**
 * The partner-neutral machinery behind the partner boundaries: matching partner items to the menu,
 * intake recovery (events and calls whose message was lost are queued again), the deadline for
 * orders a manager accepts by hand, and the ready and cancel signals that follow a kitchen's last
 * bump or a void, queued in that transaction.
 */
package com.angelskitchen.partners.control;
