/** Reading the log, for screens and displays catching up on what they missed. */
package com.angelskitchen.kitchenlog.boundary;
