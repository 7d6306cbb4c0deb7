package com.angelskitchen.stations.entity;

import com.angelskitchen.platform.InvalidRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Objects;

/**
 * A place on the line with its own screen: Fritura, Horno, Mostrador. Exactly one station may be
 * the default, where items go that no routing rule names, so that no line ever goes nowhere. Its
 * thresholds colour a ticket's elapsed-time counter.
 */
@Entity
@Table(name = "station")
@NamedQuery(name = Station.ALL, query = "SELECT s FROM Station s ORDER BY s.sortOrder, s.code")
@NamedQuery(name = Station.DEFAULT, query = "SELECT s FROM Station s WHERE s.defaultStation = true")
// Read for every order, from the database (a query results cache would miss a change made on
// another server of a cluster). Read-only: the shared object, for reading its code.
@NamedQuery(
    name = Station.CURRENT_DEFAULT,
    query = "SELECT s FROM Station s WHERE s.defaultStation = true",
    hints = {@QueryHint(name = "eclipselink.read-only", value = "true")})
public class Station {

  public static final String ALL = "Station.all";
  public static final String DEFAULT = "Station.default";
  public static final String CURRENT_DEFAULT = "Station.currentDefault";

  /** A plain keyboard: arrows, page keys, digits, Enter (docs/bump-bar.md). */
  public static final String KEYBOARD = "keyboard";

  /**
   * The key maps a station's screen knows, as docs/bump-bar.md lists them: a keyboard, a 20-key and
   * a 10-key bump bar. The keys themselves live with the screen's script, which reads them.
   */
  public static final List<String> BUMP_BARS = List.of(KEYBOARD, "bumpbar-20", "bumpbar-10");

  @Id
  @Column(length = 32)
  private String code;

  @Column(nullable = false, length = 60)
  private String name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "is_default", nullable = false)
  private boolean defaultStation;

  @Column(name = "warning_after_minutes", nullable = false)
  private int warningAfterMinutes;

  @Column(name = "late_after_minutes", nullable = false)
  private int lateAfterMinutes;

  /** The key map of the station's bump bar (one of {@link #BUMP_BARS}); the screen reads it. */
  @Column(name = "bump_bar", nullable = false, length = 16)
  private String bumpBar = KEYBOARD;

  @Version private long version;

  protected Station() {}

  public Station(String code, Settings settings) {
    this.code = Objects.requireNonNull(code, "code");
    configure(settings);
  }

  /**
   * What a manager sets for a station. {@code bumpBar} is the key map of its bump bar; null is the
   * keyboard.
   */
  public record Settings(
      String name, int sortOrder, int warningAfterMinutes, int lateAfterMinutes, String bumpBar) {

    /** A station worked with a keyboard (or a bump bar that sends the keyboard's keys). */
    public Settings(String name, int sortOrder, int warningAfterMinutes, int lateAfterMinutes) {
      this(name, sortOrder, warningAfterMinutes, lateAfterMinutes, KEYBOARD);
    }

    public Settings {
      bumpBar = bumpBar == null || bumpBar.isBlank() ? KEYBOARD : bumpBar.strip();
      if (!BUMP_BARS.contains(bumpBar)) {
        throw new InvalidRequestException(
            "stations.bump-bar-unknown",
            "the bump bar must be keyboard, bumpbar-20 or bumpbar-10, was " + bumpBar,
            bumpBar);
      }
      if (name == null || name.isBlank()) {
        throw new InvalidRequestException("stations.name-missing", "a station needs a name");
      }
      if (warningAfterMinutes < 1 || lateAfterMinutes <= warningAfterMinutes) {
        throw new InvalidRequestException(
            "stations.thresholds-invalid",
            "thresholds must satisfy 1 <= warning < late, were "
                + warningAfterMinutes
                + " and "
                + lateAfterMinutes,
            warningAfterMinutes,
            lateAfterMinutes);
      }
    }
  }

  public void configure(Settings settings) {
    name = settings.name();
    sortOrder = settings.sortOrder();
    warningAfterMinutes = settings.warningAfterMinutes();
    lateAfterMinutes = settings.lateAfterMinutes();
    bumpBar = settings.bumpBar();
  }

  public void makeDefault() {
    defaultStation = true;
  }

  public void clearDefault() {
    defaultStation = false;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public int sortOrder() {
    return sortOrder;
  }

  public boolean isDefault() {
    return defaultStation;
  }

  public int warningAfterMinutes() {
    return warningAfterMinutes;
  }

  public int lateAfterMinutes() {
    return lateAfterMinutes;
  }

  public String bumpBar() {
    return bumpBar;
  }
}
