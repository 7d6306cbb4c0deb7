/**
 * Delivery partners, deployed under {@code /partners}. Each partner has its own package for its
 * webhook and payloads; what they share is the intake: verify, record, enqueue, answer, and a
 * message-driven bean that turns queued partner orders into kitchen orders.
 */
package com.angelskitchen.integration;
