/**
 * The JSON API under {@code /api}: the same calls the screens, bump bars and third-party displays
 * use. Input is validated here, at the boundary, and every business refusal becomes a status code
 * and a message in {@link com.angelskitchen.web.api.ApiErrors}.
 */
package com.angelskitchen.web.api;
