package com.angelskitchen.it.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;

/** Reading JSON answers in tests. */
public final class Json {

  private Json() {}

  public static JsonObject object(String json) {
    return read(json).asJsonObject();
  }

  public static JsonArray array(String json) {
    return read(json).asJsonArray();
  }

  private static JsonStructure read(String json) {
    try (var reader = jakarta.json.Json.createReader(new StringReader(json))) {
      return reader.read();
    }
  }
}
