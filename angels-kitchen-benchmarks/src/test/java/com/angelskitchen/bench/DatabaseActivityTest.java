package com.angelskitchen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseActivityTest {

  /** No db= argument: nothing is read, and the report says what it cannot tell. */
  private final DatabaseActivity cut = new DatabaseActivity(new BenchArguments(new String[0]));

  @Test
  void reportsCpuTransactionsAndStatementsPerOrder() {
    var before = new DatabaseActivity.Reading(1_000, 500, 9_000);
    var after = new DatabaseActivity.Reading(1_600, 12_520, 129_000);

    String report = cut.report(before, after, 12_000, 60);

    assertThat(report)
        .contains("PostgreSQL CPU         0.50 ms per order (6.0 s, 10% of one core)")
        .contains("database transactions  12020, 1.00 per order (200.3/s")
        .contains("database statements    120000, 10.00 per order (2000.0/s, pg_stat_statements)");
  }

  @Test
  void saysWhatItCouldNotMeasure() {
    var unknown = new DatabaseActivity.Reading(-1, -1, -1);

    String report = cut.report(unknown, unknown, 100, 10);

    assertThat(report)
        .contains("PostgreSQL CPU         n/a")
        .contains("database statements    n/a")
        .doesNotContain("database transactions");
  }

  @Test
  void anIdleWindowIsReportedPerSecondOnly() {
    var before = new DatabaseActivity.Reading(0, 0, 0);
    var after = new DatabaseActivity.Reading(30, 120, 1_320);

    String report = cut.report(before, after, 0, 60);

    assertThat(report)
        .contains("(0.3 s, 1% of one core)")
        .contains("database transactions  120 (2.0/s")
        .contains("database statements    1320 (22.0/s")
        .doesNotContain("per order");
  }

  @Test
  void readsNothingWithoutADatabase() {
    assertThat(cut.read().commits()).isEqualTo(-1);
    assertThat(cut.read().statements()).isEqualTo(-1);
  }
}
