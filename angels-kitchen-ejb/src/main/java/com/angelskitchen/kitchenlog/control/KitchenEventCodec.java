package com.angelskitchen.kitchenlog.control;

import com.angelskitchen.kitchenlog.entity.KitchenLogEntry;
import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.kitchenlog.events.KitchenEventTypes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Kitchen events to and from the JSON kept in the kitchen log, so that an event can be rebuilt from
 * its log entry exactly as it was fired (for screens catching up, and for filling a gap in the live
 * push). The event types come from each component's {@link KitchenEventTypes}; two types with one
 * simple name would make the log ambiguous and stop the application at start.
 */
@ApplicationScoped
public class KitchenEventCodec {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject @Any Instance<KitchenEventTypes> components;

  private Map<String, Class<? extends KitchenEvent>> types;

  @PostConstruct
  void collectTypes() {
    Map<String, Class<? extends KitchenEvent>> found = new HashMap<>();
    components.forEach(
        component ->
            component
                .types()
                .forEach(
                    type -> {
                      Class<?> earlier = found.putIfAbsent(type.getSimpleName(), type);
                      if (earlier != null && earlier != type) {
                        throw new IllegalStateException(
                            "two kitchen events named " + type.getSimpleName());
                      }
                    }));
    types = Map.copyOf(found);
  }

  /** The names of the event types the log can rebuild. */
  public Set<String> typeNames() {
    return types.keySet();
  }

  public String toJson(KitchenEvent event) {
    return JSON.toJson(event);
  }

  /** Rebuilds a logged event, its real sequence number included. */
  public KitchenEvent fromLog(KitchenLogEntry entry) {
    Class<? extends KitchenEvent> eventClass = types.get(entry.eventType());
    if (eventClass == null) {
      throw new IllegalArgumentException("unknown kitchen event type " + entry.eventType());
    }
    return JSON.fromJson(entry.event().toString(), eventClass);
  }
}
