package com.angelskitchen.menu.entity;

import com.angelskitchen.platform.KitchenException;

/** Fewer units of a counted ingredient are left than an order's items use. */
public class IngredientOutOfStockException extends KitchenException {

  private static final long serialVersionUID = 1L;

  public IngredientOutOfStockException(Ingredient ingredient, int left) {
    super(
        Kind.CONFLICT,
        "menu.ingredient-out-of-stock",
        "not enough " + ingredient.name() + " left for this order (" + left + " left)",
        left,
        ingredient.name());
  }
}
