package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.Approval;
import com.angelskitchen.checkout.boundary.GiveDiscount;
import com.angelskitchen.checkout.entity.DiscountKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The body of {@code POST /api/orders/{id}/discounts}: on a line ({@code lineId}) or the whole
 * order, {@code PERCENT} or {@code AMOUNT}, a reason's code, and a manager's credentials when the
 * discount is above the approval limit.
 */
public class DiscountRequest {

  public Long lineId;

  @NotNull(message = "say PERCENT or AMOUNT")
  public DiscountKind kind;

  @NotNull
  @DecimalMin(value = "0.01")
  @DecimalMax(value = "99999999.99")
  @Digits(integer = 8, fraction = 2)
  public BigDecimal value;

  @NotBlank(message = "choose a reason")
  @Size(max = 40)
  public String reason;

  @Valid public Credentials approval;

  /** A manager's username and password, typed on the cashier's screen. */
  public static class Credentials {
    @NotBlank
    @Size(max = 40)
    public String username;

    @NotBlank
    @Size(max = 128)
    public String password;
  }

  GiveDiscount toCommand() {
    return new GiveDiscount(
        lineId,
        kind,
        value,
        reason,
        approval == null ? null : new Approval(approval.username, approval.password.toCharArray()));
  }
}
