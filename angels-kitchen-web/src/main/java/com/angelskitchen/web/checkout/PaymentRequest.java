package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.TakePayment;
import com.angelskitchen.money.Money;
import com.angelskitchen.ordering.entity.TenderMethod;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The body of {@code POST /api/orders/{id}/payments}: {@code method} CASH or CARD; for a split
 * check the {@code partNo}; {@code amount} off what is due (left out: all of it), a {@code tip},
 * and for cash the {@code cashGiven} (left out: exactly the amount and tip).
 */
public class PaymentRequest {

  @Min(1)
  @Max(20)
  public Integer partNo;

  @NotNull(message = "say CASH or CARD")
  public TenderMethod method;

  @DecimalMin("0.00")
  @DecimalMax("99999999.99")
  @Digits(integer = 8, fraction = 2)
  public BigDecimal amount;

  @DecimalMin("0.00")
  @DecimalMax("99999999.99")
  @Digits(integer = 8, fraction = 2)
  public BigDecimal tip;

  @DecimalMin("0.00")
  @DecimalMax("99999999.99")
  @Digits(integer = 8, fraction = 2)
  public BigDecimal cashGiven;

  TakePayment toCommand() {
    return new TakePayment(partNo, method, money(amount), money(tip), money(cashGiven));
  }

  private static Money money(BigDecimal amount) {
    return amount == null ? null : new Money(amount);
  }
}
