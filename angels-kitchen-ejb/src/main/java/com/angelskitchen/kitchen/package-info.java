/**
 * The kitchen: stations and the durable kitchen log every screen replays from. Each change the
 * kitchen must see is appended to the log, numbered in commit order, inside the transaction that
 * made the change.
 */
package com.angelskitchen.kitchen;
