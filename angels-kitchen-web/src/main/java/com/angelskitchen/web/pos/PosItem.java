package com.angelskitchen.web.pos;

import com.angelskitchen.menu.entity.Extra;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.menu.entity.ModifierGroup;
import com.angelskitchen.menu.entity.RecipeIngredient;
import com.angelskitchen.money.Money;
import java.io.Serializable;
import java.util.List;

/**
 * One button of the POS menu: an item, whether it can be sold now, what a guest may leave out and
 * what they may add, and the groups the cashier goes through with the guest (a sauce, the flavours
 * of a dozen).
 */
public record PosItem(
    String code,
    String name,
    Money price,
    boolean available,
    List<Choice> removable,
    List<Choice> extras,
    List<Group> groups)
    implements Serializable {

  /** An ingredient to leave out (no price) or an extra to add (with its price). */
  public record Choice(String code, String name, Money price) implements Serializable {}

  /**
   * A group the cashier must go through: "Salsa, elegí 1", "Sabores, elegí 12". {@code single} when
   * exactly one is taken (a row of buttons); otherwise a count per choice.
   */
  public record Group(
      String code, String name, int min, int max, boolean repeats, List<Option> options)
      implements Serializable {

    public boolean single() {
      return max == 1;
    }

    public boolean required() {
      return min > 0;
    }

    /** The most times one choice can be taken. */
    public int perChoice() {
      return repeats ? max : 1;
    }

    static Group of(ModifierGroup group) {
      return new Group(
          group.code(),
          group.name(),
          group.min(),
          group.max(),
          group.repeats(),
          group.choices().stream()
              .map(c -> new Option(c.code(), c.name(), c.price(), c.available()))
              .toList());
    }
  }

  /** One choice of a group, at its price (usually none); a flavour that is 86'd is not offered. */
  public record Option(String code, String name, Money price, boolean available)
      implements Serializable {}

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
        item.extras().stream().map(PosItem::choice).toList(),
        item.groups().stream().map(Group::of).toList());
  }

  private static Choice choice(Extra extra) {
    return new Choice(extra.code(), extra.name(), extra.price());
  }

  public boolean hasModifiers() {
    return !removable.isEmpty() || !extras.isEmpty() || !groups.isEmpty();
  }
}
