/**
 * Appending to the log with a sequence number that follows commit order, and turning events to and
 * from the JSON the log keeps.
 */
package com.angelskitchen.kitchenlog.control;
