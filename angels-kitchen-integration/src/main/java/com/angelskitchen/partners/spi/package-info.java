/**
 * The partner SPI: what a partner's package provides so that the shared intake and outbound
 * machinery can serve it. Adding a partner is one new package with a CDI bean implementing {@link
 * com.angelskitchen.partners.spi.Partner}, plus its configuration; nothing in the core changes.
 */
package com.angelskitchen.partners.spi;
