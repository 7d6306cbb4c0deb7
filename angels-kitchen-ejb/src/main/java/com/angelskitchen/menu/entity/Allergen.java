package com.angelskitchen.menu.entity;

/**
 * The 14 major allergens of EU food law (Regulation 1169/2011, Annex II), in the Annex's order.
 * Each ingredient and extra declares the ones it contains; a line's allergens are derived from
 * them.
 */
public enum Allergen {
  GLUTEN("gluten"),
  CRUSTACEANS("crustaceans"),
  EGGS("egg"),
  FISH("fish"),
  PEANUTS("peanuts"),
  SOY("soy"),
  MILK("dairy"),
  NUTS("nuts"),
  CELERY("celery"),
  MUSTARD("mustard"),
  SESAME("sesame"),
  SULPHITES("sulphites"),
  LUPIN("lupin"),
  MOLLUSCS("molluscs");

  private final String label;

  Allergen(String label) {
    this.label = label;
  }

  /** The word on a kitchen screen's badge. */
  public String label() {
    return label;
  }
}
