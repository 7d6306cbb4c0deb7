package com.angelskitchen.ordering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The number a guest hears called out: it restarts at 1 every business day, so it is only unique
 * together with that day.
 */
@Embeddable
public class OrderNumber {

  @Column(name = "business_day", nullable = false, updatable = false)
  private LocalDate businessDay;

  @Column(name = "order_number", nullable = false, updatable = false)
  private int number;

  protected OrderNumber() {}

  public OrderNumber(LocalDate businessDay, int number) {
    if (number < 1) {
      throw new IllegalArgumentException("order numbers start at 1: " + number);
    }
    this.businessDay = Objects.requireNonNull(businessDay, "businessDay");
    this.number = number;
  }

  public LocalDate businessDay() {
    return businessDay;
  }

  public int number() {
    return number;
  }

  /** As printed on tickets and screens: at least three digits, e.g. 007. */
  public String display() {
    // Not String.format: this runs for every order and every screen message.
    String digits = Integer.toString(number);
    return digits.length() >= 3 ? digits : "000".substring(digits.length()) + digits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrderNumber that
        && number == that.number
        && businessDay.equals(that.businessDay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(businessDay, number);
  }

  @Override
  public String toString() {
    return businessDay + "#" + display();
  }
}
