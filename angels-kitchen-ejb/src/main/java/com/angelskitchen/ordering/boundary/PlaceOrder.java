package com.angelskitchen.ordering.boundary;

import com.angelskitchen.ordering.entity.OrderSource;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A request to place an order, checked on construction: whoever builds one from outside input gets
 * a clear {@link InvalidOrderException} naming the first problem.
 */
public record PlaceOrder(OrderSource source, String customerName, List<Line> lines) {

  public static final int MAX_QUANTITY = 99;
  public static final int MAX_LINES = 100;
  public static final int MAX_TEXT = 80;
  private static final Pattern STATION = Pattern.compile("[a-z][a-z0-9-]{1,31}");

  public PlaceOrder {
    Objects.requireNonNull(source, "source");
    customerName = optionalText("customer name", customerName);
    if (lines == null || lines.isEmpty()) {
      throw new InvalidOrderException("an order needs at least one line");
    }
    if (lines.size() > MAX_LINES) {
      throw new InvalidOrderException("an order has at most " + MAX_LINES + " lines");
    }
    lines = List.copyOf(lines);
  }

  /** One requested line: how many of which item, for which station. */
  public record Line(String item, int quantity, String station) {

    public Line {
      item = optionalText("item", item);
      if (item == null) {
        throw new InvalidOrderException("every line needs an item");
      }
      if (quantity < 1 || quantity > MAX_QUANTITY) {
        throw new InvalidOrderException(
            "quantity of " + item + " must be between 1 and " + MAX_QUANTITY + ", was " + quantity);
      }
      if (station == null || !STATION.matcher(station).matches()) {
        throw new InvalidOrderException(
            "station of "
                + item
                + " must be a lower-case station code such as fritura, was "
                + station);
      }
    }
  }

  private static String optionalText(String what, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.strip();
    if (trimmed.length() > MAX_TEXT) {
      throw new InvalidOrderException(what + " is longer than " + MAX_TEXT + " characters");
    }
    return trimmed;
  }
}
