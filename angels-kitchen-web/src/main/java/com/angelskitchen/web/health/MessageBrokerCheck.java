package com.angelskitchen.web.health;

import com.angelskitchen.platform.ResourceNames;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.Enumeration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the message broker answers: partner orders wait on its queues. Reports the
 * partner-intake backlog, the messages waiting on this server's intake queue (counted up to {@link
 * #COUNT_UP_TO}).
 */
@Readiness
@ApplicationScoped
public class MessageBrokerCheck implements HealthCheck {

  static final int COUNT_UP_TO = 10_000;

  @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
  ConnectionFactory connections;

  @Resource(lookup = ResourceNames.ORDER_INTAKE_QUEUE)
  Queue intake;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("message-broker");
    try (JMSContext jms = connections.createContext();
        QueueBrowser browser = jms.createBrowser(intake)) {
      Enumeration<?> waiting = browser.getEnumeration();
      int backlog = 0;
      while (backlog < COUNT_UP_TO && waiting.hasMoreElements()) {
        waiting.nextElement();
        backlog++;
      }
      return response.up().withData("intakeBacklog", backlog).build();
    } catch (JMSRuntimeException | jakarta.jms.JMSException unreachable) {
      return response.down().withData("error", String.valueOf(unreachable.getMessage())).build();
    }
  }
}
