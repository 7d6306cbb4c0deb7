package com.angelskitchen.checkout.control;

import com.angelskitchen.money.Money;
import com.angelskitchen.platform.InvalidRequestException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a check is split into parts that add up to its total to the cent. Evenly: the total in N
 * shares a cent apart at most, the first ones taking the cents left over. By item: each part pays
 * its lines' share of the total, in proportion to what its lines cost after their own discounts, so
 * that the order's discount and tax are shared the same way ({@link Money#allocate}).
 */
public final class CheckSplit {

  /** The most parts a check is split into. */
  public static final int MAX_PARTS = 20;

  private CheckSplit() {}

  /** The total in {@code parts} even shares. */
  public static List<Money> evenly(Money total, int parts) {
    if (parts < 2 || parts > MAX_PARTS) {
      throw new InvalidRequestException(
          "checkout.split-parts", "split a check into 2 to " + MAX_PARTS + " parts", parts);
    }
    return total.split(parts);
  }

  /**
   * The parts of a split by item, by part number (1, 2, …): each part's lines and its amount.
   *
   * @param lineCosts every line of the order and what it costs after its own discounts
   * @param partOfLine the part each line goes to: every line, parts numbered 1 to N without a gap
   */
  public static SortedMap<Integer, Part> byItem(
      Money total, Map<Long, Money> lineCosts, Map<Long, Integer> partOfLine) {
    if (partOfLine == null
        || partOfLine.values().stream().anyMatch(java.util.Objects::isNull)
        || !partOfLine.keySet().equals(lineCosts.keySet())) {
      throw new InvalidRequestException(
          "checkout.split-every-line", "put every line of the order in one of the parts");
    }
    TreeSet<Integer> numbers = new TreeSet<>(partOfLine.values());
    if (numbers.size() < 2
        || numbers.size() > MAX_PARTS
        || numbers.first() != 1
        || numbers.last() != numbers.size()) {
      throw new InvalidRequestException(
          "checkout.split-part-numbers",
          "number the parts 1, 2, 3… (2 to " + MAX_PARTS + " parts, none empty)");
    }
    SortedMap<Integer, List<Long>> lines = new TreeMap<>();
    SortedMap<Integer, BigDecimal> weights = new TreeMap<>();
    for (Map.Entry<Long, Integer> line : new TreeMap<>(partOfLine).entrySet()) {
      lines.computeIfAbsent(line.getValue(), p -> new ArrayList<>()).add(line.getKey());
      weights.merge(line.getValue(), lineCosts.get(line.getKey()).amount(), BigDecimal::add);
    }
    List<Money> amounts =
        weights.values().stream().allMatch(w -> w.signum() == 0)
            ? total.split(numbers.size())
            : total.allocate(new ArrayList<>(weights.values()));
    SortedMap<Integer, Part> parts = new TreeMap<>();
    int index = 0;
    for (Map.Entry<Integer, List<Long>> part : lines.entrySet()) {
      parts.put(part.getKey(), new Part(part.getValue(), amounts.get(index++)));
    }
    return parts;
  }

  /** One part of a split by item: its lines and what it pays. */
  public record Part(List<Long> lineIds, Money amount) {}
}
