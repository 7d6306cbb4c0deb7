package com.angelskitchen.web.security;

import com.angelskitchen.platform.JsonP;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refusals written before the request reaches JAX-RS (the authentication's 401, 400 and 429), in
 * the shape of {@link com.angelskitchen.web.rest.ApiErrors.ErrorBody}: with a code ({@code
 * auth.wrong-credentials}), and a message in the request's language ({@link RefusalWords}).
 */
final class Refusals {

  private Refusals() {}

  static void send(
      HttpServletResponse response, int status, String error, String code, String message)
      throws IOException {
    SecurityHeaders.apply(response);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            JsonP.JSON
                .createObjectBuilder()
                .add("status", status)
                .add("error", error)
                .add("code", code)
                .add("message", message)
                .add("details", JsonP.JSON.createArrayBuilder())
                .build()
                .toString());
  }
}
