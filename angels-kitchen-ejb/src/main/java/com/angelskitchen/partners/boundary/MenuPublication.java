package com.angelskitchen.partners.boundary;

import com.angelskitchen.menu.boundary.MenuCatalog;
import com.angelskitchen.menu.events.MenuChanged;
import com.angelskitchen.partners.control.MenuSnapshot;
import com.angelskitchen.partners.control.OpeningHours;
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
import java.util.ArrayList;
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

  @EJB StoreHours storeHours;

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
        MENU_NAME, settings.language(), menu.categories(), menu.items(), hours(storeHours.week()));
  }

  /** Open all week, all day: a store that never set its hours. */
  public static List<PublishedMenu.Hours> hours() {
    return hours(OpeningHours.ALWAYS);
  }

  /**
   * When the partners may sell, from the store's weekly hours (none set: all week, all day). A
   * range that crosses midnight is two: until the end of its day, and from the next day's start.
   * The exceptions (holidays) reach Uber Eats as holiday hours (see {@link StoreHours}).
   */
  public static List<PublishedMenu.Hours> hours(OpeningHours hours) {
    LocalTime endOfDay = LocalTime.of(23, 59, 59);
    if (hours.week().isEmpty()) {
      return Arrays.stream(DayOfWeek.values())
          .map(day -> new PublishedMenu.Hours(day, LocalTime.MIDNIGHT, endOfDay))
          .toList();
    }
    List<PublishedMenu.Hours> published = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      for (OpeningHours.Range range : hours.week().getOrDefault(day, List.of())) {
        if (!range.crossesMidnight()) {
          published.add(new PublishedMenu.Hours(day, range.opens(), range.closes()));
          continue;
        }
        published.add(new PublishedMenu.Hours(day, range.opens(), endOfDay));
        if (!range.closes().equals(LocalTime.MIDNIGHT)) {
          published.add(new PublishedMenu.Hours(day.plus(1), LocalTime.MIDNIGHT, range.closes()));
        }
      }
    }
    published.sort(
        java.util.Comparator.comparing(PublishedMenu.Hours::day)
            .thenComparing(PublishedMenu.Hours::opens));
    return published;
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
