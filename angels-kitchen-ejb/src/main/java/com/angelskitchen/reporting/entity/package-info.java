/**
 * What reporting keeps of its own: the Z closes of business days, each with its report frozen at
 * the moment of closing. Everything else a report shows is read from the rows the kitchen and the
 * till already keep; a close is kept because a closed day must read the same forever after.
 */
package com.angelskitchen.reporting.entity;
