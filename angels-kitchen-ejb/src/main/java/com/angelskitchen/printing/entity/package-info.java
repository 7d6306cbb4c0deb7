/**
 * The printers, how each station prints, and the durable print jobs. A job carries the ESC/POS
 * bytes rendered when it was queued; its attempts are counted before it is sent, so a job that may
 * already have come out is marked a reprint when it is sent again.
 */
package com.angelskitchen.printing.entity;
