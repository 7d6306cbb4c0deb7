package com.angelskitchen.ordering.entity;

import com.angelskitchen.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A modifier as ordered, copied from the menu at that moment (code, name, price), so that renaming
 * or repricing an extra later never changes a past order.
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

  protected LineModifier() {}

  private LineModifier(ModifierKind kind, String code, String name, Money price) {
    this.kind = kind;
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.price = Objects.requireNonNull(price, "price");
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
}
