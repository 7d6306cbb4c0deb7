/**
 * Backing beans of the manager's pages under /admin: the menu (items, prices, recipes, extras,
 * categories, 86 / restore) and the kitchen (stations, routing rules). Every save goes through the
 * same boundaries as the API, so the POS redraws and the next order is routed by the new setup.
 */
package com.angelskitchen.web.admin;
