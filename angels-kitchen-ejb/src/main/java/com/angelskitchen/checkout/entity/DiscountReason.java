package com.angelskitchen.checkout.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Why a discount is given, from the list the managers keep. Retired, never deleted. */
@Entity
@Table(name = "discount_reason")
@NamedQuery(
    name = DiscountReason.ALL,
    query = "SELECT r FROM DiscountReason r ORDER BY r.sortOrder, r.name")
public class DiscountReason {

  public static final String ALL = "DiscountReason.all";

  @Id
  @Column(length = 40)
  private String code;

  @Column(nullable = false, length = 80)
  private String name;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected DiscountReason() {}

  public DiscountReason(String code, String name, int sortOrder) {
    this.code = code;
    this.name = name;
    this.sortOrder = sortOrder;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public boolean active() {
    return active;
  }

  public int sortOrder() {
    return sortOrder;
  }

  public void rename(String name, int sortOrder) {
    this.name = name;
    this.sortOrder = sortOrder;
  }

  public void activate(boolean active) {
    this.active = active;
  }
}
