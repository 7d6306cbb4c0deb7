package com.angelskitchen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * What PostgreSQL did during a measured window: the CPU its processes used, the transactions
 * committed in the kitchen's database and, when the {@code pg_stat_statements} extension is loaded,
 * the statements run. On two cores shared by the server, the database and the harness, the
 * database's CPU per order is part of what decides saturation.
 *
 * <p>CPU is read from {@code /proc}: the postmaster's own time plus the time of the children it has
 * reaped (a backend that ended during the window), plus every living child's time. It is only known
 * when PostgreSQL runs on this machine and its data directory is readable (the postmaster's pid is
 * the first line of {@code postmaster.pid}).
 */
final class DatabaseActivity {

  /** One reading of the counters; a field is -1 when it is unknown. */
  record Reading(long cpuTicks, long commits, long statements) {}

  private final BenchArguments args;
  private final long postmasterPid;
  private final boolean statementsCounted;

  DatabaseActivity(BenchArguments args) {
    this.args = args;
    long pid = -1;
    boolean counted = false;
    if (args.database() != null) {
      try (Connection db = args.connect();
          Statement query = db.createStatement()) {
        pid = postmasterPid(text(query, "SHOW data_directory"));
        counted =
            "1"
                .equals(
                    text(
                        query,
                        "SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'"));
        if (counted) {
          // Loaded (shared_preload_libraries) as well as created: reading it proves both.
          text(query, "SELECT count(*) FROM pg_stat_statements");
        }
      } catch (SQLException | RuntimeException unknown) {
        counted = false;
      }
    }
    this.postmasterPid = pid;
    this.statementsCounted = counted;
  }

  Reading read() {
    long commits = -1;
    long statements = -1;
    if (args.database() != null) {
      try (Connection db = args.connect();
          Statement query = db.createStatement()) {
        commits =
            Long.parseLong(
                text(
                    query,
                    "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"));
        if (statementsCounted) {
          statements =
              Long.parseLong(
                  text(
                      query,
                      "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements s"
                          + " JOIN pg_database d ON d.oid = s.dbid"
                          + " WHERE d.datname = current_database()"));
        }
      } catch (SQLException | RuntimeException unknown) {
        commits = -1;
      }
    }
    return new Reading(cpuTicks(), commits, statements);
  }

  /**
   * The lines the harness prints for a window between two readings: PostgreSQL CPU, transactions
   * and statements, per order when orders is positive.
   */
  String report(Reading before, Reading after, long orders, double seconds) {
    StringBuilder out = new StringBuilder();
    if (before.cpuTicks() >= 0 && after.cpuTicks() >= 0) {
      double cpuSeconds = (after.cpuTicks() - before.cpuTicks()) / 100.0;
      out.append(
          String.format(
              "PostgreSQL CPU         %s (%.1f s, %.0f%% of one core)%n",
              orders > 0 ? String.format("%.2f ms per order", cpuSeconds * 1000 / orders) : "",
              cpuSeconds,
              100 * cpuSeconds / seconds));
    } else {
      out.append("PostgreSQL CPU         n/a (not on this machine, or its directory unreadable)\n");
    }
    if (before.commits() >= 0 && after.commits() >= 0) {
      out.append(
          count(
              "database transactions  ",
              after.commits() - before.commits(),
              orders,
              seconds,
              "; the harness's own readings included"));
    }
    if (before.statements() >= 0 && after.statements() >= 0) {
      out.append(
          count(
              "database statements    ",
              after.statements() - before.statements(),
              orders,
              seconds,
              ", pg_stat_statements"));
    } else {
      out.append(
          "database statements    n/a (load pg_stat_statements to count them: docs/benchmarks.md)\n");
    }
    return out.toString();
  }

  /** "label N, x per order (y/s note)"; without orders, "label N (y/s note)". */
  private static String count(String label, long n, long orders, double seconds, String note) {
    return String.format(
        "%s%d%s (%.1f/s%s)%n",
        label,
        n,
        orders > 0 ? String.format(", %.2f per order", (double) n / orders) : "",
        n / seconds,
        note);
  }

  private long cpuTicks() {
    if (postmasterPid <= 0) {
      return -1;
    }
    long[] postmaster = times(Path.of("/proc", String.valueOf(postmasterPid), "stat"));
    if (postmaster == null) {
      return -1;
    }
    long total = postmaster[0] + postmaster[1] + postmaster[2] + postmaster[3];
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process : processes.toList()) {
        String name = process.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        long[] child = times(process.resolve("stat"));
        if (child != null && child[4] == postmasterPid) {
          total += child[0] + child[1];
        }
      }
    } catch (IOException unreadable) {
      return -1;
    }
    return total;
  }

  /** utime, stime, cutime, cstime and the parent's pid of a process; null when it is gone. */
  private static long[] times(Path stat) {
    try {
      String text = Files.readString(stat);
      String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
      return new long[] {
        Long.parseLong(fields[11]),
        Long.parseLong(fields[12]),
        Long.parseLong(fields[13]),
        Long.parseLong(fields[14]),
        Long.parseLong(fields[1])
      };
    } catch (IOException | RuntimeException gone) {
      return null;
    }
  }

  private static long postmasterPid(String dataDirectory) {
    try {
      return Long.parseLong(
          Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).get(0).strip());
    } catch (IOException | RuntimeException unreadable) {
      return -1;
    }
  }

  private static String text(Statement query, String sql) throws SQLException {
    try (ResultSet rows = query.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
