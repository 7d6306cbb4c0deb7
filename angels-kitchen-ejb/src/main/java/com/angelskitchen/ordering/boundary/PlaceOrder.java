package com.angelskitchen.ordering.boundary;

import com.angelskitchen.menu.entity.Codes;
import com.angelskitchen.ordering.entity.Fulfillment;
import com.angelskitchen.ordering.entity.OrderSource;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A request to place an order, checked on construction for what can be checked without the menu:
 * whoever builds one from outside input gets a clear {@link InvalidOrderException} naming the first
 * problem. Items and modifiers are menu codes, checked against the menu when placing.
 */
public record PlaceOrder(
    OrderSource source,
    Fulfillment fulfillment,
    String customerName,
    String note,
    String allergyAlert,
    boolean rush,
    OffsetDateTime pickupAt,
    List<Line> lines) {

  public static final int MAX_QUANTITY = 99;
  public static final int MAX_LINES = 100;
  public static final int MAX_NAME = 80;
  public static final int MAX_ORDER_NOTE = 500;
  public static final int MAX_LINE_NOTE = 200;
  public static final int MAX_MODIFIERS = 20;
  public static final int MAX_CHOICES = 40;

  public PlaceOrder {
    Objects.requireNonNull(source, "source");
    fulfillment = fulfillment == null ? Fulfillment.TAKEOUT : fulfillment;
    customerName =
        optionalText("order.customer-name.too-long", "customer name", customerName, MAX_NAME);
    note = optionalText("order.note.too-long", "order note", note, MAX_ORDER_NOTE);
    allergyAlert =
        optionalText("order.allergy-alert.too-long", "allergy alert", allergyAlert, MAX_LINE_NOTE);
    if (lines == null || lines.isEmpty()) {
      throw new InvalidOrderException("order.no-lines", "an order needs at least one line");
    }
    if (lines.size() > MAX_LINES) {
      throw new InvalidOrderException(
          "order.too-many-lines", "an order has at most " + MAX_LINES + " lines", MAX_LINES);
    }
    lines = List.copyOf(lines);
  }

  /**
   * One requested line: how many of which item, what to leave out, what to add, a note. A partner
   * line whose item is not mapped to the menu has no item but an {@code unmapped} name: it still
   * reaches the kitchen, flagged, so that a guest's food never vanishes for want of a mapping.
   */
  public record Line(
      String item,
      int quantity,
      List<String> remove,
      List<String> add,
      String note,
      String unmapped,
      List<Choice> choices) {

    public Line {
      if (unmapped != null) {
        unmapped =
            optionalText("order.unmapped-name.too-long", "unmapped item name", unmapped, MAX_NAME);
        if (unmapped == null) {
          throw new InvalidOrderException(
              "order.unmapped-line.no-name", "an unmapped line needs the partner's item name");
        }
        if (item != null) {
          throw new InvalidOrderException(
              "order.unmapped-line.with-item",
              "a line is either a menu item or unmapped, not both");
        }
      } else if (item == null || item.isBlank()) {
        throw new InvalidOrderException("order.line.no-item", "every line needs an item");
      } else if (!Codes.isCode(item)) {
        throw new InvalidOrderException("order.unknown-item", "unknown item '" + item + "'", item);
      }
      String what = item == null ? unmapped : item;
      if (quantity < 1 || quantity > MAX_QUANTITY) {
        throw new InvalidOrderException(
            "order.quantity-out-of-range",
            "quantity of " + what + " must be between 1 and " + MAX_QUANTITY + ", was " + quantity,
            what,
            MAX_QUANTITY,
            quantity);
      }
      remove = codes(what, "order.removal-unknown", "ingredient to remove", remove);
      add = codes(what, "order.extra-unknown", "extra", add);
      if (unmapped != null && !(remove.isEmpty() && add.isEmpty())) {
        throw new InvalidOrderException(
            "order.unmapped-line.modifiers",
            "an unmapped line carries its modifiers in its note, not as menu codes");
      }
      note = lineNote(what, note);
      choices = choices(what, choices);
      if (unmapped != null && !choices.isEmpty()) {
        throw new InvalidOrderException(
            "order.unmapped-line.modifiers",
            "an unmapped line carries its modifiers in its note, not as menu codes");
      }
    }

    /** A line from the menu, or an unmapped one, without choices. */
    public Line(
        String item,
        int quantity,
        List<String> remove,
        List<String> add,
        String note,
        String unmapped) {
      this(item, quantity, remove, add, note, unmapped, List.of());
    }

    /** A line from the menu. */
    public Line(String item, int quantity, List<String> remove, List<String> add, String note) {
      this(item, quantity, remove, add, note, null);
    }

    /** A line from the menu with the choices made in its groups. */
    public static Line chosen(
        String item,
        int quantity,
        List<String> remove,
        List<String> add,
        String note,
        List<Choice> choices) {
      return new Line(item, quantity, remove, add, note, null, choices);
    }

    private static List<Choice> choices(String item, List<Choice> choices) {
      if (choices == null) {
        return List.of();
      }
      if (choices.size() > MAX_CHOICES) {
        throw new InvalidOrderException(
            "order.too-many-choices",
            item + " has more than " + MAX_CHOICES + " choices",
            item,
            MAX_CHOICES);
      }
      if (choices.stream().anyMatch(Objects::isNull)) {
        throw new InvalidOrderException(
            "order.choice.unknown", item + ": a choice is empty", item, "", "");
      }
      return List.copyOf(choices);
    }

    /** A partner's line that no mapping names a menu item for; shown flagged in the kitchen. */
    public static Line unmapped(String partnerItemName, int quantity, String note) {
      return new Line(null, quantity, List.of(), List.of(), note, partnerItemName);
    }

    /** True for a line from the menu, false for an unmapped partner line. */
    public boolean fromMenu() {
      return unmapped == null;
    }

    /** A plain line: no modifiers, no note. */
    public static Line of(String item, int quantity) {
      return new Line(item, quantity, List.of(), List.of(), null);
    }

    private static String lineNote(String item, String note) {
      if (note == null || note.isBlank()) {
        return null;
      }
      String trimmed = note.strip();
      if (trimmed.length() > MAX_LINE_NOTE) {
        throw new InvalidOrderException(
            "order.line-note.too-long",
            "note of " + item + " is longer than " + MAX_LINE_NOTE + " characters",
            item,
            MAX_LINE_NOTE);
      }
      return trimmed;
    }

    private static List<String> codes(
        String item, String unknownCode, String what, List<String> codes) {
      if (codes == null) {
        return List.of();
      }
      if (codes.size() > MAX_MODIFIERS) {
        throw new InvalidOrderException(
            "order.too-many-modifiers",
            item + " has more than " + MAX_MODIFIERS + " modifiers",
            item,
            MAX_MODIFIERS);
      }
      for (String code : codes) {
        if (!Codes.isCode(code)) {
          throw new InvalidOrderException(
              unknownCode, item + ": '" + code + "' is not a known " + what, item, code);
        }
      }
      return List.copyOf(codes);
    }
  }

  /**
   * A choice made in one of the item's groups: which group, which choice, how many times (a dozen
   * of four flavours is four choices in "sabores" whose counts add up to twelve).
   */
  public record Choice(String group, String choice, int count) {
    public Choice {
      if (!Codes.isCode(group) || !Codes.isCode(choice)) {
        throw new InvalidOrderException(
            "order.choice.unknown",
            "a choice names a group code and a choice code, not '" + group + ":" + choice + "'",
            String.valueOf(group),
            String.valueOf(group),
            String.valueOf(choice));
      }
      if (count < 1 || count > MAX_QUANTITY) {
        throw new InvalidOrderException(
            "order.choice.count",
            choice + " is chosen 1 to " + MAX_QUANTITY + " times, not " + count,
            choice,
            MAX_QUANTITY,
            count);
      }
    }

    /** Chosen once. */
    public static Choice of(String group, String choice) {
      return new Choice(group, choice, 1);
    }
  }

  static String optionalText(String code, String what, String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.strip();
    if (trimmed.length() > max) {
      throw new InvalidOrderException(code, what + " is longer than " + max + " characters", max);
    }
    return trimmed;
  }
}
