/**
 * DoorDash Marketplace: order and cancellation webhooks carry the bearer token configured for the
 * webhook subscriptions at DoorDash, and the order itself; confirmation (success or fail with a
 * reason), the ready signal and store status go to the Marketplace API with a short-lived HS256 JWT
 * signed with the developer's signing secret.
 */
package com.angelskitchen.partners.doordash;
