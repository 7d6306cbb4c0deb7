package com.angelskitchen.printing.control;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words printed on the slips, in the store's language ({@code ak.language}): paper is read by
 * whoever is at the station, so it speaks the store's language, like the guests' board. Names of
 * items, stations and choices are the menu's own and are printed as they are. A thermal printer has
 * no colours: removed and added ingredients are told apart by a sign and an upper-case word.
 */
public enum SlipWords {
  SPANISH(Locale.forLanguageTag("es")),
  ENGLISH(Locale.ROOT);

  /**
   * The banner over a slip printed again: both languages, so that nobody misses it (the same in
   * both bundles).
   */
  public static final String REPRINT =
      ResourceBundle.getBundle(SlipWords.class.getName(), Locale.ROOT).getString("slip.reprint");

  final String order;
  final String fired;
  final String without;
  final String with;
  final String allergy;
  final String note;
  final String addOn;
  final String rush;
  final String dineIn;
  final String takeout;
  final String delivery;
  final String pos;
  final String subtotal;
  final String discount;
  final String taxIncluded;
  final String tax;
  final String total;
  final String paidCash;
  final String paidCard;
  final String paidMixed;
  final String tip;
  final String change;
  final String unpaid;
  final String voided;
  final String thanks;
  final String cancelled;
  final String reason;

  SlipWords(Locale locale) {
    // The words live in resource bundles beside this class (SlipWords.properties, English, and
    // SlipWords_es.properties), like every text of the screens.
    ResourceBundle words =
        ResourceBundle.getBundle(
            SlipWords.class.getName(),
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.order = words.getString("slip.order");
    this.fired = words.getString("slip.fired");
    this.without = words.getString("slip.without");
    this.with = words.getString("slip.with");
    this.allergy = words.getString("slip.allergy");
    this.note = words.getString("slip.note");
    this.addOn = words.getString("slip.add-on");
    this.rush = words.getString("slip.rush");
    this.dineIn = words.getString("slip.dine-in");
    this.takeout = words.getString("slip.takeout");
    this.delivery = words.getString("slip.delivery");
    this.pos = words.getString("slip.pos");
    this.subtotal = words.getString("slip.subtotal");
    this.discount = words.getString("slip.discount");
    this.taxIncluded = words.getString("slip.tax-included");
    this.tax = words.getString("slip.tax");
    this.total = words.getString("slip.total");
    this.paidCash = words.getString("slip.paid-cash");
    this.paidCard = words.getString("slip.paid-card");
    this.paidMixed = words.getString("slip.paid-mixed");
    this.tip = words.getString("slip.tip");
    this.change = words.getString("slip.change");
    this.unpaid = words.getString("slip.unpaid");
    this.voided = words.getString("slip.voided");
    this.thanks = words.getString("slip.thanks");
    this.cancelled = words.getString("slip.cancelled");
    this.reason = words.getString("slip.reason");
  }

  /** The words of a store language (a BCP 47 tag): Spanish for any Spanish, else English. */
  public static SlipWords of(String languageTag) {
    return languageTag != null && Locale.forLanguageTag(languageTag).getLanguage().equals("es")
        ? SPANISH
        : ENGLISH;
  }

  /** How the order leaves the kitchen (a Fulfillment's name). */
  String fulfillment(String name) {
    return switch (name == null ? "" : name) {
      case "DINE_IN" -> dineIn;
      case "TAKEOUT" -> takeout;
      case "DELIVERY" -> delivery;
      default -> name == null ? "" : name;
    };
  }

  /** Where the order came from (an OrderSource's code); a partner is printed by its name. */
  String source(String code) {
    return switch (code == null ? "" : code) {
      case "POS" -> pos;
      case "DOORDASH" -> "DoorDash";
      case "UBER_EATS" -> "Uber Eats";
      case "WEBSITE" -> "Web";
      default -> code == null ? "" : code;
    };
  }

  /** How it was paid (a TenderMethod's name). */
  String paid(String method) {
    return switch (method) {
      case "CASH" -> paidCash;
      case "CARD" -> paidCard;
      default -> paidMixed;
    };
  }
}
