/**
 * The restaurant's own website as an order source: a plain JSON webhook. Its payload classes stay
 * in this package; {@link com.angelskitchen.integration.website.WebsiteOrderTranslator} maps them
 * to the domain.
 */
package com.angelskitchen.integration.website;
