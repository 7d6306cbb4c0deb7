package com.angelskitchen.ordering.entity;

import com.angelskitchen.money.Money;
import java.util.Objects;

/**
 * What the guest hands over: an amount of cash, or a card (charged for the total on the terminal,
 * so it carries no amount of its own).
 */
public record Tender(TenderMethod method, Money given) {

  public Tender {
    Objects.requireNonNull(method, "method");
    if (method == TenderMethod.MIXED) {
      throw new IllegalArgumentException("a tender is cash or card");
    }
    if (method == TenderMethod.CASH) {
      Objects.requireNonNull(given, "cash given");
    } else {
      given = null;
    }
  }

  public static Tender cash(Money given) {
    return new Tender(TenderMethod.CASH, given);
  }

  public static Tender card() {
    return new Tender(TenderMethod.CARD, null);
  }
}
