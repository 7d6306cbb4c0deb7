package com.angelskitchen.web;

import com.angelskitchen.stations.boundary.StationSetup;
import com.angelskitchen.stations.entity.Station;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** Backs index.xhtml, the start page: the stations a cook can open. */
@Named
@RequestScoped
public class HomeBacking {

  @EJB StationSetup setup;

  private List<Station> stations;

  public List<Station> getStations() {
    if (stations == null) {
      stations = setup.stations();
    }
    return stations;
  }
}
