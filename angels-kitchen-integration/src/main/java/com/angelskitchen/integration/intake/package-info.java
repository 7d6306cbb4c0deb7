/**
 * The order intake that decouples partner webhooks from the kitchen: a webhook puts the partner's
 * payload on a persistent JMS queue and answers at once; {@link
 * com.angelskitchen.integration.intake.OrderIntakeConsumer} translates it with that partner's
 * {@link com.angelskitchen.integration.intake.PartnerOrderTranslator} and places the order. A
 * message that keeps failing goes to the broker's dead message queue, never silently away.
 */
package com.angelskitchen.integration.intake;
