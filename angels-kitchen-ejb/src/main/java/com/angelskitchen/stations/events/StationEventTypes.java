package com.angelskitchen.stations.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.kitchenlog.events.KitchenEventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The stations' kitchen events, for the kitchen log to read back. */
@ApplicationScoped
public class StationEventTypes implements KitchenEventTypes {

  @Override
  public List<Class<? extends KitchenEvent>> types() {
    return List.of(LineBumped.class, TicketBumped.class, TicketRecalled.class, TicketMoved.class);
  }
}
