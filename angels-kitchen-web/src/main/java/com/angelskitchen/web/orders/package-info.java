/** Backing beans of the pages under /orders: today's orders for the floor and the office. */
package com.angelskitchen.web.orders;
