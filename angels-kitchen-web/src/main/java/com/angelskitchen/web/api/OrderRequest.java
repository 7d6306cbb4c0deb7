package com.angelskitchen.web.api;

import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.entity.OrderSource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/orders}. Orders taken through the API are POS orders; partner orders
 * arrive through their webhooks.
 */
public record OrderRequest(
    @Size(max = PlaceOrder.MAX_TEXT) String customerName,
    @NotEmpty(message = "an order needs at least one line") @Size(max = PlaceOrder.MAX_LINES)
        List<@NotNull @Valid Line> lines) {

  /** One line of the request. */
  public record Line(
      @NotBlank(message = "every line needs an item") @Size(max = PlaceOrder.MAX_TEXT) String item,
      @NotNull @Min(1) @Max(PlaceOrder.MAX_QUANTITY) Integer quantity,
      @NotBlank
          @Pattern(regexp = "[a-z][a-z0-9-]{1,31}", message = "must be a lower-case station code")
          String station) {}

  PlaceOrder toCommand() {
    return new PlaceOrder(
        OrderSource.POS,
        customerName,
        lines.stream().map(l -> new PlaceOrder.Line(l.item(), l.quantity(), l.station())).toList());
  }
}
