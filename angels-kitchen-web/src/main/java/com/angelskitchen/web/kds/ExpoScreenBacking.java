package com.angelskitchen.web.kds;

import com.angelskitchen.stations.boundary.StationSetup;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;

/**
 * Backs kds/expo.xhtml: the stations a ticket can be moved to, in their order on the pass, for the
 * expo's move menu, and their thresholds, for the ages of their tickets. Read once per page load; a
 * station added later shows after a reload.
 */
@Named
@RequestScoped
public class ExpoScreenBacking {

  private static final Jsonb JSON = JsonbBuilder.create();

  @EJB StationSetup setup;

  /** A station as the move menu shows it, with the thresholds its tickets age by. */
  public record Choice(String code, String name, int warningAfterMinutes, int lateAfterMinutes) {}

  /**
   * The stations as JSON for data-stations: {@code [{"code":"fritura","name":"Fritura",
   * "warningAfterMinutes":5,"lateAfterMinutes":8},…]}.
   */
  public String getStationsJson() {
    return json(
        setup.stations().stream()
            .map(s -> new Choice(s.code(), s.name(), s.warningAfterMinutes(), s.lateAfterMinutes()))
            .toList());
  }

  static String json(List<Choice> stations) {
    return JSON.toJson(stations);
  }
}
