package com.angelskitchen.ordering.entity;

import com.angelskitchen.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A modifier as ordered, copied from the menu at that moment (code, name, price), so that renaming
 * or repricing an extra later never changes a past order: an ingredient left out, an extra added,
 * or a choice made in one of the item's groups.
 */
@Embeddable
public class LineModifier {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private ModifierKind kind;

  @Column(nullable = false, length = 32)
  private String code;

  @Column(nullable = false, length = 60)
  private String name;

  @Column(nullable = false, precision = 10, scale = 2)
  private Money price;

  /** The group a choice was made in ("Salsa"); null for a removal or an extra. */
  @Column(name = "group_name", length = 60)
  private String groupName;

  /** How many times it was chosen (a dozen: "carne ×4"); 1 for a removal or an extra. */
  @Column(nullable = false)
  private int times = 1;

  protected LineModifier() {}

  private LineModifier(ModifierKind kind, String code, String name, Money price) {
    this.kind = kind;
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.price = Objects.requireNonNull(price, "price");
  }

  /** A choice made {@code times} times in the group {@code groupName}, at {@code price} each. */
  public static LineModifier chosen(
      String groupName, String code, String name, Money price, int times) {
    if (times < 1) {
      throw new IllegalArgumentException("a choice is made at least once");
    }
    LineModifier choice = new LineModifier(ModifierKind.CHOICE, code, name, price);
    choice.groupName = Objects.requireNonNull(groupName, "groupName");
    choice.times = times;
    return choice;
  }

  public static LineModifier removed(String code, String name) {
    return new LineModifier(ModifierKind.REMOVE, code, name, Money.ZERO);
  }

  public static LineModifier added(String code, String name, Money price) {
    return new LineModifier(ModifierKind.ADD, code, name, price);
  }

  public ModifierKind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Money price() {
    return price;
  }

  /** The group of a choice; null for a removal or an extra. */
  public String groupName() {
    return groupName;
  }

  public int times() {
    return times;
  }

  /**
   * A choice as every screen and receipt writes it: "Salsa: Criolla", "Sabores: Carne ×4" (the same
   * in every language: the names are the menu's).
   */
  public String label() {
    return groupName + ": " + name + (times > 1 ? " \u00d7" + times : "");
  }

  /** What this modifier adds to one item: an extra's price, or a choice's price times taken. */
  public Money charge() {
    return kind == ModifierKind.REMOVE ? Money.ZERO : price.times(times);
  }
}
