/**
 * The printing's pure parts: the ESC/POS encoder, the ticket and the receipt laid out as slips in
 * the store's language, the words printed, the printers' status bytes read, which tickets a station
 * prints now, and the raw TCP link to a printer. Everything but the link is tested without a
 * printer.
 */
package com.angelskitchen.printing.control;
