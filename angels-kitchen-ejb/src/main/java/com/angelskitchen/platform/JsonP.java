package com.angelskitchen.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code Json.createXxx} looks the provider up through
 * the service loader on every call, which cost a fifth of the partner intake's CPU under load; use
 * {@link #JSON} instead.
 */
public final class JsonP {

  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonP() {}
}
