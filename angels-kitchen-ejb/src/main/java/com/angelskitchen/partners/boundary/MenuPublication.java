package com.angelskitchen.partners.boundary;

import com.angelskitchen.menu.boundary.MenuCatalog;
import com.angelskitchen.menu.events.MenuChanged;
import com.angelskitchen.partners.control.MenuSnapshot;
import com.angelskitchen.platform.config.KitchenSettings;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Publishes the whole menu to the delivery partners: when a manager asks, and by itself a short
 * while after the menu changes. The call goes through the {@link PartnerOutbox} like every partner
 * call (retried, recorded, a dead letter when it fails for good) and carries no menu: each
 * partner's payload is built from the menu as it is when the call is made.
 *
 * <p>A burst of changes makes one publication. Each change, after its commit, asks for a
 * publication {@code ak.partners.menu-publish-delay-ms} (default 5000) later unless one is already
 * waiting ({@link PartnerOutbox#sendOnce}): the waiting one has not read the menu yet, so it
 * publishes this change too. The rule holds across the cluster, since the database lets only one
 * publication wait. The 86 of a single item still goes out at once on its own ({@code
 * ITEM_UNAVAILABLE}); the publication only repeats it.
 */
@Stateless
public class MenuPublication {

  /** The menu's name at the partners (DoorDash shows it when a store has several). */
  static final String MENU_NAME = "Angel's Kitchen";

  private static final long DEFAULT_DELAY_MS = 5000;

  @EJB PartnerOutbox outbox;

  @EJB MenuCatalog menu;

  @Inject KitchenSettings settings;

  @Inject Config config;

  /**
   * Publishes the menu now (a manager's button), or brings a waiting publication forward to now.
   */
  public void publishNow() {
    outbox.sendOnce(OutboundCall.menu(), Duration.ZERO);
  }

  /**
   * After a menu change commits, a publication follows shortly (one for a burst of changes). Runs
   * in a transaction of its own, the change's being over.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void menuChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MenuChanged changed) {
    outbox.sendOnce(OutboundCall.menu(), delay());
  }

  /** The menu as partners are to be told it now. */
  public PublishedMenu current() {
    return MenuSnapshot.of(
        MENU_NAME, settings.language(), menu.categories(), menu.items(), hours());
  }

  /**
   * When the partners may sell: for now open all week, all day. The one place store hours reach the
   * partners; it is to read the store's hours (and their exceptions) once the store has them.
   */
  public static List<PublishedMenu.Hours> hours() {
    return Arrays.stream(DayOfWeek.values())
        .map(day -> new PublishedMenu.Hours(day, LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59)))
        .toList();
  }

  private Duration delay() {
    return Duration.ofMillis(
        Math.max(
            0,
            config
                .getOptionalValue("ak.partners.menu-publish-delay-ms", Long.class)
                .orElse(DEFAULT_DELAY_MS)));
  }
}
