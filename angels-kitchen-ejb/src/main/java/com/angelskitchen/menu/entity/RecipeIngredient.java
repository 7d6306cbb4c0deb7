package com.angelskitchen.menu.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One ingredient of an item's recipe. Only removable ones can be left out by a guest ("sin
 * cebolla"); the dough of an empanada cannot.
 */
@Embeddable
public class RecipeIngredient {

  @ManyToOne(optional = false)
  @JoinColumn(name = "ingredient_id", nullable = false)
  private Ingredient ingredient;

  @Column(nullable = false)
  private boolean removable;

  protected RecipeIngredient() {}

  public RecipeIngredient(Ingredient ingredient, boolean removable) {
    this.ingredient = ingredient;
    this.removable = removable;
  }

  public Ingredient ingredient() {
    return ingredient;
  }

  public boolean removable() {
    return removable;
  }
}
