/**
 * The cashier's screen (pos/index.xhtml) and the receipt. The cart lives in the view on the server
 * and is sent under an idempotency key of its own, so a double tap or a re-sent request places it
 * once, even when two requests overlap; the order list and the 86'd buttons follow the kitchen
 * through the POS channel of the kitchen socket, which tells the page what to redraw.
 */
package com.angelskitchen.web.pos;
