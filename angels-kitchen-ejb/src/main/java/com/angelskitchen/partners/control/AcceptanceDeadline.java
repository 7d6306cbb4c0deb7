package com.angelskitchen.partners.control;

import com.angelskitchen.partners.boundary.PartnerIntake;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * When the store accepts partner orders manually, declines those nobody accepted within {@code
 * ak.partners.accept-within-seconds} (default 480, 8 minutes): Uber Eats cancels an unanswered
 * order after 11.5 minutes, and a "no" in time is better for the guest than silence.
 */
@Singleton
@DependsOn("SchemaMigration")
public class AcceptanceDeadline {

  private static final Logger LOG = Logger.getLogger(AcceptanceDeadline.class.getName());

  @EJB PartnerIntake intake;

  @Inject Config config;

  @Schedule(
      second = "*/15",
      minute = "*",
      hour = "*",
      persistent = false,
      info = "partner acceptance")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    int seconds =
        config.getOptionalValue("ak.partners.accept-within-seconds", Integer.class).orElse(480);
    try {
      int declined = intake.declineOverdue(Duration.ofSeconds(seconds));
      if (declined > 0) {
        LOG.info(
            () ->
                "declined " + declined + " partner order(s) nobody accepted in " + seconds + " s");
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "could not decline overdue partner orders; will retry", failed);
    }
  }
}
