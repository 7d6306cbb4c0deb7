package com.angelskitchen.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The history writers' shared SQL: one number from a query, and ids reserved from a sequence. */
final class Sequences {

  private Sequences() {}

  /**
   * Moves a sequence on by {@code count} ids and returns the id before the first one reserved (the
   * entities' sequences hand out blocks of 50, so a running server never gets one of them).
   */
  static long reserve(Connection db, String sequence, long count) throws SQLException {
    long from = single(db, "SELECT nextval('" + sequence + "')");
    single(db, "SELECT setval('" + sequence + "', " + (from + count + 50) + ")");
    return from;
  }

  static long single(Connection db, String sql) throws SQLException {
    try (var statement = db.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
