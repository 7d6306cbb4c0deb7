/**
 * Printing over HTTP: the printers ({@code /api/printers}), how each station prints ({@code
 * /api/stations/{code}/printing}), the recent print jobs, and the reprints the expo, the orders
 * page and the cashier ask for. The printers' part of the stations page is in {@code web.stations}.
 */
package com.angelskitchen.web.printing;
