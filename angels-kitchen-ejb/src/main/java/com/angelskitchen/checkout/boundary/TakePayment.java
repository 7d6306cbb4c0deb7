package com.angelskitchen.checkout.boundary;

import com.angelskitchen.money.Money;
import com.angelskitchen.ordering.entity.TenderMethod;

/**
 * A payment to take: for one part of a split check ({@code partNo}) or the order, by cash or card;
 * {@code amount} paid off what is due (null: all of it; less pays part, for a mixed tender), a
 * {@code tip} on top (null: none), and for cash what was handed over ({@code cashGiven}, null: the
 * exact amount and tip).
 */
public record TakePayment(
    Integer partNo, TenderMethod method, Money amount, Money tip, Money cashGiven) {

  public static TakePayment card(Money tip) {
    return new TakePayment(null, TenderMethod.CARD, null, tip, null);
  }

  public static TakePayment cash(Money given) {
    return new TakePayment(null, TenderMethod.CASH, null, null, given);
  }
}
