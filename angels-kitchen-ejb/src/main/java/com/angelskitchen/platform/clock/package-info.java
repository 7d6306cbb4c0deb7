/**
 * The restaurant's time. Business days (when order numbers restart) and timestamps come from one
 * injectable {@link java.time.Clock} in the restaurant's time zone, so that no class reads the
 * system clock on its own and tests can reason about time.
 */
package com.angelskitchen.platform.clock;
