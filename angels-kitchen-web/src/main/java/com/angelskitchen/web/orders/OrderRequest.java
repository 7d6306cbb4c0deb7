package com.angelskitchen.web.orders;

import com.angelskitchen.ordering.boundary.InvalidOrderException;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.entity.Fulfillment;
import com.angelskitchen.ordering.entity.OrderSource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The body of {@code POST /api/orders}. Orders taken through the API are POS orders; partner orders
 * arrive through their webhooks. Items, modifiers and choices are menu codes.
 *
 * <p>Request bodies are plain classes with constrained fields rather than records: Payara's OpenAPI
 * scanner fails on constraints on constructor parameters, which records would create.
 */
public class OrderRequest {

  public Fulfillment fulfillment;

  @Size(max = PlaceOrder.MAX_NAME)
  public String customerName;

  @Size(max = PlaceOrder.MAX_ORDER_NOTE)
  public String note;

  @Size(max = PlaceOrder.MAX_LINE_NOTE)
  public String allergyAlert;

  public boolean rush;

  /** When the guest or courier collects; the kitchen fires the order in time for it. */
  public OffsetDateTime pickupAt;

  @NotEmpty(message = "an order needs at least one line")
  @Size(max = PlaceOrder.MAX_LINES)
  @Valid
  public List<Line> lines;

  /** One line: item code, quantity, ingredient codes to remove, extra codes to add, a note. */
  public static class Line {
    @NotBlank(message = "every line needs an item")
    public String item;

    @NotNull
    @Min(1)
    @Max(PlaceOrder.MAX_QUANTITY)
    public Integer quantity;

    @Size(max = PlaceOrder.MAX_MODIFIERS)
    public List<String> remove;

    @Size(max = PlaceOrder.MAX_MODIFIERS)
    public List<String> add;

    @Size(max = PlaceOrder.MAX_LINE_NOTE)
    public String note;

    /** The choices made in the item's groups: a sauce, the flavours of a dozen. */
    @Size(max = PlaceOrder.MAX_CHOICES)
    @Valid
    public List<Choice> choices;
  }

  /** A choice in one of the item's groups, by codes, chosen {@code count} times (1 if left out). */
  public static class Choice {
    @NotBlank(message = "a choice names its group")
    public String group;

    @NotBlank(message = "a choice names what was chosen")
    public String choice;

    @Min(1)
    @Max(PlaceOrder.MAX_QUANTITY)
    public Integer count;
  }

  PlaceOrder toCommand() {
    return new PlaceOrder(
        OrderSource.POS,
        fulfillment,
        customerName,
        note,
        allergyAlert,
        rush,
        pickupAt,
        lines.stream().map(OrderRequest::line).toList());
  }

  static PlaceOrder.Line line(Line line) {
    if (line == null) {
      throw new InvalidOrderException("order.line.empty", "a line of the order is empty");
    }
    List<PlaceOrder.Choice> choices =
        line.choices == null
            ? List.of()
            : line.choices.stream()
                .map(
                    c -> {
                      if (c == null) {
                        throw new InvalidOrderException(
                            "order.line.empty", "a choice of the order is empty");
                      }
                      return new PlaceOrder.Choice(
                          c.group, c.choice, c.count == null ? 1 : c.count);
                    })
                .toList();
    return PlaceOrder.Line.chosen(
        line.item, line.quantity, line.remove, line.add, line.note, choices);
  }
}
