package com.angelskitchen.partners.boundary;

import com.angelskitchen.partners.entity.BusyMode;
import com.angelskitchen.partners.entity.StoreStatus;
import com.angelskitchen.platform.InvalidRequestException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Pauses and resumes the store for delivery partners. While paused, new partner orders are denied
 * with the partners' "store closed" reason; the change itself is sent to every configured partner
 * (through the partner-status queue, in the same transaction).
 */
@Stateless
public class StoreControl {

  @PersistenceContext EntityManager em;

  @EJB PartnerOutbox outbox;

  @Inject Clock clock;

  public StoreStatus status() {
    return em.find(StoreStatus.class, StoreStatus.THE_STORE);
  }

  public StoreStatus pause(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidRequestException(
          "partners.pause-no-reason", "say why the store is paused (the partners show it)");
    }
    if (reason.strip().length() > 200) {
      throw new InvalidRequestException(
          "partners.pause-reason-too-long", "the reason is longer than 200 characters", 200);
    }
    StoreStatus store = locked();
    store.pause(reason.strip(), OffsetDateTime.now(clock));
    outbox.send(OutboundCall.store(CallAction.STORE_PAUSE, reason.strip()));
    return store;
  }

  public StoreStatus resume() {
    StoreStatus store = locked();
    store.resume(OffsetDateTime.now(clock));
    BusyMode busy = em.find(BusyMode.class, BusyMode.THE_KITCHEN);
    if (busy == null || !busy.busy() || busy.mode() != BusyMode.Kind.PAUSE) {
      // While busy mode pauses partner orders the partners stay paused; it resumes them itself.
      outbox.send(OutboundCall.store(CallAction.STORE_RESUME, null));
    }
    return store;
  }

  /** Whether a manager accepts each partner order (true) or the kitchen accepts at once. */
  public StoreStatus acceptManually(boolean manually) {
    StoreStatus store = locked();
    store.acceptManually(manually, OffsetDateTime.now(clock));
    return store;
  }

  private StoreStatus locked() {
    return em.find(StoreStatus.class, StoreStatus.THE_STORE, LockModeType.PESSIMISTIC_WRITE);
  }
}
