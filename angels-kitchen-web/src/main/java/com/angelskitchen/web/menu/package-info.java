/**
 * The menu, over HTTP: its JSON API ({@code /api/menu}) and the backing beans of the manager's menu
 * page ({@code /admin/menu.xhtml}: items, prices, recipes, extras, categories, 86 and restore).
 * Both go through the same boundary, so the POS redraws and the next order sees a change at once.
 * Manager pages stay under {@code /admin/}, one protected URL space, whichever package serves them.
 */
package com.angelskitchen.web.menu;
