package com.angelskitchen.it.intake;

import com.angelskitchen.platform.ResourceNames;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;

/**
 * A test helper deployed into the web module by the intake tests only: it puts a raw message on the
 * intake queue (as a partner webhook would, but without the webhook's checks) and lists what
 * OpenMQ's dead message queue holds.
 *
 * <ul>
 *   <li>{@code POST /it/intake-probe?partner=..&eventId=..} with the payload as body: enqueue
 *   <li>{@code GET /it/intake-probe}: the dead messages as JSON
 * </ul>
 */
@WebServlet("/it/intake-probe")
public class IntakeProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient JMSContext jms;

  @Resource(lookup = ResourceNames.ORDER_INTAKE_QUEUE)
  transient Queue intake;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String payload = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    jms.createProducer()
        .setProperty("partner", request.getParameter("partner"))
        .setProperty("partnerEventId", request.getParameter("eventId"))
        .send(intake, payload);
    response.setStatus(HttpServletResponse.SC_ACCEPTED);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonArrayBuilder dead = Json.createArrayBuilder();
    Queue deadMessages = jms.createQueue(ResourceNames.DEAD_MESSAGE_QUEUE);
    try (QueueBrowser browser = jms.createBrowser(deadMessages)) {
      Enumeration<?> messages = browser.getEnumeration();
      while (messages.hasMoreElements()) {
        Message message = (Message) messages.nextElement();
        dead.add(
            Json.createObjectBuilder()
                .add("partner", String.valueOf(message.getStringProperty("partner")))
                .add("partnerEventId", String.valueOf(message.getStringProperty("partnerEventId")))
                .add("deliveryCount", message.getIntProperty("JMS_SUN_DMQ_DELIVERY_COUNT"))
                .add(
                    "reason",
                    String.valueOf(message.getObjectProperty("JMS_SUN_DMQ_UNDELIVERED_REASON")))
                .add("body", message.getBody(String.class)));
      }
    } catch (JMSException e) {
      throw new IOException(e);
    }
    response.setContentType("application/json");
    response.getWriter().write(dead.build().toString());
  }
}
