/**
 * The application's own MicroProfile Health checks, served by Payara at {@code /health/ready} and
 * {@code /health/live}: whether this server can take and cook orders now (database, message broker,
 * partner intake, push to the kitchen screens) and whether it is alive at all. Operators read their
 * figures; a load balancer routes on readiness. Beside them, the API's simpler {@code GET
 * /api/health} (the application and its database).
 */
package com.angelskitchen.web.health;
