package com.angelskitchen.web.kds;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a screen subscribes to: one station, the expo (everything), the customers' board (order
 * numbers only), or the POS (order statuses and menu changes).
 */
public record Channel(String name, Kind kind) {

  /** The kinds of screen. */
  public enum Kind {
    STATION,
    EXPO,
    BOARD,
    POS
  }

  public static final Channel EXPO = new Channel("expo", Kind.EXPO);
  public static final Channel BOARD = new Channel("board", Kind.BOARD);
  public static final Channel POS = new Channel("pos", Kind.POS);

  public Channel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  private static final Pattern STATION_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  public static Channel station(String code) {
    return new Channel(code, Kind.STATION);
  }

  /**
   * The channel a socket path names: "expo", "board", "pos" or the code of an existing station;
   * null for anything else.
   */
  public static Channel named(String name, Predicate<String> isStation) {
    return switch (name) {
      case "expo" -> EXPO;
      case "board" -> BOARD;
      case "pos" -> POS;
      default ->
          STATION_CODE.matcher(name).matches() && isStation.test(name) ? station(name) : null;
    };
  }
}
