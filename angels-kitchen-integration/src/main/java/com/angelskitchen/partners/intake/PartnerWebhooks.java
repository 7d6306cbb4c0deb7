package com.angelskitchen.partners.intake;

import static com.angelskitchen.platform.JsonP.JSON;

import com.angelskitchen.partners.spi.Partner;
import com.angelskitchen.partners.spi.WebhookEvent;
import com.angelskitchen.partners.spi.WebhookRefusal;
import com.angelskitchen.partners.spi.WebhookRequest;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every partner's webhooks, {@code POST /partners/{partner}[/...]}: authenticate (401, nothing
 * stored), read (400 with the reason, nothing stored), record once and queue (with group commit,
 * see {@link WebhookRecorder}), answer once the event is committed with the partner's expected
 * status and an empty body. A redelivered event is answered the same way and changes nothing.
 * Oversized bodies are refused (413) before they are read in full.
 */
@WebServlet("/*")
public class PartnerWebhooks extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(PartnerWebhooks.class.getName());

  @Inject transient PartnerDirectory partners;

  @Inject transient WebhookRecorder recorder;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String[] segments = path.split("/", 3);
    String id = segments.length > 1 ? segments[1] : "";
    Partner partner = partners.byId(id).orElse(null);
    if (partner == null) {
      refuse(response, 404, "no partner '" + id + "'");
      return;
    }
    if (!partner.configured()) {
      refuse(response, 503, partner.displayName() + " is not configured on this server");
      return;
    }
    if (request.getContentLengthLong() > partner.maxBodyBytes()) {
      refuse(response, 413, tooLarge(partner));
      return;
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(partner.maxBodyBytes() + 1);
    }
    if (body.length > partner.maxBodyBytes()) {
      refuse(response, 413, tooLarge(partner));
      return;
    }
    WebhookRequest webhook =
        new WebhookRequest(segments.length > 2 ? "/" + segments[2] : "", headers(request), body);
    if (!partner.authentic(webhook)) {
      refuse(response, 401, "missing or wrong " + partner.displayName() + " credential");
      return;
    }
    WebhookEvent event;
    try {
      event = partner.read(webhook);
    } catch (WebhookRefusal refusal) {
      refuse(response, refusal.status(), refusal.getMessage());
      return;
    }
    try {
      recorder.record(partner.id(), event, new String(body, StandardCharsets.UTF_8));
    } catch (RuntimeException notRecorded) {
      // Nothing was committed: the partner must send it again (every partner retries a 5xx).
      LOG.log(
          Level.WARNING, "could not record a " + partner.displayName() + " webhook", notRecorded);
      response.setHeader("Retry-After", "5");
      refuse(response, 503, "the kitchen could not record this event now; send it again");
      return;
    }
    response.setStatus(partner.acknowledgedStatus());
    response.setContentLength(0);
  }

  private static Map<String, String> headers(HttpServletRequest request) {
    Map<String, String> headers = new HashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
    }
    return headers;
  }

  private static String tooLarge(Partner partner) {
    return "the body is larger than " + partner.maxBodyBytes() + " bytes";
  }

  private static void refuse(HttpServletResponse response, int status, String reason)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            JSON.createObjectBuilder()
                .add("status", status)
                .add("message", reason)
                .build()
                .toString());
  }
}
