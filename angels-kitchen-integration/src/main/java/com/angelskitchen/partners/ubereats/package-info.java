/**
 * Uber Eats: webhooks signed with {@code X-Uber-Signature} (lower-case hex HMAC-SHA256 of the raw
 * body, keyed with the client secret); a notification names the order, whose details are fetched
 * from the Eats API with an OAuth client-credentials token; accept, deny, ready and store status go
 * back through the same API. Uber auto-cancels an order not accepted within 11.5 minutes, so orders
 * are accepted or denied without waiting on a person.
 */
package com.angelskitchen.partners.ubereats;
