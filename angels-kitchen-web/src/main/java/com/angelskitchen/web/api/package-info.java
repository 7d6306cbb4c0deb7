/**
 * The JSON API under {@code /api}: the same calls the screens, bump bars and third-party displays
 * use. Input is validated here, at the boundary, and every business refusal becomes a status code
 * and a message in {@link com.angelskitchen.web.api.ApiErrors}.
 *
 * <p>Resources are {@code @ApplicationScoped}: they hold nothing but injected services, and a
 * per-request resource (the JAX-RS default) would resolve and inject its EJB references on every
 * call, a fifth of an order's CPU time.
 */
package com.angelskitchen.web.api;
