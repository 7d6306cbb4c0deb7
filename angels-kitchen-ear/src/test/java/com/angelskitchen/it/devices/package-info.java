/**
 * The kitchen's devices as the staff use them through a service: a bump bar driving a station
 * screen, a wall screen's sound after reloads and restarts, tickets ageing in colour, the expo
 * seeing the food and moving tickets, and printers set up from the stations page (the printers
 * themselves are the fake ESC/POS printer the test server starts).
 */
package com.angelskitchen.it.devices;
