package com.angelskitchen.ordering.control;

import java.time.OffsetDateTime;
import java.util.Collection;

/**
 * When the kitchen must start on an order for a later pickup: the pickup time minus the longest
 * prep time among its lines, so that everything is ready together and nothing waits going cold.
 */
public final class FireTime {

  private FireTime() {}

  /**
   * @param pickupAt when the guest or courier collects; null for "as soon as possible"
   * @param prepMinutes the prep time of every line's item
   * @return the moment to fire; null when the order is for now
   */
  public static OffsetDateTime of(OffsetDateTime pickupAt, Collection<Integer> prepMinutes) {
    if (pickupAt == null) {
      return null;
    }
    int longest = prepMinutes.stream().mapToInt(Integer::intValue).max().orElse(0);
    return pickupAt.minusMinutes(longest);
  }
}
