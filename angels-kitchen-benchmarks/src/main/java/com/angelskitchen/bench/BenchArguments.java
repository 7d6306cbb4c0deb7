package com.angelskitchen.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** The {@code key=value} arguments of the bench tools, and their database connection. */
final class BenchArguments {

  private final Map<String, String> values = new HashMap<>();

  BenchArguments(String[] arguments) {
    for (String argument : arguments) {
      String[] kv = argument.split("=", 2);
      values.put(kv[0], kv.length > 1 ? kv[1] : "");
    }
  }

  String get(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }

  /** The {@code db=} JDBC URL, or null when none was given. */
  String database() {
    return values.get("db");
  }

  /**
   * Connects to {@code db=} as {@code user=} (default postgres), with the password from {@code
   * AK_DB_PASSWORD} so that it never shows on a command line.
   */
  Connection connect() throws SQLException {
    Properties login = new Properties();
    login.setProperty("user", get("user", "postgres"));
    String password = System.getenv("AK_DB_PASSWORD");
    if (password != null && !password.isEmpty()) {
      login.setProperty("password", password);
    }
    return DriverManager.getConnection(database(), login);
  }
}
