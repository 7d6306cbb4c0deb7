/**
 * Orders from the partners (the delivery platforms DoorDash and Uber Eats, and the restaurant's
 * website), partner-neutral: the inbox that records each partner event once, the link from a
 * partner's order to the kitchen's, the mapping of partner items to the menu, outbound calls (the
 * outbox) and their answers, and the store's pause; {@code PartnerQueues} spells the JMS contract.
 * What each partner's payloads and API look like lives in the angels-kitchen-integration module
 * ({@code com.angelskitchen.partners.<partner>}), one package per partner.
 */
package com.angelskitchen.partners;
