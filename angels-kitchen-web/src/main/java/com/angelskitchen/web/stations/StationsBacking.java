package com.angelskitchen.web.stations;

import com.angelskitchen.stations.boundary.StationSetup;
import com.angelskitchen.stations.entity.Station;
import com.angelskitchen.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * Backs the Stations tab of admin/kitchen.xhtml: each station's name, its place on the expo, the
 * minutes after which its tickets turn yellow and red, and which one takes unrouted items.
 */
@Named
@ViewScoped
public class StationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB StationSetup setup;

  /** One station in the table. */
  public record Row(
      String code,
      String name,
      int sortOrder,
      int warning,
      int late,
      boolean defaultStation,
      String bumpBar)
      implements Serializable {}

  private List<Row> stations = List.of();
  private boolean creating;
  private String code;
  private String name;
  private int sortOrder;
  private int warningAfterMinutes = 5;
  private int lateAfterMinutes = 8;
  private boolean defaultStation;
  private String bumpBar = Station.KEYBOARD;

  @PostConstruct
  public void reload() {
    stations =
        setup.stations().stream()
            .map(
                s ->
                    new Row(
                        s.code(),
                        s.name(),
                        s.sortOrder(),
                        s.warningAfterMinutes(),
                        s.lateAfterMinutes(),
                        s.isDefault(),
                        s.bumpBar()))
            .toList();
  }

  public void startNew() {
    creating = true;
    code = null;
    name = null;
    sortOrder = stations.size() + 1;
    warningAfterMinutes = 5;
    lateAfterMinutes = 8;
    defaultStation = false;
    bumpBar = Station.KEYBOARD;
  }

  public void edit(String stationCode) {
    stations.stream()
        .filter(s -> s.code().equals(stationCode))
        .findFirst()
        .ifPresent(
            s -> {
              creating = false;
              code = s.code();
              name = s.name();
              sortOrder = s.sortOrder();
              warningAfterMinutes = s.warning();
              lateAfterMinutes = s.late();
              defaultStation = s.defaultStation();
              bumpBar = s.bumpBar();
              PrimeFaces.current().ajax().addCallbackParam("editing", true);
            });
  }

  public void save() {
    boolean saved =
        PageMessages.attempt(
                "stations.attempt.save",
                () ->
                    setup.putStation(
                        code == null ? null : code.strip(),
                        new Station.Settings(
                            name, sortOrder, warningAfterMinutes, lateAfterMinutes, bumpBar),
                        defaultStation))
            .isPresent();
    if (saved) {
      PageMessages.info("stations.saved", name.strip());
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
      reload();
    }
  }

  public List<Row> getStations() {
    return stations;
  }

  /** The editor's title: a new station, or the one being edited. */
  public String getTitle() {
    return creating
        ? PageMessages.texts().get("stations.new")
        : PageMessages.texts().get("stations.editTitle", name);
  }

  public boolean isCreating() {
    return creating;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public int getWarningAfterMinutes() {
    return warningAfterMinutes;
  }

  public void setWarningAfterMinutes(int warningAfterMinutes) {
    this.warningAfterMinutes = warningAfterMinutes;
  }

  public int getLateAfterMinutes() {
    return lateAfterMinutes;
  }

  public void setLateAfterMinutes(int lateAfterMinutes) {
    this.lateAfterMinutes = lateAfterMinutes;
  }

  public boolean isDefaultStation() {
    return defaultStation;
  }

  public void setDefaultStation(boolean defaultStation) {
    this.defaultStation = defaultStation;
  }

  /** The key maps a station's bump bar can use (docs/bump-bar.md). */
  public List<String> getBumpBars() {
    return Station.BUMP_BARS;
  }

  public String getBumpBar() {
    return bumpBar;
  }

  public void setBumpBar(String bumpBar) {
    this.bumpBar = bumpBar;
  }
}
