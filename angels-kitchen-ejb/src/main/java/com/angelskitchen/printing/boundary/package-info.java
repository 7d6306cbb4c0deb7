/**
 * The printing's entry points: the printers and each station's printing as a manager sets them up,
 * the queue (tickets swept every second, reprints, the receipt and the drawer on a payment), the
 * senders that feed each printer in order, one server at a time, and the probes of its status.
 */
package com.angelskitchen.printing.boundary;
