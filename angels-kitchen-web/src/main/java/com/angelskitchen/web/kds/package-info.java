/**
 * Push to the kitchen screens over Jakarta WebSocket. A screen connects to {@code
 * /ws/kds/{station}}; after an order commits, an observer sends each connected screen of a station
 * the lines that station prepares. Sends are asynchronous with a bounded backlog per screen, so a
 * slow screen never holds a transaction or another screen.
 */
package com.angelskitchen.web.kds;
