/**
 * The restaurant's own website as a third partner, and the proof that adding one is a package plus
 * configuration: a plain JSON webhook with a bearer token, lines in the restaurant's own menu
 * codes, and status sent back to a URL the website gives.
 */
package com.angelskitchen.partners.website;
