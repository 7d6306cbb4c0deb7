/**
 * The shared intake: one servlet takes every partner's webhooks (verify, record once, queue,
 * answer), and {@link com.angelskitchen.partners.intake.PartnerEventConsumer} turns each queued
 * event into what it asks of the kitchen. An event whose message keeps failing stays in the
 * database (RECEIVED, with its error): a dead letter a manager sees on the partners page and can
 * replay, from any server of a cluster.
 */
package com.angelskitchen.partners.intake;
