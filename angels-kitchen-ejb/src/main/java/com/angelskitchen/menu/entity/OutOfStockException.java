package com.angelskitchen.menu.entity;

import com.angelskitchen.platform.KitchenException;

/** Fewer of a counted item are left than an order asks for. */
public class OutOfStockException extends KitchenException {

  private static final long serialVersionUID = 1L;

  public OutOfStockException(MenuItem item, int left) {
    super(
        Kind.CONFLICT,
        "menu.out-of-stock",
        "only " + left + " " + item.name() + " left",
        left,
        item.name());
  }
}
