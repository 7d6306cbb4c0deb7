/**
 * Paper in the kitchen and at the till: ESC/POS printers over raw TCP, a ticket printer per station
 * (every ticket, or only when the station's screens are dark), the cashier's receipt printer and
 * its cash drawer. Print jobs are rows rendered when queued, so a restart loses none and a ticket
 * is printed automatically once however many servers race; a job sent again says REPRINT.
 */
package com.angelskitchen.printing;
