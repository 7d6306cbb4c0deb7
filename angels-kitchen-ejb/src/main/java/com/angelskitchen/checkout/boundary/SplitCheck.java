package com.angelskitchen.checkout.boundary;

import java.util.Map;

/**
 * How to split a check: {@code evenly} into that many parts, or {@code byItem}, each order line (by
 * id) to a part numbered 1, 2, …. One of the two.
 */
public record SplitCheck(Integer evenly, Map<Long, Integer> byItem) {

  public static SplitCheck evenly(int parts) {
    return new SplitCheck(parts, null);
  }

  public static SplitCheck byItem(Map<Long, Integer> partOfLine) {
    return new SplitCheck(null, Map.copyOf(partOfLine));
  }
}
