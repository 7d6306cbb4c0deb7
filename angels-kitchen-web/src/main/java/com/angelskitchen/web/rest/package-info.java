/**
 * What every JSON API resource shares: the JAX-RS application under {@code /api} with its OpenAPI
 * description, the mapping of every refusal to a status code and a message ({@link
 * com.angelskitchen.web.rest.ApiErrors}), and the API's guards: role checks from
 * {@code @AllowedRoles} and the CSRF header. Resources live with their component ({@code web/menu},
 * {@code web/orders}, ...) and are {@code @ApplicationScoped}: they hold nothing but injected
 * services, and a per-request resource (the JAX-RS default) would resolve and inject its EJB
 * references on every call, a fifth of an order's CPU time.
 */
package com.angelskitchen.web.rest;
