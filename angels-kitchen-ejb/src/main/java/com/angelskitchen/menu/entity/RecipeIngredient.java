package com.angelskitchen.menu.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One ingredient of an item's recipe. Only removable ones can be left out by a guest ("sin
 * cebolla"); the dough of an empanada cannot. The quantity is how many units of a counted
 * ingredient one item takes from its stock (one masa disc per empanada, by default).
 */
@Embeddable
public class RecipeIngredient {

  @ManyToOne(optional = false)
  @JoinColumn(name = "ingredient_id", nullable = false)
  private Ingredient ingredient;

  @Column(nullable = false)
  private boolean removable;

  @Column(nullable = false)
  private int quantity = 1;

  protected RecipeIngredient() {}

  public RecipeIngredient(Ingredient ingredient, boolean removable) {
    this(ingredient, removable, 1);
  }

  public RecipeIngredient(Ingredient ingredient, boolean removable, int quantity) {
    if (quantity < 1) {
      throw new IllegalArgumentException("an item uses at least one unit of an ingredient");
    }
    this.ingredient = ingredient;
    this.removable = removable;
    this.quantity = quantity;
  }

  public Ingredient ingredient() {
    return ingredient;
  }

  public boolean removable() {
    return removable;
  }

  /** How many units of the ingredient one item uses. */
  public int quantity() {
    return quantity;
  }
}
