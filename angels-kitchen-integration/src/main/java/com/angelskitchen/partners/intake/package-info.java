/**
 * The shared intake: one servlet takes every partner's webhooks (verify, record once, queue,
 * answer), and {@link com.angelskitchen.partners.intake.PartnerEventConsumer} turns each queued
 * event into what it asks of the kitchen. A message that keeps failing goes to the broker's dead
 * message queue, where a manager sees it with its error and can replay it.
 */
package com.angelskitchen.partners.intake;
