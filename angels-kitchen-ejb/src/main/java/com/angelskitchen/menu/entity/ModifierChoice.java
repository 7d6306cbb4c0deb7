package com.angelskitchen.menu.entity;

import com.angelskitchen.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import java.util.Optional;

/**
 * One choice of a {@link ModifierGroup}: "Criolla" in "Salsa", or a flavour in "Sabores". A flavour
 * names the menu item the kitchen makes for it; a plain choice names nothing. The price is what
 * choosing it once adds to the line (usually zero).
 */
@Embeddable
public class ModifierChoice {

  @Column(nullable = false, length = 32)
  private String code;

  @Column(nullable = false, length = 60)
  private String name;

  @Column(nullable = false, precision = 10, scale = 2)
  private Money price;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "item_id")
  private MenuItem item;

  protected ModifierChoice() {}

  public ModifierChoice(String code, String name, Money price, MenuItem item) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.price = Objects.requireNonNull(price, "price");
    this.item = item;
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

  /** The menu item a flavour stands for; empty for a plain choice. */
  public Optional<MenuItem> item() {
    return Optional.ofNullable(item);
  }

  /** A flavour whose item is 86'd cannot be chosen; a plain choice always can. */
  public boolean available() {
    return item == null || item.available();
  }
}
