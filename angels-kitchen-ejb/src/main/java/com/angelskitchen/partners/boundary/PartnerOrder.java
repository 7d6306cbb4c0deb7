package com.angelskitchen.partners.boundary;

import com.angelskitchen.ordering.entity.Fulfillment;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A partner's order in the partner's own terms, translated out of its payload by that partner's
 * package: its item and modifier ids are the partner's (which may be our menu codes, when the
 * partner's menu carries them). The intake maps them to the menu.
 *
 * @param displayId the short id the partner shows the courier and guest
 * @param pickupAt when the courier or guest collects it; null for as soon as possible
 */
public record PartnerOrder(
    String partnerOrderId,
    String displayId,
    Fulfillment fulfillment,
    String customerName,
    String note,
    String allergyAlert,
    OffsetDateTime pickupAt,
    List<Line> lines) {

  public PartnerOrder {
    Objects.requireNonNull(partnerOrderId, "partnerOrderId");
    lines = List.copyOf(lines);
  }

  /** One line: the partner's item id and name, how many, modifiers, the guest's instructions. */
  public record Line(
      String partnerItemId,
      String name,
      int quantity,
      List<Modifier> removed,
      List<Modifier> added,
      String instructions) {

    public Line {
      removed = removed == null ? List.of() : List.copyOf(removed);
      added = added == null ? List.of() : List.copyOf(added);
    }
  }

  /**
   * A modifier the guest chose: the partner's id for it and its name, the partner's id of the
   * modifier group it was chosen in (null when unknown), and how many times (a dozen: "carne ×4").
   */
  public record Modifier(String partnerId, String name, String group, int quantity) {

    public Modifier {
      quantity = Math.max(1, quantity);
    }

    /**
     * Chosen once, in no group we know of. (A factory, not a second constructor: a waiting order is
     * kept as JSON, and JSON-B reads a record only through its one constructor.)
     */
    public static Modifier of(String partnerId, String name) {
      return new Modifier(partnerId, name, null, 1);
    }
  }
}
