package com.angelskitchen.printing.control;

import java.util.Locale;

/**
 * The words printed on the slips, in the store's language ({@code ak.language}): paper is read by
 * whoever is at the station, so it speaks the store's language, like the guests' board. Names of
 * items, stations and choices are the menu's own and are printed as they are. A thermal printer has
 * no colours: removed and added ingredients are told apart by a sign and an upper-case word.
 */
public enum SlipWords {
  SPANISH(
      "Pedido",
      "Entró",
      "SIN",
      "CON",
      "ALERGIA",
      "Nota",
      "ADICIONAL",
      "URGENTE",
      "Para comer acá",
      "Para llevar",
      "Delivery",
      "Caja",
      "Subtotal",
      "Descuento",
      "IVA contenido",
      "IVA",
      "TOTAL",
      "Pagado en efectivo",
      "Pagado con tarjeta",
      "Pagado en efectivo y con tarjeta",
      "Propina",
      "Vuelto",
      "Todavía no está pagado",
      "ANULADO",
      "¡Gracias por tu visita!"),
  ENGLISH(
      "Order",
      "Fired",
      "NO",
      "ADD",
      "ALLERGY",
      "Note",
      "ADD-ON",
      "RUSH",
      "Dine in",
      "Takeout",
      "Delivery",
      "POS",
      "Subtotal",
      "Discount",
      "VAT included",
      "Tax",
      "TOTAL",
      "Paid in cash",
      "Paid by card",
      "Paid in cash and by card",
      "Tip",
      "Change",
      "Not paid yet",
      "VOID",
      "Thank you!");

  /** The banner over a slip printed again: both languages, so that nobody misses it. */
  public static final String REPRINT = "REIMPRESIÓN / REPRINT";

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

  SlipWords(
      String order,
      String fired,
      String without,
      String with,
      String allergy,
      String note,
      String addOn,
      String rush,
      String dineIn,
      String takeout,
      String delivery,
      String pos,
      String subtotal,
      String discount,
      String taxIncluded,
      String tax,
      String total,
      String paidCash,
      String paidCard,
      String paidMixed,
      String tip,
      String change,
      String unpaid,
      String voided,
      String thanks) {
    this.order = order;
    this.fired = fired;
    this.without = without;
    this.with = with;
    this.allergy = allergy;
    this.note = note;
    this.addOn = addOn;
    this.rush = rush;
    this.dineIn = dineIn;
    this.takeout = takeout;
    this.delivery = delivery;
    this.pos = pos;
    this.subtotal = subtotal;
    this.discount = discount;
    this.taxIncluded = taxIncluded;
    this.tax = tax;
    this.total = total;
    this.paidCash = paidCash;
    this.paidCard = paidCard;
    this.paidMixed = paidMixed;
    this.tip = tip;
    this.change = change;
    this.unpaid = unpaid;
    this.voided = voided;
    this.thanks = thanks;
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
