package com.angelskitchen.web.menu;

import com.angelskitchen.money.Money;
import com.angelskitchen.platform.InvalidRequestException;
import java.math.BigDecimal;

/** Prices typed by a manager, checked the way the till will use them. */
final class Amounts {

  private Amounts() {}

  static Money price(String what, BigDecimal amount) {
    if (amount == null) {
      throw new InvalidRequestException("menu.price-missing", what + " needs a price.", what);
    }
    try {
      return new Money(amount);
    } catch (IllegalArgumentException | ArithmeticException wrong) {
      throw new InvalidRequestException(
          "menu.price-invalid",
          "The price of " + what + " is a positive amount with at most two decimals.",
          what);
    }
  }
}
