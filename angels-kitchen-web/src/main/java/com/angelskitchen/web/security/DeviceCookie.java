package com.angelskitchen.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;

/**
 * The cookie that keeps a wall-mounted screen signed in: HttpOnly, SameSite=Lax, Secure whenever
 * the screen talks HTTPS, scoped to the application.
 */
final class DeviceCookie {

  static final String NAME = "AK_DEVICE";

  private DeviceCookie() {}

  static String of(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (NAME.equals(cookie.getName())) {
          return cookie.getValue();
        }
      }
    }
    return null;
  }

  static void give(
      HttpServletRequest request, HttpServletResponse response, String token, Duration lifetime) {
    response.addHeader("Set-Cookie", header(request, token, lifetime.toSeconds()));
  }

  static void takeBack(HttpServletRequest request, HttpServletResponse response) {
    response.addHeader("Set-Cookie", header(request, "", 0));
  }

  private static String header(HttpServletRequest request, String value, long maxAge) {
    String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    return NAME
        + "="
        + value
        + "; Path="
        + path
        + "; Max-Age="
        + maxAge
        + "; HttpOnly; SameSite=Lax"
        + (request.isSecure() ? "; Secure" : "");
  }
}
