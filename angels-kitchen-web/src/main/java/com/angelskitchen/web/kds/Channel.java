package com.angelskitchen.web.kds;

import java.util.Objects;

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

  public static Channel station(String code) {
    return new Channel(code, Kind.STATION);
  }
}
