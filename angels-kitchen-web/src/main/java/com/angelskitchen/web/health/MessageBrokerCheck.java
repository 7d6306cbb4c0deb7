package com.angelskitchen.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the message broker takes a connection: partner orders and the calls back to the
 * partners wait on its queues. (The intake's backlog is counted in the database, see {@link
 * PartnerIntakeCheck}: browsing a long queue on every health probe would load the broker.)
 */
@Readiness
@ApplicationScoped
public class MessageBrokerCheck implements HealthCheck {

  @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
  ConnectionFactory connections;

  @Override
  public HealthCheckResponse call() {
    try (JMSContext jms = connections.createContext()) {
      jms.createProducer();
      return HealthCheckResponse.named("message-broker").up().build();
    } catch (JMSRuntimeException unreachable) {
      return HealthCheckResponse.named("message-broker")
          .down()
          .withData("error", String.valueOf(unreachable.getMessage()))
          .build();
    }
  }
}
