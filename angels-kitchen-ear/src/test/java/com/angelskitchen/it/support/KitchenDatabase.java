package com.angelskitchen.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads of the test database, to check what was (and was not) written. */
public final class KitchenDatabase {

  private KitchenDatabase() {}

  /** The single number a query returns, e.g. a count. */
  public static long number(String sql, Object... parameters) {
    try (Connection db = TestServer.database();
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The single text a query returns, or null when it returns no row. */
  public static String text(String sql, Object... parameters) {
    try (Connection db = TestServer.database();
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Runs one statement and answers how many rows it changed. */
  public static int update(String sql, Object... parameters) {
    try (Connection db = TestServer.database();
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** How many orders carry this customer name (tests use unique names). */
  public static long ordersOf(String guest) {
    return number("SELECT count(*) FROM kitchen_order WHERE customer_name = ?", guest);
  }
}
