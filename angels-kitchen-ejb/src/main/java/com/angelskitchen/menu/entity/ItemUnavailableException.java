package com.angelskitchen.menu.entity;

import com.angelskitchen.platform.KitchenException;

/** The item is 86'd: on the menu, but it cannot be ordered now. */
public class ItemUnavailableException extends KitchenException {

  private static final long serialVersionUID = 1L;

  public ItemUnavailableException(MenuItem item) {
    super(
        Kind.CONFLICT,
        "menu.item-unavailable",
        item.name() + " is 86'd (not available right now)",
        item.name());
  }
}
