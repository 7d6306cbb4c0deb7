/**
 * Calls to partners: {@link com.angelskitchen.partners.outbound.PartnerCallConsumer} takes each
 * queued call, makes it through the partner's package, records the attempt and its answer, and
 * sends a failed call again later with exponential backoff; a call that keeps failing is given up
 * in the outbox, a dead letter for a manager to replay.
 */
package com.angelskitchen.partners.outbound;
