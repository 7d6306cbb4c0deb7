package com.angelskitchen.web.api;

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
 * arrive through their webhooks. Items and modifiers are menu codes.
 */
public record OrderRequest(
    Fulfillment fulfillment,
    @Size(max = PlaceOrder.MAX_NAME) String customerName,
    @Size(max = PlaceOrder.MAX_ORDER_NOTE) String note,
    @Size(max = PlaceOrder.MAX_LINE_NOTE) String allergyAlert,
    boolean rush,
    OffsetDateTime pickupAt,
    @NotEmpty(message = "an order needs at least one line") @Size(max = PlaceOrder.MAX_LINES)
        List<@NotNull @Valid Line> lines) {

  /** One line: item code, quantity, ingredient codes to remove, extra codes to add, a note. */
  public record Line(
      @NotBlank(message = "every line needs an item") String item,
      @NotNull @Min(1) @Max(PlaceOrder.MAX_QUANTITY) Integer quantity,
      @Size(max = PlaceOrder.MAX_MODIFIERS) List<@NotBlank String> remove,
      @Size(max = PlaceOrder.MAX_MODIFIERS) List<@NotBlank String> add,
      @Size(max = PlaceOrder.MAX_LINE_NOTE) String note) {}

  PlaceOrder toCommand() {
    return new PlaceOrder(
        OrderSource.POS,
        fulfillment,
        customerName,
        note,
        allergyAlert,
        rush,
        pickupAt,
        lines.stream()
            .map(l -> new PlaceOrder.Line(l.item(), l.quantity(), l.remove(), l.add(), l.note()))
            .toList());
  }
}
