/**
 * Stations and their tickets, over HTTP: the stations and routing rules API, the tickets API bump
 * bars use ({@code /api/tickets}), and the backing beans of the manager's kitchen page ({@code
 * /admin/kitchen.xhtml}). The next order is routed by what is saved here.
 */
package com.angelskitchen.web.stations;
