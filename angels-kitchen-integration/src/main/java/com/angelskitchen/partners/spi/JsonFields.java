package com.angelskitchen.partners.spi;

import static com.angelskitchen.platform.JsonP.JSON;

import com.angelskitchen.platform.ShortText;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Tolerant reading of partner JSON: unknown fields are ignored, missing optional ones are null, a
 * missing required one is a {@link WebhookRefusal} naming it.
 */
public final class JsonFields {

  private JsonFields() {}

  /** Parses a JSON object, or refuses the webhook as malformed. */
  public static JsonObject object(String json, String what) {
    try (var reader = JSON.createReader(new StringReader(json))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException malformed) {
      throw WebhookRefusal.badRequest("the body is not " + what + " in JSON");
    }
  }

  public static String text(JsonObject object, String field) {
    JsonValue value = object == null ? null : object.get(field);
    if (value instanceof JsonString string) {
      return string.getString();
    }
    if (value instanceof JsonNumber number) {
      return number.toString();
    }
    return null;
  }

  public static String requiredText(JsonObject object, String field, String path) {
    String value = text(object, field);
    if (value == null || value.isBlank()) {
      throw WebhookRefusal.badRequest(path + " is required");
    }
    return value;
  }

  public static JsonObject object(JsonObject object, String field) {
    JsonValue value = object == null ? null : object.get(field);
    return value instanceof JsonObject nested ? nested : null;
  }

  public static List<JsonObject> objects(JsonObject object, String field) {
    JsonValue value = object == null ? null : object.get(field);
    if (!(value instanceof JsonArray array)) {
      return List.of();
    }
    return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
  }

  public static List<String> texts(JsonObject object, String field) {
    JsonValue value = object == null ? null : object.get(field);
    if (!(value instanceof JsonArray array)) {
      return List.of();
    }
    return array.stream()
        .filter(JsonString.class::isInstance)
        .map(v -> ((JsonString) v).getString())
        .toList();
  }

  public static int quantity(JsonObject object, String field, String path) {
    JsonValue value = object == null ? null : object.get(field);
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      throw WebhookRefusal.badRequest(path + " must be a whole number");
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException tooLarge) {
      throw WebhookRefusal.badRequest(path + " is out of range: " + number);
    }
  }

  public static boolean flag(JsonObject object, String field) {
    return object != null && object.get(field) == JsonValue.TRUE;
  }

  /**
   * Partner text cut to what the kitchen keeps (names, notes): stripped, at most {@code max}
   * characters ending in "…" when cut, null when blank. Partners' limits are not ours; a long
   * instruction must not refuse an order.
   */
  public static String clipped(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return ShortText.clip(text.strip(), max);
  }

  /** An ISO-8601 time with offset, or null when absent. */
  public static OffsetDateTime time(JsonObject object, String field, String path) {
    String value = text(object, field);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException wrong) {
      throw WebhookRefusal.badRequest(path + " is not an ISO-8601 time with offset: " + value);
    }
  }
}
