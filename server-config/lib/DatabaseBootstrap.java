import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Creates the application's database when it is missing, or drops and recreates it for a test run.
 * Run with the JDK's single-file launcher so that a fresh machine needs no psql: {@code java -cp
 * postgresql.jar DatabaseBootstrap.java host port user database ensure|recreate}. The password, if
 * any, comes from the environment variable AK_DB_PASSWORD, never from the command line.
 */
public class DatabaseBootstrap {

  public static void main(String[] args) throws SQLException {
    if (args.length != 5) {
      System.err.println("usage: DatabaseBootstrap host port user database ensure|recreate");
      System.exit(2);
    }
    String host = args[0];
    String port = args[1];
    String user = args[2];
    String database = args[3];
    String action = args[4];
    if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
      System.err.println("database name must be lowercase letters, digits and _: " + database);
      System.exit(2);
    }
    Properties credentials = new Properties();
    credentials.setProperty("user", user);
    String password = System.getenv("AK_DB_PASSWORD");
    if (password != null && !password.isEmpty()) {
      credentials.setProperty("password", password);
    }
    String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
    try (Connection connection = DriverManager.getConnection(url, credentials)) {
      boolean exists;
      try (PreparedStatement query =
          connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
        query.setString(1, database);
        exists = query.executeQuery().next();
      }
      try (Statement ddl = connection.createStatement()) {
        switch (action) {
          case "ensure" -> {
            if (!exists) {
              ddl.execute("CREATE DATABASE " + database + "  ENCODING 'UTF8' TEMPLATE template0");
              System.out.println("created database " + database);
            }
          }
          case "recreate" -> {
            ddl.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            ddl.execute("CREATE DATABASE " + database + "  ENCODING 'UTF8' TEMPLATE template0");
            System.out.println("recreated database " + database);
          }
          default -> {
            System.err.println("unknown action " + action);
            System.exit(2);
          }
        }
      }
    }
  }
}
