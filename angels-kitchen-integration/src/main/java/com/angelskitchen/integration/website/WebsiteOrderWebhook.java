package com.angelskitchen.integration.website;

import com.angelskitchen.integration.intake.OrderIntakeQueue;
import com.angelskitchen.platform.KitchenException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /partners/website/orders}: checks the payload, puts it on the intake queue and
 * answers 202 at once; the order is placed by the intake consumer. Refusals are answered with a
 * status and a JSON reason, and nothing is enqueued.
 */
@WebServlet("/website/orders")
public class WebsiteOrderWebhook extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Larger bodies are refused before they are read in full. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  @Inject transient WebsiteOrderTranslator translator;

  @Inject transient OrderIntakeQueue intake;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String contentType = request.getContentType();
    if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
      refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "send application/json");
      return;
    }
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge());
      return;
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (body.length > MAX_BODY_BYTES) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge());
      return;
    }
    String payload = new String(body, StandardCharsets.UTF_8);
    WebsiteOrder order;
    try {
      order = translator.read(payload);
      translator.toCommand(order);
    } catch (KitchenException invalid) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, invalid.getMessage());
      return;
    }
    intake.enqueue(WebsiteOrderTranslator.PARTNER, order.eventId(), payload);
    answer(
        response,
        HttpServletResponse.SC_ACCEPTED,
        Json.createObjectBuilder()
            .add("accepted", true)
            .add("eventId", order.eventId())
            .build()
            .toString());
  }

  private static String tooLarge() {
    return "the body is larger than " + MAX_BODY_BYTES + " bytes";
  }

  private static void refuse(HttpServletResponse response, int status, String reason)
      throws IOException {
    answer(
        response,
        status,
        Json.createObjectBuilder().add("status", status).add("message", reason).build().toString());
  }

  private static void answer(HttpServletResponse response, int status, String json)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json);
  }
}
