package com.angelskitchen.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refusals written before the request reaches JAX-RS (authentication, CSRF), in the API's error
 * shape: {@code {"status", "error", "message", "details"}}.
 */
final class Refusals {

  private Refusals() {}

  static void send(HttpServletResponse response, int status, String error, String message)
      throws IOException {
    SecurityHeaders.apply(response);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"status\":"
                + status
                + ",\"error\":\""
                + error
                + "\",\"message\":\""
                + message.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",\"details\":[]}");
  }
}
