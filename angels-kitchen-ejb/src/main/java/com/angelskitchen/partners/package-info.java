/**
 * Orders from delivery partners (DoorDash, Uber Eats, the website...), partner-neutral: the inbox
 * that records each partner event once, the link from a partner's order to the kitchen's, the
 * mapping of partner items to the menu, outbound calls and their answers, and the store's pause.
 * What each partner's payloads and API look like lives in the integration module, one package per
 * partner.
 */
package com.angelskitchen.partners;
