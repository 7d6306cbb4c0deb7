package com.angelskitchen.web.kds;

import com.angelskitchen.stations.boundary.KitchenState;
import com.angelskitchen.stations.entity.Station;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * Backs kds/station.xhtml, reached as {@code /kds/{station}}: the station's name and its timer
 * thresholds and bump bar key map for the screen's script. An unknown station is a 404.
 */
@Named
@RequestScoped
public class StationScreenBacking {

  @EJB KitchenState screens;

  private Station station;

  /** Runs before rendering: loads the station named in the URL. */
  public void requireStation() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    Object code = external.getRequestMap().get(KdsRoutes.STATION_ATTRIBUTE);
    if (code == null) {
      code = external.getRequestParameterMap().get("station");
    }
    station = code == null ? null : screens.station(code.toString());
    if (station == null) {
      external.responseSendError(404, "no such station");
      faces.responseComplete();
    }
  }

  public String getCode() {
    return station.code();
  }

  public String getName() {
    return station == null ? "" : station.name();
  }

  public int getWarningAfterMinutes() {
    return station.warningAfterMinutes();
  }

  public int getLateAfterMinutes() {
    return station.lateAfterMinutes();
  }

  /** The key map the screen answers to: keyboard, bumpbar-20 or bumpbar-10 (docs/bump-bar.md). */
  public String getBumpBar() {
    return station.bumpBar();
  }
}
