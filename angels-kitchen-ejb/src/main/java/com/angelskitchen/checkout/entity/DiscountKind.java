package com.angelskitchen.checkout.entity;

/** How a discount is given: a percentage of what it applies to, or an amount off it. */
public enum DiscountKind {
  PERCENT,
  AMOUNT
}
