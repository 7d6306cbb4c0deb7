package com.angelskitchen.ordering.control;

import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.platform.JsonP;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What tells a retried order from a different one sent under the same idempotency key: the SHA-256
 * of the order as the kitchen understood it, not of the bytes the client sent. Whitespace, field
 * order, a blank note sent as "" or left out, or a pickup time written in another offset do not
 * change it; a different item, quantity, modifier or text does.
 *
 * <p>The canonical form is JSON written field by field in one fixed order, every field always
 * present (null when empty), so it does not depend on a JSON library's map ordering. Changing it
 * makes retries of keys stored before the change look different: only do so together with a new
 * version prefix.
 */
public final class OrderFingerprint {

  private static final String VERSION = "v1";

  private OrderFingerprint() {}

  /** The fingerprint: 64 lowercase hex characters. */
  public static String of(PlaceOrder order) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha256.digest(canonical(order).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The order as canonical JSON, the input of the hash. */
  static String canonical(PlaceOrder order) {
    StringWriter json = new StringWriter();
    try (JsonGenerator out = JsonP.JSON.createGenerator(json)) {
      out.writeStartObject()
          .write("v", VERSION)
          .write("source", order.source().code())
          .write("fulfillment", order.fulfillment().name());
      text(out, "customerName", order.customerName());
      text(out, "note", order.note());
      text(out, "allergyAlert", order.allergyAlert());
      out.write("rush", order.rush());
      text(
          out,
          "pickupAt",
          order.pickupAt() == null ? null : order.pickupAt().toInstant().toString());
      out.writeStartArray("lines");
      for (PlaceOrder.Line line : order.lines()) {
        out.writeStartObject();
        text(out, "item", line.item());
        text(out, "unmapped", line.unmapped());
        out.write("quantity", line.quantity());
        codes(out, "remove", line.remove());
        codes(out, "add", line.add());
        text(out, "note", line.note());
        if (!line.choices().isEmpty()) {
          // Only when there are choices, so that the form of every order without any, and the
          // keys stored for them, stay as they were.
          out.writeStartArray("choices");
          line.choices()
              .forEach(
                  c ->
                      out.writeStartObject()
                          .write("group", c.group())
                          .write("choice", c.choice())
                          .write("count", c.count())
                          .writeEnd());
          out.writeEnd();
        }
        out.writeEnd();
      }
      out.writeEnd().writeEnd();
    }
    return json.toString();
  }

  private static void text(JsonGenerator out, String name, String value) {
    if (value == null) {
      out.writeNull(name);
    } else {
      out.write(name, value);
    }
  }

  /** Modifiers in the order given: the tickets print them in that order. */
  private static void codes(JsonGenerator out, String name, List<String> codes) {
    out.writeStartArray(name);
    codes.forEach(out::write);
    out.writeEnd();
  }
}
