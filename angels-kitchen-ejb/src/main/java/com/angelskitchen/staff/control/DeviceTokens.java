package com.angelskitchen.staff.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Device tokens: 32 random bytes, URL-safe Base64 in the device's cookie, SHA-256 hex in the
 * database. A token has enough entropy that a fast digest is safe (no salt or stretching needed).
 */
public final class DeviceTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private DeviceTokens() {}

  public static String newToken() {
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  public static String digest(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Whether a cookie value can be a token at all (checked before touching the database). */
  public static boolean wellFormed(String token) {
    return token != null && token.matches("[A-Za-z0-9_-]{43}");
  }
}
