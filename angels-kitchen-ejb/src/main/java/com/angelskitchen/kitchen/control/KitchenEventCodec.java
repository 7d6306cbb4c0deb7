package com.angelskitchen.kitchen.control;

import com.angelskitchen.kitchen.events.KitchenEvent;
import com.angelskitchen.kitchen.events.LineBumped;
import com.angelskitchen.kitchen.events.TicketBumped;
import com.angelskitchen.kitchen.events.TicketRecalled;
import com.angelskitchen.menu.events.ItemAvailabilityChanged;
import com.angelskitchen.menu.events.MenuChanged;
import com.angelskitchen.ordering.events.OrderCancelled;
import com.angelskitchen.ordering.events.OrderCompleted;
import com.angelskitchen.ordering.events.OrderFired;
import com.angelskitchen.ordering.events.OrderPlaced;
import com.angelskitchen.ordering.events.OrderReady;
import com.angelskitchen.platform.JsonP;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Kitchen events to and from the JSON kept in the kitchen log, so that an event can be rebuilt from
 * its log entry exactly as it was fired (for screens catching up, and for filling a gap in the live
 * push). A new event type must be listed here.
 */
public final class KitchenEventCodec {

  private static final Jsonb JSON = JsonbBuilder.create();

  private static final Map<String, Class<? extends KitchenEvent>> TYPES =
      List.<Class<? extends KitchenEvent>>of(
              OrderPlaced.class,
              OrderFired.class,
              LineBumped.class,
              TicketBumped.class,
              TicketRecalled.class,
              OrderReady.class,
              OrderCompleted.class,
              OrderCancelled.class,
              ItemAvailabilityChanged.class,
              MenuChanged.class)
          .stream()
          .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

  /**
   * The event types read once already. Yasson builds a type's model at its first use; the first
   * read of each type is made one at a time, since several threads reading the same type for the
   * first time at once (a cluster's bell, screens catching up, idempotent retries answered from the
   * log) is the suspected cause of a rare failure: eight concurrent retries of one order were once
   * answered 400 instead of the first answer.
   */
  private static final Set<Class<?>> READ_BEFORE = ConcurrentHashMap.newKeySet();

  private KitchenEventCodec() {}

  public static String toJson(KitchenEvent event) {
    return JSON.toJson(event);
  }

  /**
   * Rebuilds a logged event; the log stores sequence 0 in the payload and the real one beside it.
   */
  public static KitchenEvent fromJson(String type, String json, long sequence) {
    Class<? extends KitchenEvent> eventClass = TYPES.get(type);
    if (eventClass == null) {
      throw new IllegalArgumentException("unknown kitchen event type " + type);
    }
    String payload = withSequence(json, sequence).toString();
    if (READ_BEFORE.contains(eventClass)) {
      return JSON.fromJson(payload, eventClass);
    }
    synchronized (READ_BEFORE) {
      KitchenEvent event = JSON.fromJson(payload, eventClass);
      READ_BEFORE.add(eventClass);
      return event;
    }
  }

  /** A logged payload with its real sequence number. */
  public static JsonObject withSequence(String json, long sequence) {
    try (var reader = JsonP.JSON.createReader(new StringReader(json))) {
      return JsonP.JSON.createObjectBuilder(reader.readObject()).add("sequence", sequence).build();
    }
  }
}
