package com.angelskitchen.kitchenlog.events;

import java.util.List;

/**
 * The kitchen events one component records, so that the log can rebuild them when screens catch up.
 * Each component that records events has one bean implementing this beside its events; the log,
 * below every component, never lists them itself.
 */
public interface KitchenEventTypes {

  List<Class<? extends KitchenEvent>> types();
}
