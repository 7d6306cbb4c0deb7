package com.angelskitchen.web.pos;

import com.angelskitchen.menu.entity.Extra;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.menu.entity.RecipeIngredient;
import com.angelskitchen.money.Money;
import java.io.Serializable;
import java.util.List;

/**
 * One button of the POS menu: an item, whether it can be sold now, what a guest may leave out and
 * what they may add.
 */
public record PosItem(
    String code,
    String name,
    Money price,
    boolean available,
    List<Choice> removable,
    List<Choice> extras)
    implements Serializable {

  /** An ingredient to leave out (no price) or an extra to add (with its price). */
  public record Choice(String code, String name, Money price) implements Serializable {}

  static PosItem of(MenuItem item) {
    return new PosItem(
        item.code(),
        item.name(),
        item.price(),
        item.available(),
        item.recipe().stream()
            .filter(RecipeIngredient::removable)
            .map(r -> new Choice(r.ingredient().code(), r.ingredient().name(), null))
            .toList(),
        item.extras().stream().map(PosItem::choice).toList());
  }

  private static Choice choice(Extra extra) {
    return new Choice(extra.code(), extra.name(), extra.price());
  }

  public boolean hasModifiers() {
    return !removable.isEmpty() || !extras.isEmpty();
  }
}
